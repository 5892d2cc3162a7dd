package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kubeward.cli.Cli.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kubeward rules in its three formats. */
class RulesCommandTest {

  @Test
  void tableByDefault() {
    Result r = cli().run("rules");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "ID       SLUG                          SEVERITY  CATEGORY              SUMMARY",
        "KW-0001  privileged-container          critical  pod-security          Container runs privileged",
        "KW-0002  privilege-escalation-allowed  medium    pod-security          Container allows privilege escalation",
        "2 rules");
  }

  @Test
  void json() throws Exception {
    Result r = cli().run("rules", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode rules = new ObjectMapper().readTree(r.out()).at("/rules");
    assertThat(rules.findValuesAsText("id")).containsExactly("KW-0001", "KW-0002");
    assertThat(rules.get(0).at("/remediation").asText()).endsWith(".");
    assertThat(rules.get(0).at("/references").findValuesAsText("framework")).contains("pss", "cis");
  }

  @Test
  void markdown() {
    Result r = cli().run("rules", "--format", "markdown");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("# kubeward rules\n")
        .contains("| [KW-0001](#kw-0001) | `privileged-container` | critical | Container runs privileged |")
        .contains("### KW-0002\n");
  }

  @Test
  void toAFile(@TempDir Path dir) throws Exception {
    Path md = dir.resolve("docs/rules.md");
    Result r = cli().run("rules", "-o", "markdown=" + md);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(md).content().startsWith("# kubeward rules");
  }

  @Test
  void oneRuleIsExplainedInFull() {
    Result r = cli().run("rules", "privileged-container");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("### KW-0001\n")
        .contains("**Container runs privileged** · `privileged-container` · critical")
        .contains("**Fix:** ")
        .contains("**References:** Pod Security Standards baseline/privileged (Privileged Containers)")
        .doesNotContain("KW-0002");
  }

  @Test
  void severalRulesAreListedAndAnUnknownOneIsAUsageError() {
    assertThat(cli().run("rules", "KW-0002", "KW-0001").out().lines()).hasSize(4);
    Result r = cli().run("rules", "nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no rule has the id or slug \"nope\"");
  }
}
