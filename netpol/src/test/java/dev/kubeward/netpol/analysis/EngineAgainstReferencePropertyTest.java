package dev.kubeward.netpol.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.k8s.LabelSelector;
import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.conn.Protocol;
import dev.kubeward.netpol.ip.Cidr;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.ContainerPort;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.Namespace;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.PolicyPort;
import dev.kubeward.netpol.model.Rule;
import dev.kubeward.netpol.model.Source;
import dev.kubeward.netpol.model.Workload;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The equivalence-class engine against the pair-by-pair reference on random clusters: small
 * vocabularies of labels, namespaces, named ports and CIDRs, so that selectors, peers, named
 * ports, ipBlocks and policy types collide often. Every connection line, and every pair asked
 * directly, must be the same.
 */
class EngineAgainstReferencePropertyTest {

  private static final Source HERE = new Source("random.yaml", 1, 1);
  private static final List<String> KEYS = List.of("app", "tier", "env");
  private static final List<String> VALUES = List.of("a", "b", "c");
  private static final List<String> CIDRS = List.of("0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "192.168.0.0/16",
      "10.1.2.0/24", "2001:db8::/32");
  private static final List<ContainerPort> NAMED = List.of(
      new ContainerPort(Optional.of("http"), 8080, Protocol.TCP),
      new ContainerPort(Optional.of("http"), 9090, Protocol.TCP),
      new ContainerPort(Optional.of("dns"), 53, Protocol.UDP),
      new ContainerPort(Optional.of("dns"), 53, Protocol.TCP),
      new ContainerPort(Optional.empty(), 7000, Protocol.TCP));

  private static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static Map<String, String> labels(SplittableRandom r) {
    Map<String, String> out = new TreeMap<>();
    for (String k : KEYS) {
      if (r.nextInt(3) > 0) {
        out.put(k, pick(r, VALUES));
      }
    }
    return out;
  }

