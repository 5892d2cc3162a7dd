package dev.kubeward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RuleCatalogWriterTest {

  private static String write(String format) throws Exception {
    StringWriter out = new StringWriter();
    RuleCatalogWriter.write(format, TestChecks.catalog().rules(), out);
    return out.toString();
  }

  @Test
  void tableListsEveryRuleInIdOrder() throws Exception {
    assertThat(write("table").split("\n")).containsExactly(
        "ID       SLUG               SEVERITY  CATEGORY              SUMMARY",
        "KW-9001  privileged-mode    critical  pod-security          Container runs privileged",
        "KW-9002  mutable-image-tag  medium    supply-chain          Image tag can change under the same name",
        "KW-9003  node-port-service  low       network-exposure      Service is exposed on every node",
        "3 rules");
  }

  @Test
  void jsonCarriesTheMetadata() throws Exception {
    JsonNode root = new ObjectMapper().readTree(write("json"));
    assertThat(root.at("/schemaVersion").asText()).isEqualTo("1.0");
    assertThat(root.at("/rules")).hasSize(3);
    assertThat(root.at("/rules/0/description").asText()).startsWith("A privileged container");
    assertThat(root.at("/rules/0/references/0").toString()).contains("\"framework\":\"pss\"", "\"control\":\"baseline/privileged\"");
    assertThat(root.at("/rules/2/aliases/0").asText()).isEqualTo("node-port");
    assertThat(root.at("/rules/1/deprecated").asBoolean()).isFalse();
  }

  @Test
  void markdownHasAnIndexByCategoryAndAnAnchoredReference() throws Exception {
    String md = write("markdown");
    assertThat(md).startsWith("# kubeward rules\n")
        .contains("## Pod security\n", "## Supply chain\n", "## Network exposure\n")
        .contains("| [KW-9001](#kw-9001) | `privileged-mode` | critical | Container runs privileged |")
        .contains("### KW-9003\n", "**Also known as:** node-port")
        .contains("**References:** Pod Security Standards baseline/privileged (Privileged Containers); MITRE ATT&CK T1611");
  }

  @Test
  void anUnknownFormatIsRejected() {
    assertThatThrownBy(() -> write("html")).isInstanceOf(IllegalArgumentException.class);
  }
}
