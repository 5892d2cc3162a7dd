package dev.kubeward.checks.network;

import static dev.kubeward.core.testing.Manifests.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.Progress;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.source.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network rules with no other rule of the catalogue on: they keep no Namespace or workload
 * whole, so what they report on those must come from their own digests.
 */
class NetworkRulesAloneTest {

  @TempDir Path dir;

  @Test
  void aNamespaceOfAnotherGroupIsStillReportedAtItsName() {
    Path file = write(dir, "team.yaml", """
        apiVersion: example.io/v1
        kind: Namespace
        metadata:
          name: team
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: team}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: registry.example/web:1.0}]
        """);
    Catalog network = new Catalog(new NetworkChecks().checks().stream().map(Rule::of).toList());
    Engine engine = new Engine(network, new Engine.Options(Config.EMPTY, true, Set.of(), LocalDate.of(2026, 3, 1), 2));

    ScanResult r = engine.scan(List.of(SourceFile.of(file, dir)), Progress.NONE);

    assertThat(r.problems()).isEmpty();
    assertThat(r.findings()).filteredOn(f -> f.finding().rule().id().equals("KW-0302"))
        .extracting(f -> f.finding().resource().display() + " " + f.finding().location() + " " + f.finding().path())
        .containsExactly("Namespace/team team.yaml:4:3 metadata.name", "Deployment/team/web team.yaml:8:12 metadata.name");
  }
}