  private static LabelSelector selector(SplittableRandom r) {
    Map<String, String> match = new TreeMap<>();
    List<LabelSelector.Requirement> reqs = new ArrayList<>();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      String key = r.nextInt(6) == 0 ? "team" : pick(r, KEYS);
      if (r.nextBoolean()) {
        match.put(key, pick(r, VALUES));
      } else {
        LabelSelector.Operator op = LabelSelector.Operator.values()[r.nextInt(4)];
        List<String> values = op == LabelSelector.Operator.IN || op == LabelSelector.Operator.NOT_IN
            ? List.of(pick(r, VALUES), pick(r, VALUES)) : List.of();
        reqs.add(new LabelSelector.Requirement(key, op, values));
      }
    }
    return new LabelSelector(new TreeMap<>(match), reqs);
  }

  private static Peer peer(SplittableRandom r, List<String> namespaces) {
    int kind = r.nextInt(5);
    if (kind == 0) {
      Cidr cidr = Cidr.parse(pick(r, CIDRS)).orElseThrow().cidr();
      List<Cidr> except = new ArrayList<>();
      for (String e : CIDRS) {
        Cidr c = Cidr.parse(e).orElseThrow().cidr();
        if (c.network().family() == cidr.network().family() && c.prefix() > cidr.prefix()
            && cidr.range().contains(c.range()) && r.nextBoolean()) {
          except.add(c);
        }
      }
      return Peer.IpBlock.of(cidr, except, HERE);
    }
    Optional<LabelSelector> ns = Optional.empty();
    Optional<LabelSelector> pod = Optional.empty();
    if (kind == 1 || kind == 3) {
      ns = Optional.of(r.nextInt(3) == 0
          ? LabelSelector.of(Map.of(Namespace.NAME_LABEL, pick(r, namespaces)))
          : r.nextInt(4) == 0 ? LabelSelector.EVERYTHING : selector(r));
    }
    if (kind == 2 || kind == 3 || kind == 4) {
      pod = Optional.of(r.nextInt(4) == 0 ? LabelSelector.EVERYTHING : selector(r));
    }
    return new Peer.Pods(ns, pod, HERE);
  }

  private static PolicyPort port(SplittableRandom r) {
    Protocol p = Protocol.values()[r.nextInt(3)];
    return switch (r.nextInt(4)) {
      case 0 -> new PolicyPort(p, Optional.empty(), HERE);
      case 1 -> {
        int start = 50 + r.nextInt(8100);
        yield new PolicyPort(p, Optional.of(new PolicyPort.Numbers(start, r.nextBoolean() ? start : start + r.nextInt(2000))), HERE);
      }
      case 2 -> new PolicyPort(p, Optional.of(new PolicyPort.Numbers(53, 53)), HERE);
      default -> new PolicyPort(r.nextInt(3) == 0 ? Protocol.UDP : Protocol.TCP,
          Optional.of(new PolicyPort.Named(r.nextBoolean() ? "http" : "dns")), HERE);
    };
  }

  private static List<Rule> rules(SplittableRandom r, Direction d, List<String> namespaces) {
    List<Rule> out = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      List<Peer> peers = new ArrayList<>();
      int np = r.nextInt(3);
      for (int k = 0; k < np; k++) {
        peers.add(peer(r, namespaces));
      }
      List<PolicyPort> ports = new ArrayList<>();
      int nports = r.nextInt(3);
      for (int k = 0; k < nports; k++) {
        ports.add(port(r));
      }
      out.add(new Rule(d, i + 1, peers, ports, HERE));
    }
    return out;
  }

  static Cluster randomCluster(SplittableRandom r) {
    List<String> nsNames = List.of("n0", "n1", "n2", "n3");
    List<Namespace> namespaces = new ArrayList<>();
    for (String ns : nsNames) {
      if (r.nextInt(3) > 0) {
        Map<String, String> l = new TreeMap<>();
        if (r.nextBoolean()) {
          l.put("team", pick(r, VALUES));
        }
        if (r.nextBoolean()) {
          l.put("env", pick(r, VALUES));
        }
        namespaces.add(new Namespace(ns, l, Optional.of(HERE)));
      }
    }
    List<Pod> pods = new ArrayList<>();
    Map<String, Workload> owners = new HashMap<>();
    int n = 1 + r.nextInt(9);
    for (int i = 0; i < n; i++) {
      String ns = pick(r, nsNames);
      List<ContainerPort> ports = new ArrayList<>();
      for (ContainerPort p : NAMED) {
        if (r.nextInt(3) == 0 && ports.stream().noneMatch(q -> q.name().isPresent() && q.name().equals(p.name()))) {
          ports.add(p);
        }
      }
      Workload w = r.nextInt(3) == 0
          ? owners.computeIfAbsent(ns, k -> new Workload("ReplicaSet", k, "rs"))
          : new Workload("Pod", ns, "p" + i);
      pods.add(new Pod(ns, "p" + i, labels(r), ports, w, HERE));
    }
    List<NetworkPolicy> policies = new ArrayList<>();
    int np = r.nextInt(7);
    for (int i = 0; i < np; i++) {
      List<Rule> ingress = rules(r, Direction.INGRESS, nsNames);
      List<Rule> egress = rules(r, Direction.EGRESS, nsNames);
      Set<Direction> types = switch (r.nextInt(4)) {
        case 0 -> EnumSet.of(Direction.INGRESS);
        case 1 -> EnumSet.of(Direction.EGRESS);
        case 2 -> EnumSet.of(Direction.INGRESS, Direction.EGRESS);
        default -> EnumSet.noneOf(Direction.class);
      };
      boolean declared = !types.isEmpty();
      Set<Direction> effective = declared ? types : NetworkPolicy.defaultPolicyTypes(!egress.isEmpty());
      LabelSelector podSelector = r.nextInt(3) == 0 ? LabelSelector.EVERYTHING : selector(r);
      policies.add(new NetworkPolicy(pick(r, nsNames), "np" + i, podSelector, effective, declared, ingress, egress, HERE));
    }
    return Cluster.of(namespaces, pods, policies);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 1234, 987654321})
  void everyConnectionIsTheReferencesAnswer(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 150; i++) {
      Cluster cluster = randomCluster(r);
      Connectivity c = Connectivity.of(cluster);
      List<String> engine = c.connections().stream().map(Connection::line).toList();
      List<String> reference = Reference.lines(cluster,
          c.externalSources().stream().map(Endpoint.External::range).toList(),
          c.externalDestinations().stream().map(Endpoint.External::range).toList());
      assertThat(engine).as("seed %d, cluster %d", seed, i).containsExactlyElementsOf(reference);

      Evaluator ev = new Evaluator(cluster);
      for (Pod p : cluster.pods()) {
        for (Direction d : Direction.values()) {
          assertThat(c.isolated(p, d)).isEqualTo(!ev.isolating(p, d).isEmpty());
        }
      }
      for (Workload w : cluster.workloads().keySet()) {
        Endpoint.InCluster e = new Endpoint.InCluster(w);
        ConnectionSet self = ConnectionSet.NONE;
        for (Pod p : cluster.workloads().get(w)) {
          for (Pod q : cluster.workloads().get(w)) {
            self = self.union(ev.allowed(p, q));
          }
        }
        assertThat(c.allowed(e, e)).as("seed %d, cluster %d: %s to itself", seed, i, w).isEqualTo(self);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {31, 32, 33})
  void focusKeepsExactlyTheLinesOfTheFocusedWorkloads(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 100; i++) {
      Cluster cluster = randomCluster(r);
      Connectivity c = Connectivity.of(cluster);
      List<Workload> all = List.copyOf(cluster.workloads().keySet());
      Workload focus = pick(r, all);
      List<Connection> focused = new ArrayList<>();
      c.forEachConnection(Set.of(focus), focused::add);
      Endpoint e = new Endpoint.InCluster(focus);
      assertThat(focused).containsExactlyElementsOf(c.connections().stream()
          .filter(x -> x.source().equals(e) || x.destination().equals(e)).toList());
    }
  }
}
