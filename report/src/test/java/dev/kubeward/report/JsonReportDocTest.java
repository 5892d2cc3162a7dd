package dev.kubeward.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kubeward.report.testing.ProjectFiles;
import dev.kubeward.report.testing.Schemas;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/json-report.md keeps up with its schema: every field described, the example valid. */
class JsonReportDocTest {

  private static String doc() throws Exception {
    return Files.readString(ProjectFiles.path("docs/json-report.md"));
  }

  @Test
  void theExampleIsAValidReport() throws Exception {
    String doc = doc();
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String example = doc.substring(start, doc.indexOf("\n```", start));
    assertThat(Schemas.violations(Schemas.jsonReport(), example)).isEmpty();
    assertThat(new ObjectMapper().readTree(example).at("/schemaVersion").asText()).isEqualTo(JsonReporter.SCHEMA_VERSION);
  }

  @Test
  void everyFieldOfTheSchemaIsDescribed() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Files.readString(ProjectFiles.path("docs/json-report.schema.json")));
    TreeSet<String> fields = new TreeSet<>();
    collectProperties(schema, fields);
    String doc = doc();
    assertThat(fields).hasSizeGreaterThan(30)
        .allSatisfy(f -> assertThat(doc).as("docs/json-report.md describes `%s`", f).contains("`" + f + "`"));
  }

  private static void collectProperties(JsonNode node, TreeSet<String> out) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        for (Map.Entry<String, JsonNode> e : props.properties()) {
          out.add(e.getKey());
        }
      }
      node.forEach(child -> collectProperties(child, out));
    } else if (node.isArray()) {
      node.forEach(child -> collectProperties(child, out));
    }
  }
}
