package dev.kubeward.core.engine;

import static dev.kubeward.core.testing.Manifests.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.IndexCheck;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests: read once per resource in the first pass whatever the number of checks asking, kept in
 * the index in place of the tree, and a late finding at a digest's anchor is located, suppressed
 * and ordered like any other.
 */
class DigestTest {

  @TempDir Path dir;

  /** A Deployment's team label and where it is; reading a Deployment named boom fails. */
  record Team(String name, Anchor at) {}

  static final AtomicInteger READS = new AtomicInteger();

  static final Digest<Team> TEAM = new Digest<>("team label", Set.of("Deployment")) {
    @Override
    public Optional<Team> read(Resource r) {
      READS.incrementAndGet();
      if (r.name().equals("boom")) {
        throw new IllegalStateException("kaboom");
      }
      Field at = r.root().nearest("metadata", "labels", "team");
      return Optional.of(new Team(at.text().orElse(""), Anchor.of(at)));
    }
  };

  /** A check of Deployments that reads their {@link #TEAM} and keeps no tree. */
  abstract static class TeamCheck implements IndexCheck {
    @Override
    public Set<String> kinds() {
      return Set.of("Deployment");
    }

    @Override
    public Set<String> retains() {
      return Set.of();
    }

    @Override
    public Set<Digest<?>> digests() {
      return Set.of(TEAM);
    }
  }

  /** Reports a Deployment whose team has no ConfigMap named after it, and whether its tree was kept. */
  @CheckInfo(id = "KW-9201", summary = "Team has no ConfigMap", severity = Severity.LOW,
      category = Category.RELIABILITY, remediation = "Add one.")
  static final class TeamWithoutConfigMap extends TeamCheck {
    @Override
    public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
      resource.digest(TEAM).filter(t -> index.find("ConfigMap", resource.namespace(), t.name()).isEmpty())
          .ifPresent(t -> findings.at(t.at()).report("team %s has no ConfigMap (tree kept: %s)", t.name(),
              resource.retained().isPresent()));
    }
  }

  /** Asks for the same digest: it must not be read twice. */
  @CheckInfo(id = "KW-9202", summary = "Team is blank", severity = Severity.LOW,
      category = Category.RELIABILITY, remediation = "Name it.")
  static final class BlankTeam extends TeamCheck {
    @Override
    public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
      resource.digest(TEAM).filter(t -> t.name().isBlank()).ifPresent(t -> findings.at(t.at()).report("no team"));
    }
  }

  private final Catalog catalog = new Catalog(List.of(Rule.of(new TeamWithoutConfigMap()), Rule.of(new BlankTeam())));

  @BeforeEach
  void reset() {
    READS.set(0);
  }

  private ScanResult scan(int threads, String... yamls) {
    List<SourceFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < yamls.length; i++) {
      files.add(SourceFile.of(write(dir, "f" + i + ".yaml", yamls[i]), dir));
    }
    Engine engine = new Engine(catalog, new Engine.Options(Config.EMPTY, true, Set.of(), LocalDate.of(2026, 3, 1), threads));
    return engine.scan(files, Progress.NONE);
  }

  private static List<String> describe(List<ReportedFinding> findings) {
    return findings.stream().map(f -> {
      Finding x = f.finding();
      return x.rule().id() + " " + x.resource().display() + " " + x.location() + " " + x.path() + ": " + x.message()
          + f.suppression().map(s -> " [" + s.kind() + " " + s.reason() + "]").orElse("");
    }).toList();
  }

  private static final String DEPLOYMENTS = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels:
          team: shop
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
        labels: {team: pay}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: job
        annotations:
          ignore.kubeward.dev/KW-9202: "batch jobs have no team"
      """;

  @Test
  void aLateFindingPointsAtTheAnchorTheDigestKeptAndTheTreeIsNotKept() {
    ScanResult r = scan(1, DEPLOYMENTS, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: pay}\n");

    assertThat(r.problems()).isEmpty();
    assertThat(describe(r.findings())).containsExactly(
        "KW-9201 Deployment/web f0.yaml:6:5 metadata.labels.team: team shop has no ConfigMap (tree kept: false)",
        "KW-9201 Deployment/job f0.yaml:16:1 metadata: team  has no ConfigMap (tree kept: false)",
        "KW-9202 Deployment/job f0.yaml:16:1 metadata: no team [INLINE batch jobs have no team]");
  }

  @Test
  void aDigestIsReadOncePerResourceWhateverTheNumberOfChecksAskingForIt() {
    scan(1, DEPLOYMENTS);

    assertThat(READS.get()).isEqualTo(3);
  }

  @Test
  void aDigestThatFailsIsAnInternalErrorAndTheOtherResourcesAreStillJudged() {
    ScanResult r = scan(2, DEPLOYMENTS.replace("name: api", "name: boom"));

    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.error()).isTrue();
      assertThat(p.line()).isEqualTo(8);
      assertThat(p.message()).startsWith("internal error reading the team label of Deployment/boom").contains("kaboom");
    });
    assertThat(describe(r.findings())).extracting(s -> s.substring(0, s.indexOf(' ', 8)))
        .containsExactly("KW-9201 Deployment/web", "KW-9201 Deployment/job", "KW-9202 Deployment/job");
  }
}
