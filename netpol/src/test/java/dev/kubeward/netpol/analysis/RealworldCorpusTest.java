package dev.kubeward.netpol.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.netpol.read.ClusterReader;
import dev.kubeward.netpol.read.NetpolInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real manifests (../shared/corpora/realworld: Google's microservices demo, Argo CD's install
 * manifests with their NetworkPolicies, Istio's samples): read without a crash, every problem
 * at a position, and the engine's list equal to the pair-by-pair reference.
 */
class RealworldCorpusTest {

  @Test
  void realManifestsGiveTheReferencesConnections() {
    Path corpus = Path.of(System.getProperty("kubeward.projectRoot", "..")).toAbsolutePath().normalize()
        .resolve("../shared/corpora/realworld").normalize();
    Assumptions.assumeTrue(Files.isDirectory(corpus),
        "skipped: the real-world corpus is not at " + corpus + " (../shared/corpora beside the project root)");
    NetpolInput all = ClusterReader.read(new SourceWalker(corpus, name -> false).walk(List.of(corpus.toString())).files());
    assertThat(all.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    assertThat(Connectivity.of(all.cluster()).connections()).isNotEmpty();
    // The pair-by-pair reference is slow: it checks the part with policies, Argo CD's install manifests.
    Path argo = corpus.resolve("argo-cd");
    NetpolInput input = ClusterReader.read(new SourceWalker(argo, name -> false).walk(List.of(argo.toString())).files());
    assertThat(input.cluster().policies()).as("Argo CD ships NetworkPolicies").isNotEmpty();
    Connectivity c = Connectivity.of(input.cluster());
    assertThat(c.connections().stream().map(Connection::line).toList())
        .containsExactlyElementsOf(Reference.lines(input.cluster(),
            c.externalSources().stream().map(Endpoint.External::range).toList(),
            c.externalDestinations().stream().map(Endpoint.External::range).toList()));
  }
}
