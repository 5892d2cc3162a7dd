package dev.kubeward.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kubeward.core.KubewardException;
import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.testing.TestChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private final Catalog catalog = TestChecks.catalog();

  private Config parse(String yaml) {
    return new ConfigLoader(catalog).parse(".kubeward.yaml", yaml);
  }

  /** The problems a configuration is refused with, as {@code line:column: message}. */
  private List<String> errors(String yaml) {
    try {
      parse(yaml);
    } catch (KubewardException e) {
      assertThat(e.exitCode()).isEqualTo(KubewardException.USAGE_OR_INPUT);
      assertThat(e.problems()).allSatisfy(p -> {
        assertThat(p.error()).isTrue();
        assertThat(p.file()).isEqualTo(".kubeward.yaml");
      });
      return e.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList();
    }
    throw new AssertionError("the configuration was accepted");
  }

  @Test
  void aFullConfigurationIsRead() {
    Config c = parse("""
        failOn: high
        rules:
          disable: [no-team-label]
          enableOnly: [KW-9001, host-network-on]
          severity:
            privileged-flag: critical
        exclude: ["vendor/**", "*.generated.yaml"]
        checks:
          privileged-flag: {allow: [istio-init]}
        exceptions:
        - rule: old-privileged
          kind: Deployment
          namespace: "prod-*"
          name: web
          container: app
          reason: needs it
          expires: 2030-01-31
        """);

    assertThat(c.failOn()).contains(Severity.HIGH);
    assertThat(c.disable()).containsExactly("KW-9002");
    assertThat(c.enableOnly()).containsExactly("KW-9001", "KW-9003");
    assertThat(c.severity()).containsEntry("KW-9001", Severity.CRITICAL);
    assertThat(c.runs("KW-9001")).isTrue();
    assertThat(c.runs("KW-9002")).isFalse();
    assertThat(c.runs("KW-9099")).isFalse();
    assertThat(c.excludes("vendor/x/y.yaml")).isTrue();
    assertThat(c.excludes("a.generated.yaml")).isTrue();
    assertThat(c.excludes("src/a.yaml")).isFalse();
    assertThat(c.checkOptions()).containsKey("KW-9001");
    assertThat(c.source()).contains(".kubeward.yaml");
    ConfigException ex = c.exceptions().get(0);
    assertThat(ex.rules()).containsExactly("KW-9001");
    assertThat(ex.kind()).contains("Deployment");
    assertThat(ex.namespace().orElseThrow().matches("prod-eu")).isTrue();
    assertThat(ex.container()).contains("app");
    assertThat(ex.expires()).contains(LocalDate.of(2030, 1, 31));
    assertThat(ex.source()).isEqualTo(".kubeward.yaml:11:3");
    assertThat(ex.describe()).isEqualTo("KW-9001 on Deployment prod-*/web container app");
  }

  @Test
  void anEmptyMatcherIsAnErrorNotAWildcard() {
    List<String> errors = errors("""
        exceptions:
          - rule: privileged-flag
            container:
            reason: the sidecar needs it
        """);
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("3:5: container must be a single name or pattern"));
  }

  @Test
  void anEmptyConfigurationIsTheDefault() {
    assertThat(parse("").exceptions()).isEmpty();
    assertThat(parse("# nothing yet\n").disable()).isEmpty();
  }

  @Test
  void everyMistakeIsReportedTogetherWithItsPosition() {
    List<String> errors = errors("""
        failOn: severe
        rulez: {}
        rules:
          disable: [privileged-flag, no-such-rule]
          severity:
            host-network-on: urgent
            ghost: high
          enable: [x]
        checks:
          phantom: {}
        exceptions:
        - rule: privileged-flag
          reason: "   "
        - rules: host-network-on
          reason: ok
          expires: 2025-02-30
        - reason: which rule?
          expires: next week
          team: platform
        """);

    assertThat(errors).containsExactly(
        "1:1: expected a severity (critical, high, medium, low, info), found severe",
        "2:1: unknown setting \"rulez\"; known here: checks, exceptions, exclude, failOn, rules",
        "4:30: no rule is named \"no-such-rule\"; `kubeward rules` lists the ids and slugs",
        "6:5: expected a severity (critical, high, medium, low, info), found urgent",
        "7:5: no rule is named \"ghost\"; `kubeward rules` lists the ids and slugs",
        "8:3: unknown setting \"rules.enable\"; known here: disable, enableOnly, severity",
        "10:3: no rule is named \"phantom\"; `kubeward rules` lists the ids and slugs",
        "12:3: an exception needs a `reason`: say why the finding is accepted",
        "14:3: expected a list of rule ids or slugs, found a string",
        "16:3: expires must be a date as YYYY-MM-DD, found 2025-02-30",
        "17:3: an exception needs `rule` (or `rules`): the id or slug of the rule it exempts",
        "18:3: expires must be a date as YYYY-MM-DD, found next week",
        "19:3: unknown setting \"exceptions[].team\"; known here: container, expires, kind, name, namespace, reason, rule, rules");
  }

  @Test
  void yamlErrorsAndDuplicateKeysAreReportedWithTheRest() {
    List<String> errors = errors("""
        failOn: low
        failOn: high
        exceptions:
        - rule: [unclosed
        """);

    assertThat(errors).hasSize(2);
    assertThat(errors.get(0)).startsWith("2:1: duplicate key \"failOn\", first at line 1");
    assertThat(errors.get(1)).startsWith("5:1: invalid YAML");
  }

  @Test
  void wrongShapesAreErrors() {
    assertThat(errors("- a\n- b\n")).containsExactly("1:1: the configuration must be a mapping, found a list");
    assertThat(errors("rules: [a]\nexceptions: {a: b}\nexclude: x\n")).containsExactly(
        "1:1: rules must be a mapping, found a list",
        "2:1: exceptions must be a list, found a mapping",
        "3:1: exclude must be a list of strings, found a string");
    assertThat(errors("exceptions: [just-a-string]\n")).containsExactly(
        "1:14: an exception must be a mapping, found a string");
    assertThat(errors("a: 1\n---\nb: 2\n")).contains("1:1: the configuration must be one YAML document");
  }

  @Test
  void aConfigurationFileIsFoundBesideTheScannedFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "failOn: medium\n");
    Files.writeString(dir.resolve("app.yaml"), "x: 1\n");

    assertThat(new ConfigLoader(catalog).discover(dir).failOn()).contains(Severity.MEDIUM);
    assertThat(new ConfigLoader(catalog).discover(dir.resolve("app.yaml")).failOn()).contains(Severity.MEDIUM);
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    assertThat(new ConfigLoader(catalog).discover(elsewhere).source()).isEmpty();
  }

  @Test
  void anUnreadableConfigurationFileIsAnError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(ConfigLoader.FILE_NAME);
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});

    assertThatThrownBy(() -> new ConfigLoader(catalog).load(file))
        .isInstanceOfSatisfying(KubewardException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::message).singleElement().asString().contains("not valid UTF-8"));
  }
}
