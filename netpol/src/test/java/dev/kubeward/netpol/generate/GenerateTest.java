package dev.kubeward.netpol.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.SourceFile;
import dev.kubeward.netpol.analysis.Connection;
import dev.kubeward.netpol.analysis.Connectivity;
import dev.kubeward.netpol.analysis.Endpoint;
import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.conn.PortSet;
import dev.kubeward.netpol.conn.Protocol;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Workload;
import dev.kubeward.netpol.read.ClusterReader;
import dev.kubeward.netpol.read.NetpolInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated policies keep exactly the inferred connections: the connlist of the input plus the
 * generated policies is computed by the engine and compared with what the inferred edges (ports
 * resolved against the server's container ports) and DNS to kube-dns allow; everything else is
 * closed.
 */
class GenerateTest {

  private static final Path APP = Path.of("src/test/resources/generate/app");

  @TempDir Path dir;

  @Test
  void inferenceFindsUrlsServiceHostVariablesAndConfigMapValuesButNotBareWords() throws IOException {
    Inference.Result r = Inference.infer(files(APP));
    assertThat(r.edges()).extracting(e -> e.client().name() + "->" + e.server().name())
        .containsExactlyInAnyOrder("frontend->backend", "backend->cache", "backend->db");
    Inference.Edge toBackend = r.edges().stream().filter(e -> e.server().name().equals("backend")).findFirst().orElseThrow();
    assertThat(toBackend.ports()).extracting(Inference.ServicePort::target).containsExactly("api");
  }

  @Test
  void connlistOfInputPlusGeneratedKeepsExactlyTheInferredConnections() throws IOException {
    Inference.Result inferred = Inference.infer(files(APP));
    assertExactly(inferred, List.of());
  }

  @Test
  void observedConnectionsAreAddedAndKeptExactly() throws IOException {
    Inference.Result inferred = Inference.infer(files(APP));
    Observed.Read read = Observed.parse("observed.txt", List.of(
        "# from flow logs",
        "data/report[CronJob] => shop/backend[Deployment] : TCP 9090,9443",
        "shop/frontend[Deployment] => shop/cache[Deployment] : All Connections"), inferred.workloads());
    assertThat(read.problems()).isEmpty();
    assertExactly(inferred.with(read.edges()), read.edges());
  }

  @Test
  void observedLinesThatDoNotParseAreProblemsAtTheirLine() {
    Observed.Read read = Observed.parse("observed.txt", List.of(
        "shop/a[Deployment] -> shop/b[Deployment]",
        "shop/x[Deployment] => shop/y[Deployment] : TCP 80",
        "0.0.0.0-255.255.255.255[External] => shop/y[Deployment] : TCP 80"), Map.of());
    assertThat(read.problems()).extracting(p -> p.line()).containsExactly(1, 2, 3);
    assertThat(read.problems().get(1).message()).contains("shop/x[Deployment] is not a workload of the input");
  }

  private void assertExactly(Inference.Result inferred, List<Inference.Edge> observed) throws IOException {
    Path generated = dir.resolve("generated.yaml");
    Files.writeString(generated, PolicyGenerator.yaml(inferred));
    List<SourceFile> all = new ArrayList<>(files(APP));
    all.add(SourceFile.of(generated, dir));
    NetpolInput input = ClusterReader.read(all);
    assertThat(input.problems()).as("the generated policies are valid").isEmpty();
    Connectivity c = Connectivity.of(input.cluster());

    Map<String, ConnectionSet> expected = new HashMap<>();
    Map<Workload, Pod> pods = inferred.workloads();
    for (Inference.Edge e : inferred.edges()) {
      Pod server = pods.get(e.server());
      ConnectionSet allowed = e.ports().isEmpty() ? ConnectionSet.ALL : ConnectionSet.NONE;
      for (Inference.ServicePort p : e.ports()) {
        allowed = allowed.union(resolve(p, server));
      }
      expected.merge(e.client() + " => " + e.server(), allowed, ConnectionSet::union);
    }
    ConnectionSet dns = ConnectionSet.of(Protocol.UDP, PortSet.of(53)).union(ConnectionSet.of(Protocol.TCP, PortSet.of(53)));
    Workload coredns = new Workload("Deployment", "kube-system", "coredns");
    for (Workload w : pods.keySet()) {
      if (!w.equals(coredns)) {
        expected.merge(w + " => " + coredns, dns, ConnectionSet::union);
      }
    }
    for (Endpoint.External ext : c.externalDestinations()) {
      expected.put(coredns + " => " + ext.display(), dns);
    }
    Set<String> want = new TreeSet<>();
    expected.forEach((k, v) -> want.add(k + " : " + v));
    Set<String> got = new TreeSet<>();
    c.connections().stream().map(Connection::line).forEach(got::add);
    assertThat(got).containsExactlyInAnyOrderElementsOf(want);
    assertThat(observed).allSatisfy(o -> assertThat(got).anyMatch(l -> l.startsWith(o.client() + " => " + o.server() + " : ")));
  }

  /** A target port as the engine resolves it: a number or range as written, a name against the server's container ports. */
  private static ConnectionSet resolve(Inference.ServicePort p, Pod server) {
    Protocol protocol = Protocol.valueOf(p.protocol());
    String t = p.target();
    if (t.matches("[0-9]+")) {
      return ConnectionSet.of(protocol, PortSet.of(Integer.parseInt(t)));
    }
    if (t.matches("[0-9]+-[0-9]+")) {
      String[] ends = t.split("-");
      return ConnectionSet.of(protocol, PortSet.range(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
    }
    return server.namedPort(t).filter(cp -> cp.protocol() == protocol)
        .map(cp -> ConnectionSet.of(protocol, PortSet.of(cp.port()))).orElse(ConnectionSet.NONE);
  }

  private static List<SourceFile> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> SourceFile.of(p, folder)).toList();
    }
  }
}
