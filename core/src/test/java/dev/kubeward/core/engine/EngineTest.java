package dev.kubeward.core.engine;

import static dev.kubeward.core.testing.Manifests.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.config.ConfigLoader;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.finding.Suppression;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.testing.TestChecks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine: every check kind runs, failures stay local, and the three suppression layers apply. */
class EngineTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @TempDir Path dir;
  private final Catalog catalog = TestChecks.catalog();
  private final List<SourceFile> files = new ArrayList<>();

  private void file(String name, String yaml) {
    files.add(SourceFile.of(write(dir, name, yaml), dir));
  }

  private ScanResult scan(Config config, Set<String> baseline, int threads) {
    return new Engine(catalog, new Engine.Options(config, true, baseline, TODAY, threads)).scan(files, Progress.NONE);
  }

  private ScanResult scan() {
    return scan(Config.EMPTY, Set.of(), 2);
  }

  private ScanResult scan(String config) {
    return scan(new ConfigLoader(catalog).parse(".kubeward.yaml", config), Set.of(), 2);
  }

  private static List<String> describe(List<ReportedFinding> findings) {
    return findings.stream().map(f -> {
      Finding x = f.finding();
      return x.rule().slug() + " " + x.resource().display() + x.container().map(c -> "/" + c).orElse("")
          + " " + x.location() + f.suppression().map(s -> " [" + s.kind() + "]").orElse("");
    }).toList();
  }

  private static final String PRIVILEGED_DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: prod
        labels: {team: a}
      spec:
        template:
          metadata:
            labels: {app: web}
          spec:
            hostNetwork: true
            containers:
            - name: app
              securityContext: {privileged: true}
            - name: sidecar
              securityContext: {privileged: true}
            initContainers:
            - name: init
              securityContext: {privileged: true}
      """;

  @Test
  void everyKindOfCheckRunsAndFindingsComeInFileAndLineOrder() {
    file("a.yaml", PRIVILEGED_DEPLOYMENT);
    file("b.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\n");

    ScanResult r = scan();

    assertThat(r.problems()).isEmpty();
    assertThat(r.files()).isEqualTo(2);
    assertThat(r.resources()).isEqualTo(2);
    assertThat(describe(r.findings())).containsExactly(
        "host-network-on Deployment/prod/web a.yaml:12:7",
        "privileged-flag Deployment/prod/web/app a.yaml:15:27",
        "privileged-flag Deployment/prod/web/sidecar a.yaml:17:27",
        "privileged-flag Deployment/prod/web/init a.yaml:20:27",
        "no-team-label ConfigMap/cm b.yaml:3:1");
    assertThat(r.findings().get(1).finding().path()).isEqualTo("spec.template.spec.containers[0].securityContext.privileged");
  }

  @Test
  void theOrderOfResultsDoesNotDependOnThreads() {
    for (int i = 0; i < 20; i++) {
      file("f" + i + ".yaml", PRIVILEGED_DEPLOYMENT);
    }

    assertThat(describe(scan(Config.EMPTY, Set.of(), 4).findings()))
        .isEqualTo(describe(scan(Config.EMPTY, Set.of(), 1).findings()));
  }

  @Test
  void aMalformedFileIsAProblemAndTheOtherFilesAreStillScanned() {
    file("a-broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: first}\n---\nkind: [\n");
    file("b-fine.yaml", PRIVILEGED_DEPLOYMENT);

    ScanResult r = scan();

    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("a-broken.yaml");
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).startsWith("invalid YAML");
    });
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.resources()).isEqualTo(2);
    assertThat(describe(r.findings())).contains(
        "no-team-label ConfigMap/first a-broken.yaml:3:1",
        "privileged-flag Deployment/prod/web/app b-fine.yaml:15:27");
  }

  @Test
  void aCheckThatThrowsIsAnInternalErrorAndTheOtherChecksStillRun() {
    file("a.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: boom}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: overflow}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: calm}
        """);

    ScanResult r = scan();

    assertThat(r.problems()).extracting(InputProblem::line, InputProblem::error).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(5, true));
    assertThat(r.problems().get(0).message())
        .startsWith("internal error in check exploding on ConfigMap/boom").contains("kaboom");
    assertThat(r.problems().get(1).message())
        .startsWith("internal error in check exploding on ConfigMap/overflow").contains("StackOverflowError");
    assertThat(describe(r.findings())).containsExactly(
        "no-team-label ConfigMap/boom a.yaml:3:1",
        "no-team-label ConfigMap/overflow a.yaml:7:1",
        "no-team-label ConfigMap/calm a.yaml:11:1");
  }

  @Test
  void disabledRulesDoNotRunAndSeverityCanBeChanged() {
    file("a.yaml", PRIVILEGED_DEPLOYMENT);

    ScanResult r = scan("""
        rules:
          disable: [host-network-on]
          severity: {privileged-flag: critical}
        """);

    assertThat(r.rules()).extracting(x -> x.slug()).doesNotContain("host-network-on");
    assertThat(r.findings()).hasSize(3).allSatisfy(f -> assertThat(f.finding().severity()).isEqualTo(Severity.CRITICAL));
    assertThat(r.failsAt(Severity.CRITICAL)).isTrue();
  }

  // ---- inline suppressions

  @Test
  void aSuppressionOnTheResourceCoversItsFindings() {
    file("a.yaml", PRIVILEGED_DEPLOYMENT.replace("  labels: {team: a}\n", """
          labels: {team: a}
          annotations:
            ignore.kubeward.dev/privileged-flag: "CNI agent, needs the host"
        """));

    ScanResult r = scan();

    assertThat(r.findings()).filteredOn(f -> f.finding().rule().id().equals("KW-9001")).hasSize(3).allSatisfy(f -> {
      assertThat(f.active()).isFalse();
      Suppression s = f.suppression().orElseThrow();
      assertThat(s.kind()).isEqualTo(Suppression.Kind.INLINE);
      assertThat(s.reason()).isEqualTo("CNI agent, needs the host");
      assertThat(s.source()).isEqualTo("a.yaml:8:5");
    });
    assertThat(describe(r.active())).containsExactly("host-network-on Deployment/prod/web a.yaml:14:7");
  }

  @Test
  void aSuppressionOnThePodTemplateWithAContainerCoversOnlyThatContainer() {
    file("a.yaml", PRIVILEGED_DEPLOYMENT.replace("      labels: {app: web}\n", """
              labels: {app: web}
              annotations:
                ignore.kubeward.dev/KW-9001.sidecar: vpn sidecar
                ignore.kubeward.dev/old-privileged.init: sets sysctls
        """));

    ScanResult r = scan();

    assertThat(describe(r.findings())).containsExactly(
        "host-network-on Deployment/prod/web a.yaml:15:7",
        "privileged-flag Deployment/prod/web/app a.yaml:18:27",
        "privileged-flag Deployment/prod/web/sidecar a.yaml:20:27 [INLINE]",
        "privileged-flag Deployment/prod/web/init a.yaml:23:27 [INLINE]");
  }

  @Test
  void aSuppressionWithoutReasonOrRuleIsAWarningAndDoesNotApply() {
    file("a.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          labels: {team: a}
          annotations:
            ignore.kubeward.dev/host-network-on: ""
            ignore.kubeward.dev/no-such-rule: because
        spec:
          hostNetwork: true
        """);
    file("b.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: clean
          labels: {team: a}
          annotations: {ignore.kubeward.dev/typo-rule: "reported though nothing was found"}
        """);

    ScanResult r = scan();

    assertThat(describe(r.active())).containsExactly("host-network-on Pod/p a.yaml:10:3");
    assertThat(r.problems()).extracting(InputProblem::describe).containsExactly(
        "a.yaml:7:5: warning: suppression of host-network-on has no reason, so it does not apply; write why as the annotation's value",
        "a.yaml:8:5: warning: suppression annotation names no rule \"no-such-rule\"; use a rule id or slug from `kubeward rules`",
        "b.yaml:6:17: warning: suppression annotation names no rule \"typo-rule\"; use a rule id or slug from `kubeward rules`");
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void inlineSuppressionsCanBeSwitchedOff() {
    file("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n"
        + "  annotations: {ignore.kubeward.dev/no-team-label: fine}\n");

    ScanResult r = new Engine(catalog, new Engine.Options(Config.EMPTY, false, Set.of(), TODAY, 1)).scan(files, Progress.NONE);

    assertThat(r.active()).hasSize(1);
  }

  // ---- configured exceptions

  private static final String TWO_NAMESPACES = """
      apiVersion: v1
      kind: Pod
      metadata: {name: api-1, namespace: prod-eu, labels: {team: a}}
      spec:
        hostNetwork: true
        containers:
        - {name: app, securityContext: {privileged: true}}
        - {name: debug, securityContext: {privileged: true}}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: api-2, namespace: staging, labels: {team: a}}
      spec:
        hostNetwork: true
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: api-3, namespace: prod-us, labels: {team: a}}
      spec:
        template:
          spec:
            hostNetwork: true
      """;

  @Test
  void exceptionsMatchByKindNamespaceGlobNameGlobAndContainer() {
    file("a.yaml", TWO_NAMESPACES);

    ScanResult r = scan("""
        exceptions:
        - rule: host-network-on
          kind: pod
          namespace: "prod-*"
          name: "api-*"
          reason: node exporter
        - rules: [KW-9001]
          container: debug
          reason: debug container, dev only
        """);

    assertThat(describe(r.findings())).containsExactly(
        "host-network-on Pod/prod-eu/api-1 a.yaml:5:3 [EXCEPTION]",
        "privileged-flag Pod/prod-eu/api-1/app a.yaml:7:35",
        "privileged-flag Pod/prod-eu/api-1/debug a.yaml:8:37 [EXCEPTION]",
        "host-network-on Pod/staging/api-2 a.yaml:14:3",
        "host-network-on DaemonSet/prod-us/api-3 a.yaml:22:7");
    assertThat(r.findings().get(0).suppression().orElseThrow().source()).isEqualTo(".kubeward.yaml:2:3");
    assertThat(r.exceptions()).extracting(ScanResult.ExceptionUse::matched).containsExactly(1, 1);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void anExpiredExceptionStopsApplyingAndIsReported() {
    file("a.yaml", TWO_NAMESPACES);

    ScanResult r = scan("""
        exceptions:
        - rule: host-network-on
          reason: migration
          expires: 2026-02-28
        - rule: host-network-on
          namespace: staging
          reason: until the end of the day
          expires: 2026-03-01
        """);

    assertThat(describe(r.findings())).containsExactly(
        "host-network-on Pod/prod-eu/api-1 a.yaml:5:3",
        "privileged-flag Pod/prod-eu/api-1/app a.yaml:7:35",
        "privileged-flag Pod/prod-eu/api-1/debug a.yaml:8:37",
        "host-network-on Pod/staging/api-2 a.yaml:14:3 [EXCEPTION]",
        "host-network-on DaemonSet/prod-us/api-3 a.yaml:22:7");
    assertThat(r.exceptions()).extracting(ScanResult.ExceptionUse::expired, ScanResult.ExceptionUse::matched)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(true, 0), org.assertj.core.groups.Tuple.tuple(false, 1));
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(".kubeward.yaml");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(3);
      assertThat(p.error()).isFalse();
      assertThat(p.message()).contains("expired on 2026-02-28").contains("no longer applies");
    });
  }

  @Test
  void anInlineSuppressionWinsOverAnExceptionAndAnExceptionOverTheBaseline() {
    file("a.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          labels: {team: a}
          annotations: {ignore.kubeward.dev/host-network-on: inline reason}
        spec:
          hostNetwork: true
          containers: [{name: app, securityContext: {privileged: true}}]
        """);
    Config config = new ConfigLoader(catalog).parse(".kubeward.yaml", """
        exceptions: [{rule: host-network-on, reason: configured}]
        """);

    ScanResult r = scan(config, Set.of("KW-9003|Pod||p|spec.hostNetwork|"), 1);

    assertThat(r.findings().get(0).suppression().orElseThrow().kind()).isEqualTo(Suppression.Kind.INLINE);
    assertThat(r.exceptions().get(0).matched()).isZero();
  }

  @Test
  void findingsInTheBaselineDoNotCount() {
    file("a.yaml", TWO_NAMESPACES);
    ScanResult first = scan();
    Set<String> baseline = Set.of(first.findings().get(0).finding().fingerprint(), first.findings().get(2).finding().fingerprint());
    // Lines move: the baseline does not care.
    files.clear();
    file("a.yaml", "# a new comment\n# and another\n" + TWO_NAMESPACES);

    ScanResult r = scan(Config.EMPTY, baseline, 2);

    assertThat(first.findings().get(0).finding().fingerprint())
        .isEqualTo("KW-9003|Pod|prod-eu|api-1|spec.hostNetwork|");
    assertThat(describe(r.findings())).containsExactly(
        "host-network-on Pod/prod-eu/api-1 a.yaml:7:3 [BASELINE]",
        "privileged-flag Pod/prod-eu/api-1/app a.yaml:9:35",
        "privileged-flag Pod/prod-eu/api-1/debug a.yaml:10:37 [BASELINE]",
        "host-network-on Pod/staging/api-2 a.yaml:16:3",
        "host-network-on DaemonSet/prod-us/api-3 a.yaml:24:7");
    assertThat(r.findings().get(0).suppression()).map(Suppression::reason).isEqualTo(Optional.of("present in the baseline"));
  }
}
