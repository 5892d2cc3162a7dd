package dev.kubeward.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kubeward.bench.ManifestGenerator.GeneratedFile;
import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestGeneratorTest {

  private static final int RESOURCES = 1_000;
  private final ManifestGenerator generator = new ManifestGenerator(7, 5);

  @Test
  void resourcesAreTwoToTenKilobytesAndAboutFourOnAverage() {
    IntSummaryStatistics sizes = new IntSummaryStatistics();
    EnumSet<ResourceWriter.Kind> kinds = EnumSet.noneOf(ResourceWriter.Kind.class);
    for (int i = 0; i < 5_000; i++) {
      ResourceWriter writer = new ResourceWriter(new Rand(Rand.mix(7, i)), "shop", "checkout-" + i);
      ResourceWriter.Kind kind = writer.pickKind();
      kinds.add(kind);
      sizes.accept(writer.write(kind).length());
    }
    assertThat(kinds).containsExactlyInAnyOrder(ResourceWriter.Kind.values());
    assertThat(sizes.getMin()).isGreaterThanOrEqualTo(ResourceWriter.MIN_SIZE);
    assertThat(sizes.getMax()).isLessThanOrEqualTo(ResourceWriter.MAX_SIZE);
    assertThat(sizes.getAverage()).isBetween(3_600.0, 4_400.0);
  }

  @Test
  void theSameSeedGivesTheSameFilesAndAResourceDoesNotDependOnTheTotal() {
    assertThat(generator.file(3, RESOURCES)).isEqualTo(new ManifestGenerator(7, 5).file(3, RESOURCES));
    assertThat(generator.file(3, RESOURCES)).isEqualTo(generator.file(3, 20));
    assertThat(generator.file(3, RESOURCES).text()).isNotEqualTo(new ManifestGenerator(8, 5).file(3, RESOURCES).text());
    assertThat(generator.file(3, 17).resources()).isEqualTo(2);
  }

  @Test
  void everyResourceReadsCleanlyAndTheMixHasFindingsAndCleanWorkloads() {
    ManifestReader reader = new ManifestReader();
    List<Resource> resources = new ArrayList<>();
    for (GeneratedFile f : generator.files(RESOURCES)) {
      ManifestReader.FileResult read = reader.parse(new SourceFile(f.path(), Optional.empty()), f.text());
      assertThat(read.problems()).as(f.path()).isEmpty();
      assertThat(read.skipped()).as(f.path()).isEmpty();
      assertThat(read.resources()).as(f.path()).hasSize(f.resources());
      resources.addAll(read.resources());
    }
    assertThat(resources).hasSize(RESOURCES);
    assertThat(resources.stream().map(Resource::kind).collect(Collectors.toSet())).contains(
        "Deployment", "StatefulSet", "DaemonSet", "CronJob", "Job", "Pod", "Service", "Ingress", "ConfigMap",
        "Secret", "ServiceAccount", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "NetworkPolicy");
    assertThat(resources.stream().filter(r -> r.root().at("spec", "type").flatMap(f -> f.text())
        .filter(Set.of("LoadBalancer", "NodePort")::contains).isPresent())).isNotEmpty();

    Catalog catalog = Catalog.load();
    ScanResult result = new Engine(catalog, Engine.Options.defaults()).check(resources);
    assertThat(result.problems()).isEmpty();
    Set<String> withFindings = result.findings().stream().map(ReportedFinding::finding)
        .map(f -> f.resource().display()).collect(Collectors.toSet());
    Set<String> workloads = resources.stream().filter(r -> r.root().at("spec", "template").isPresent()
        || r.kind().equals("Pod") || r.kind().equals("CronJob")).map(r -> r.ref().display()).collect(Collectors.toSet());
    assertThat(workloads).as("some workloads have findings").anyMatch(withFindings::contains);
    assertThat(resources).as("some resources are clean")
        .anyMatch(r -> !withFindings.contains(r.ref().display()));
    // The default rule set (the Pod Security rules are opt-in) is broadly exercised by the mix.
    assertThat(result.findings().stream().map(f -> f.finding().rule().id()).distinct().count())
        .isGreaterThanOrEqualTo(30);
  }

  @Test
  void writesOnceAndKeepsAFolderGeneratedWithTheSameOptions(@TempDir Path dir) throws IOException {
    ManifestGenerator.Summary first = generator.write(dir.resolve("set"), 23);
    assertThat(first.files()).isEqualTo(5);
    assertThat(first.reused()).isFalse();
    assertThat(generator.write(dir.resolve("set"), 23).reused()).isTrue();
    assertThat(generator.write(dir.resolve("set"), 12).files()).isEqualTo(3);
  }

  @Test
  void refusesAFolderItDidNotMake(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("keep.yaml"), "x: 1");
    assertThatThrownBy(() -> generator.write(dir, 5)).isInstanceOf(IOException.class).hasMessageContaining("not empty");
    assertThat(dir.resolve("keep.yaml")).exists();
  }
}
