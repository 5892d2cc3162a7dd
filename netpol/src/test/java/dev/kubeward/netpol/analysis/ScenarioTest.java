package dev.kubeward.netpol.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.SourceFile;
import dev.kubeward.netpol.Golden;
import dev.kubeward.netpol.read.ClusterReader;
import dev.kubeward.netpol.read.NetpolInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The semantic corners, one folder each under {@code src/test/resources/scenarios}: manifests
 * ({@code *.yaml}) and the connection list they must give ({@code expected.txt}, np-guard's
 * netpol-analyzer line format), compared as golden files. Every scenario is also computed pair
 * by pair through {@link Evaluator}, which the engine must match exactly. A scenario whose input
 * has problems states them in {@code expected-problems.txt}.
 */
class ScenarioTest {

  static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

  static Stream<String> scenarios() throws IOException {
    try (Stream<Path> dirs = Files.list(SCENARIOS)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static NetpolInput read(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<SourceFile> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted()
          .map(f -> SourceFile.of(f, dir)).toList();
      return ClusterReader.read(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The semantic corners docs/netpol.md lists each have a folder; removing one fails here. */
  @org.junit.jupiter.api.Test
  void everyCornerHasItsScenario() throws IOException {
    assertThat(scenarios().toList()).hasSizeGreaterThanOrEqualTo(26).contains(
        "default-allow", "default-deny-ingress", "default-deny-egress", "policytypes-defaulting", "egress-only-policy",
        "namespace-and-pod-selector", "empty-selectors", "ipblock-except", "named-ports", "end-port", "protocols",
        "undefined-namespaces", "pod-owners", "match-expressions", "rules-or", "both-sides", "workload-kinds",
        "ports-and-empty-rules", "ipv6", "egress-named-port-external", "default-namespace", "pods-of-one-owner-differ",
        "sidecar-ports", "all-namespaces-pod-selector", "policy-without-pods", "invalid-policies");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void connectionListMatchesTheGoldenFileAndTheReference(String name) {
    Path dir = SCENARIOS.resolve(name);
    NetpolInput input = read(dir);
    Connectivity connectivity = Connectivity.of(input.cluster());
    List<String> lines = connectivity.connections().stream().map(Connection::line).toList();

    Golden.assertMatches(dir.resolve("expected.txt"), lines.stream().map(l -> l + "\n").reduce("", String::concat));
    assertThat(lines).as("engine against the pair-by-pair reference")
        .containsExactlyElementsOf(Reference.lines(input.cluster(),
            connectivity.externalSources().stream().map(Endpoint.External::range).toList(),
            connectivity.externalDestinations().stream().map(Endpoint.External::range).toList()));
    String problems = input.problems().stream().map(p -> p.describe() + "\n").reduce("", String::concat);
    if (Files.exists(dir.resolve("expected-problems.txt")) || !problems.isEmpty()) {
      Golden.assertMatches(dir.resolve("expected-problems.txt"), problems);
    }
  }
}
