package dev.kubeward.report.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** JSON Schema validation (draft-07) of kubeward's machine formats, for the report and CLI tests. */
public final class Schemas {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Schemas() {}

  /** SARIF 2.1.0 (SchemaStore's schema, in this module's test resources). */
  public static JsonSchema sarif() {
    try (InputStream in = Schemas.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("schemas/sarif-schema-2.1.0.json is not on the test class path");
      }
      return draft7(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON report's schema, docs/json-report.schema.json. */
  public static JsonSchema jsonReport() {
    try {
      return draft7(MAPPER.readTree(Files.readString(ProjectFiles.path("docs/json-report.schema.json"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema of {@code kubeward pss --format json}, docs/pss.schema.json. */
  public static JsonSchema pssReport() {
    try {
      return draft7(MAPPER.readTree(Files.readString(ProjectFiles.path("docs/pss.schema.json"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema of {@code kubeward cis --format json}, docs/cis.schema.json. */
  public static JsonSchema cisReport() {
    try {
      return draft7(MAPPER.readTree(Files.readString(ProjectFiles.path("docs/cis.schema.json"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema read as draft-07 whatever it declares: the SARIF schema says draft-04, whose
   * {@code id} is draft-07's {@code $id}; networknt would otherwise pick the dialect from
   * {@code $schema}.
   */
  private static JsonSchema draft7(JsonNode schema) {
    ObjectNode copy = schema.deepCopy();
    copy.remove("$schema");
    if (copy.has("id")) {
      copy.set("$id", copy.remove("id"));
    }
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(copy);
  }

  /** The schema violations of {@code json}, each as {@code path: message}; empty when valid. */
  public static List<String> violations(JsonSchema schema, String json) {
    try {
      return schema.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::toString).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
