package dev.kubeward.netpol.analysis;

import dev.kubeward.core.k8s.LabelSelector;
import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.ip.IpAddress;
import dev.kubeward.netpol.ip.IpRange;
import dev.kubeward.netpol.ip.IpSet;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.ContainerPort;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.Namespace;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.PolicyPort;
import dev.kubeward.netpol.model.Rule;
import dev.kubeward.netpol.model.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Connectivity over pod equivalence classes.
 *
 * <p>Two pods are in one class when policies cannot tell them apart: their namespaces agree on
 * every namespace selector and neither hosts a policy (or both are the same namespace); their
 * labels agree on every key a pod selector reads, values no selector names being one "other"
 * value; and they resolve every port name a rule uses to the same port. Matching a selector on
 * such projected labels gives the answer it gives on the real ones, so a class is decided by its
 * first pod.
 *
 * <p>For each class isolated in a direction, what policies allow is kept as contributions (the
 * classes and external ranges a rule's peers choose, with what the rule allows), shared between
 * classes selected by the same policies; a pair is answered by going through the few
 * contributions of its two ends. Which pairs are worth answering comes from bit sets: for each
 * source class, the destination classes its egress reaches and whose ingress admits it.
 */
final class ClassEngine implements Connectivity {

  /** Stands for a label value that no selector names: equal only to itself. */
  private static final String OTHER = "\u0000";

  /**
   * What one rule allows, to or from the classes and ranges its peers choose. For ingress,
   * {@code conns} is resolved for the receiving classes (they share a port profile); for egress
   * it depends on each destination's named ports, so it is resolved per destination from
   * {@code rule}, and {@code conns} is what the rule allows to addresses outside the cluster.
   */
  private record Contribution(BitSet classes, BitSet atoms, Rule rule, ConnectionSet conns) {}

  private record NamespaceKey(String name, BitSet matches) {}

  private record PodKey(int namespaceClass, Map<String, String> labels, int ports) {}

  private record PeerKey(Optional<LabelSelector> namespaceSelector, Optional<LabelSelector> podSelector, String policyNamespace) {}

  private final Cluster cluster;
  private final List<Endpoint.External> sources;
  private final List<Endpoint.External> destinations;
  private final List<IpRange> sourceRanges;
  private final List<IpRange> destinationRanges;

  private final Pod[] rep;
  private final int[] profile;
  private final int profiles;
  private final Map<Pod, Integer> classOfPod;
  private final List<Workload> workloads;
  private final Map<Workload, Integer> workloadIndex;
  private final int[][] classesOfWorkload;
  private final int[][] workloadsOfClass;

  private final BitSet ingressIsolated;
  private final BitSet egressIsolated;
  private final Contribution[][] ingress;
  private final Contribution[][] egress;
  /** For an egress-isolated class, the classes its egress reaches; null when not isolated (all). */
  private final BitSet[] egressReach;
  /** For an egress-isolated class, the destination ranges its egress reaches. */
  private final BitSet[] egressRanges;
  /** For each class as a source, the classes whose ingress admits something from it. */
  private final BitSet[] admittedBy;
  /** For each source range, the classes whose ingress admits something from it. */
  private final BitSet[] admittedFromRange;
  private final IdentityHashMap<Rule, ConnectionSet[]> resolved = new IdentityHashMap<>();

  private ClassEngine(Cluster cluster, Builder b) {
    this.cluster = cluster;
    this.sourceRanges = b.sourceRanges;
    this.destinationRanges = b.destinationRanges;
    this.sources = b.sourceRanges.stream().map(Endpoint.External::new).toList();
    this.destinations = b.destinationRanges.stream().map(Endpoint.External::new).toList();
    this.rep = b.rep.toArray(Pod[]::new);
    this.profile = b.profileOfClass.stream().mapToInt(Integer::intValue).toArray();
    this.profiles = b.profileRep.size();
    this.classOfPod = b.classOfPod;
    this.workloads = b.workloads;
    this.workloadIndex = b.workloadIndex;
    this.classesOfWorkload = b.classesOfWorkload;
    this.workloadsOfClass = b.workloadsOfClass;
    this.ingressIsolated = b.ingressIsolated;
    this.egressIsolated = b.egressIsolated;
    this.ingress = b.ingress;
    this.egress = b.egress;
    this.egressReach = b.egressReach;
    this.egressRanges = b.egressRanges;
    this.admittedBy = b.admittedBy;
    this.admittedFromRange = b.admittedFromRange;
    this.resolved.putAll(b.resolved);
  }

  static ClassEngine build(Cluster cluster) {
    return new ClassEngine(cluster, new Builder(cluster).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Building

  /** The mutable state of a build, kept apart so that the engine itself is immutable. */
  private static final class Builder {
    final Cluster cluster;
    final List<NetworkPolicy> policies;
    final Set<LabelSelector> namespaceSelectors = new LinkedHashSet<>();
    final Set<String> policyNamespaces = new HashSet<>();
    final Map<String, Set<String>> selectedValues = new HashMap<>();
    final Set<String> portNames = new HashSet<>();

    final Map<String, Integer> namespaceClassOf = new HashMap<>();
    final List<Namespace> namespaceClassRep = new ArrayList<>();
    final List<List<Integer>> classesOfNamespaceClass = new ArrayList<>();

    final Map<Map<String, ContainerPort>, Integer> profileIds = new HashMap<>();
    final List<Pod> profileRep = new ArrayList<>();
    final Map<PodKey, Integer> classIds = new HashMap<>();
    final List<Pod> rep = new ArrayList<>();
    final List<Integer> profileOfClass = new ArrayList<>();
    final List<Integer> namespaceClassOfClass = new ArrayList<>();
    final Map<Pod, Integer> classOfPod = new IdentityHashMap<>();
    List<Workload> workloads;
    final Map<Workload, Integer> workloadIndex = new HashMap<>();
    int[][] classesOfWorkload;
    int[][] workloadsOfClass;

    List<IpRange> sourceRanges;
    List<IpRange> destinationRanges;

    BitSet ingressIsolated;
    BitSet egressIsolated;
    Contribution[][] ingress;
    Contribution[][] egress;
    BitSet[] egressReach;
    BitSet[] egressRanges;
    BitSet[] admittedBy;
    BitSet[] admittedFromRange;
    final IdentityHashMap<Rule, ConnectionSet[]> resolved = new IdentityHashMap<>();
    final Map<PeerKey, BitSet> peerClasses = new HashMap<>();
    final IdentityHashMap<Rule, BitSet> ruleClasses = new IdentityHashMap<>();
    final Map<IpSet, BitSet> sourceRangesOf = new HashMap<>();
    final Map<IpSet, BitSet> destinationRangesOf = new HashMap<>();
    BitSet allClasses;

    Builder(Cluster cluster) {
      this.cluster = cluster;
      this.policies = cluster.policies();
    }

    Builder build() {
      collectSelectors();
      classifyNamespaces();
      classifyPods();
      partitionAddresses();
      contributions();
      reach();
      return this;
    }

    private void collectSelectors() {
      for (NetworkPolicy p : policies) {
        policyNamespaces.add(p.namespace());
        readSelector(p.podSelector());
        for (Direction d : Direction.values()) {
          for (Rule r : p.rules(d)) {
            for (Peer peer : r.peers()) {
              if (peer instanceof Peer.Pods pods) {
                pods.namespaceSelector().ifPresent(namespaceSelectors::add);
                pods.podSelector().ifPresent(this::readSelector);
              }
            }
            for (PolicyPort port : r.ports()) {
              port.port().ifPresent(x -> {
                if (x instanceof PolicyPort.Named n) {
                  portNames.add(n.name());
                }
              });
            }
          }
        }
      }
    }

    private void readSelector(LabelSelector s) {
      for (String key : s.keys()) {
        selectedValues.computeIfAbsent(key, k -> new HashSet<>()).addAll(s.valuesOf(key));
      }
    }

    private void classifyNamespaces() {
      List<LabelSelector> selectors = List.copyOf(namespaceSelectors);
      Map<NamespaceKey, Integer> ids = new HashMap<>();
      for (Namespace ns : cluster.namespaces()) {
        BitSet matches = new BitSet(selectors.size());
        for (int i = 0; i < selectors.size(); i++) {
          if (selectors.get(i).matches(ns.labels())) {
            matches.set(i);
          }
        }
        NamespaceKey key = new NamespaceKey(policyNamespaces.contains(ns.name()) ? ns.name() : "", matches);
        Integer id = ids.get(key);
        if (id == null) {
          id = namespaceClassRep.size();
          ids.put(key, id);
          namespaceClassRep.add(ns);
          classesOfNamespaceClass.add(new ArrayList<>());
        }
        namespaceClassOf.put(ns.name(), id);
      }
    }

    private void classifyPods() {
      Map<Workload, Set<Integer>> classesOf = new TreeMap<>();
      for (Pod pod : cluster.pods()) {
        Map<String, String> labels = new TreeMap<>();
        pod.labels().forEach((k, v) -> {
          Set<String> named = selectedValues.get(k);
          if (named != null) {
            labels.put(k, named.contains(v) ? v : OTHER);
          }
        });
        Map<String, ContainerPort> ports = new TreeMap<>();
        for (String name : portNames) {
          pod.namedPort(name).ifPresent(p -> ports.put(name, p));
        }
        int profileId = profileIds.computeIfAbsent(ports, k -> {
          profileRep.add(pod);
          return profileRep.size() - 1;
        });
        int nsClass = namespaceClassOf.get(pod.namespace());
        PodKey key = new PodKey(nsClass, labels, profileId);
        int id = classIds.computeIfAbsent(key, k -> {
          rep.add(pod);
          profileOfClass.add(profileId);
          namespaceClassOfClass.add(nsClass);
          classesOfNamespaceClass.get(nsClass).add(rep.size() - 1);
          return rep.size() - 1;
        });
        classOfPod.put(pod, id);
        classesOf.computeIfAbsent(pod.workload(), w -> new LinkedHashSet<>()).add(id);
      }
      workloads = List.copyOf(classesOf.keySet());
      classesOfWorkload = new int[workloads.size()][];
      List<List<Integer>> workloadsOf = new ArrayList<>();
      for (int c = 0; c < rep.size(); c++) {
        workloadsOf.add(new ArrayList<>());
      }
      for (int w = 0; w < workloads.size(); w++) {
        workloadIndex.put(workloads.get(w), w);
        classesOfWorkload[w] = classesOf.get(workloads.get(w)).stream().mapToInt(Integer::intValue).toArray();
        for (int c : classesOfWorkload[w]) {
          workloadsOf.get(c).add(w);
        }
      }
      workloadsOfClass = workloadsOf.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
      allClasses = new BitSet(rep.size());
      allClasses.set(0, rep.size());
    }

    private void partitionAddresses() {
      List<IpSet> in = new ArrayList<>();
      List<IpSet> out = new ArrayList<>();
      boolean v6 = false;
      for (NetworkPolicy p : policies) {
        for (Direction d : Direction.values()) {
          for (Rule r : p.rules(d)) {
            for (Peer peer : r.peers()) {
              if (peer instanceof Peer.IpBlock b) {
                (d == Direction.INGRESS ? in : out).add(b.addresses());
                v6 |= b.cidr().network().family() == IpAddress.Family.IPV6;
              }
            }
          }
        }
      }
      List<IpRange> universe = v6
          ? List.of(IpAddress.Family.IPV4.all(), IpAddress.Family.IPV6.all())
          : List.of(IpAddress.Family.IPV4.all());
      sourceRanges = IpSet.partition(universe, in);
      destinationRanges = IpSet.partition(universe, out);
    }

    private void contributions() {
      int n = rep.size();
      ingressIsolated = new BitSet(n);
      egressIsolated = new BitSet(n);
      ingress = new Contribution[n][];
      egress = new Contribution[n][];
      // Policies indexed by namespace and by one label their pod selector requires, so that a class
      // is matched only against policies that can select it.
      Map<String, List<Integer>> unindexed = new HashMap<>();
      Map<String, Map<String, List<Integer>>> byLabel = new HashMap<>();
      for (int i = 0; i < policies.size(); i++) {
        NetworkPolicy p = policies.get(i);
        Map<String, String> required = p.podSelector().matchLabels();
        if (required.isEmpty()) {
          unindexed.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(i);
        } else {
          Map.Entry<String, String> first = required.entrySet().iterator().next();
          byLabel.computeIfAbsent(p.namespace(), k -> new HashMap<>())
              .computeIfAbsent(first.getKey() + "=" + first.getValue(), k -> new ArrayList<>()).add(i);
        }
      }
      // Keyed by policy indexes (and port profile): classes selected by the same policies share their contributions.
      Map<List<Integer>, Contribution[]> ingressShared = new HashMap<>();
      Map<List<Integer>, Contribution[]> egressShared = new HashMap<>();
      for (int c = 0; c < n; c++) {
        Pod pod = rep.get(c);
        List<Integer> candidates = new ArrayList<>(unindexed.getOrDefault(pod.namespace(), List.of()));
        Map<String, List<Integer>> labelled = byLabel.getOrDefault(pod.namespace(), Map.of());
        if (!labelled.isEmpty()) {
          pod.labels().forEach((k, v) -> candidates.addAll(labelled.getOrDefault(k + "=" + v, List.of())));
        }
        candidates.sort(null);
        List<Integer> in = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (int i : candidates) {
          NetworkPolicy p = policies.get(i);
          if (p.selects(pod)) {
            if (p.affects(Direction.INGRESS)) {
              in.add(i);
            }
            if (p.affects(Direction.EGRESS)) {
              out.add(i);
            }
          }
        }
        if (!in.isEmpty()) {
          ingressIsolated.set(c);
          int prof = profileOfClass.get(c);
          List<Integer> key = new ArrayList<>(in);
          key.add(-1 - prof);
          ingress[c] = ingressShared.computeIfAbsent(key, k -> ingressContributions(in.stream().map(policies::get).toList(), prof));
        }
        if (!out.isEmpty()) {
          egressIsolated.set(c);
          egress[c] = egressShared.computeIfAbsent(out, k -> egressContributions(out.stream().map(policies::get).toList()));
        }
      }
    }

    private Contribution[] ingressContributions(List<NetworkPolicy> policies, int prof) {
      List<Contribution> out = new ArrayList<>();
      for (NetworkPolicy p : policies) {
        for (Rule r : p.ingress()) {
          ConnectionSet conns = resolve(r, prof);
          if (!conns.isEmpty()) {
            out.add(new Contribution(classesOf(r, p.namespace()), rangesOf(r, Direction.INGRESS), r, conns));
          }
        }
      }
      return out.toArray(Contribution[]::new);
    }

    private Contribution[] egressContributions(List<NetworkPolicy> policies) {
      List<Contribution> out = new ArrayList<>();
      for (NetworkPolicy p : policies) {
        for (Rule r : p.egress()) {
          BitSet classes = classesOf(r, p.namespace());
          if (r.hasNamedPorts()) {
            classes = (BitSet) classes.clone();
            for (int c = classes.nextSetBit(0); c >= 0; c = classes.nextSetBit(c + 1)) {
              if (resolve(r, profileOfClass.get(c)).isEmpty()) {
                classes.clear(c);
              }
            }
          }
          if (!r.hasNamedPorts()) {
            resolve(r, 0);
          }
          ConnectionSet external = r.connections(Optional.empty());
          BitSet ranges = external.isEmpty() ? new BitSet() : rangesOf(r, Direction.EGRESS);
          if (!classes.isEmpty() || !ranges.isEmpty()) {
            out.add(new Contribution(classes, ranges, r, external));
          }
        }
      }
      return out.toArray(Contribution[]::new);
    }

    ConnectionSet resolve(Rule r, int prof) {
      ConnectionSet[] byProfile = resolved.computeIfAbsent(r, k -> new ConnectionSet[r.hasNamedPorts() ? profileRep.size() : 1]);
      int i = r.hasNamedPorts() ? prof : 0;
      if (byProfile[i] == null) {
        byProfile[i] = r.connections(r.hasNamedPorts() ? Optional.of(profileRep.get(prof)) : Optional.empty());
      }
      return byProfile[i];
    }

    /** The classes a rule's peers choose (a policy in {@code policyNamespace}); shared, not to be changed. */
    private BitSet classesOf(Rule r, String policyNamespace) {
      return ruleClasses.computeIfAbsent(r, k -> {
        if (r.allPeers()) {
          return allClasses;
        }
        BitSet out = new BitSet(rep.size());
        for (Peer peer : r.peers()) {
          if (peer instanceof Peer.Pods pods) {
            out.or(peerClasses(pods, policyNamespace));
          }
        }
        return out;
      });
    }

    private BitSet peerClasses(Peer.Pods pods, String policyNamespace) {
      PeerKey key = new PeerKey(pods.namespaceSelector(), pods.podSelector(),
          pods.namespaceSelector().isPresent() ? "" : policyNamespace);
      return peerClasses.computeIfAbsent(key, k -> {
        BitSet out = new BitSet(rep.size());
        for (int nc = 0; nc < namespaceClassRep.size(); nc++) {
          Namespace ns = namespaceClassRep.get(nc);
          boolean inNamespace = pods.namespaceSelector().map(s -> s.matches(ns.labels()))
              .orElseGet(() -> ns.name().equals(policyNamespace));
          if (!inNamespace) {
            continue;
          }
          for (int c : classesOfNamespaceClass.get(nc)) {
            if (pods.podSelector().map(s -> s.matches(rep.get(c).labels())).orElse(true)) {
              out.set(c);
            }
          }
        }
        return out;
      });
    }

    /** The external ranges (of the direction's partition) a rule's peers choose. */
    private BitSet rangesOf(Rule r, Direction d) {
      List<IpRange> ranges = d == Direction.INGRESS ? sourceRanges : destinationRanges;
      if (r.allPeers()) {
        BitSet all = new BitSet(ranges.size());
        all.set(0, ranges.size());
        return all;
      }
      Map<IpSet, BitSet> cache = d == Direction.INGRESS ? sourceRangesOf : destinationRangesOf;
      BitSet out = new BitSet(ranges.size());
      for (Peer peer : r.peers()) {
        if (peer instanceof Peer.IpBlock b) {
          out.or(cache.computeIfAbsent(b.addresses(), set -> {
            BitSet in = new BitSet(ranges.size());
            for (IpRange block : set.ranges()) {
              int i = firstRangeAtOrAfter(ranges, block.first());
              while (i < ranges.size() && ranges.get(i).last().compareTo(block.last()) <= 0) {
                in.set(i++);
              }
            }
            return in;
          }));
        }
      }
      return out;
    }

    private static int firstRangeAtOrAfter(List<IpRange> ranges, IpAddress a) {
      int lo = 0;
      int hi = ranges.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ranges.get(mid).first().compareTo(a) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private void reach() {
      int n = rep.size();
      BitSet notIsolated = (BitSet) allClasses.clone();
      notIsolated.andNot(ingressIsolated);
      admittedBy = new BitSet[n];
      for (int c = 0; c < n; c++) {
        admittedBy[c] = (BitSet) notIsolated.clone();
      }
      admittedFromRange = new BitSet[sourceRanges.size()];
      for (int a = 0; a < sourceRanges.size(); a++) {
        admittedFromRange[a] = (BitSet) notIsolated.clone();
      }
      // Classes sharing their ingress contributions are added together.
      Map<Contribution[], BitSet> byShared = new IdentityHashMap<>();
      for (int c = ingressIsolated.nextSetBit(0); c >= 0; c = ingressIsolated.nextSetBit(c + 1)) {
        byShared.computeIfAbsent(ingress[c], k -> new BitSet(n)).set(c);
      }
      byShared.forEach((contributions, destinations) -> {
        for (Contribution k : contributions) {
          for (int s = k.classes().nextSetBit(0); s >= 0; s = k.classes().nextSetBit(s + 1)) {
            admittedBy[s].or(destinations);
          }
          for (int a = k.atoms().nextSetBit(0); a >= 0; a = k.atoms().nextSetBit(a + 1)) {
            admittedFromRange[a].or(destinations);
          }
        }
      });
      egressReach = new BitSet[n];
      egressRanges = new BitSet[n];
      Map<Contribution[], BitSet[]> reachOf = new IdentityHashMap<>();
      for (int c = egressIsolated.nextSetBit(0); c >= 0; c = egressIsolated.nextSetBit(c + 1)) {
        BitSet[] r = reachOf.computeIfAbsent(egress[c], contributions -> {
          BitSet classes = new BitSet(n);
          BitSet ranges = new BitSet(destinationRanges.size());
          for (Contribution k : contributions) {
            classes.or(k.classes());
            ranges.or(k.atoms());
          }
          return new BitSet[] {classes, ranges};
        });
        egressReach[c] = r[0];
        egressRanges[c] = r[1];
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Answers

  private ConnectionSet resolve(Rule r, int prof) {
    ConnectionSet[] byProfile = resolved.get(r);
    int i = r.hasNamedPorts() ? prof : 0;
    ConnectionSet known = byProfile == null ? null : byProfile[i];
    // Every (rule, profile) a contribution can meet was resolved while building.
    return known != null ? known : r.connections(r.hasNamedPorts() ? Optional.of(rep[firstClassOfProfile(prof)]) : Optional.empty());
  }

  private int firstClassOfProfile(int prof) {
    for (int c = 0; c < profile.length; c++) {
      if (profile[c] == prof) {
        return c;
      }
    }
    throw new IllegalStateException("no class has port profile " + prof);
  }

  /** What class {@code d}'s ingress admits from class {@code s}. */
  private ConnectionSet ingressFrom(int d, int s) {
    if (!ingressIsolated.get(d)) {
      return ConnectionSet.ALL;
    }
    ConnectionSet out = ConnectionSet.NONE;
    for (Contribution k : ingress[d]) {
      if (k.classes().get(s)) {
        out = out.union(k.conns());
      }
    }
    return out;
  }

  private ConnectionSet ingressFromRange(int d, int a) {
    if (!ingressIsolated.get(d)) {
      return ConnectionSet.ALL;
    }
    ConnectionSet out = ConnectionSet.NONE;
    for (Contribution k : ingress[d]) {
      if (k.atoms().get(a)) {
        out = out.union(k.conns());
      }
    }
    return out;
  }

  /** What class {@code s}'s egress lets out to class {@code d}. */
  private ConnectionSet egressTo(int s, int d) {
    if (!egressIsolated.get(s)) {
      return ConnectionSet.ALL;
    }
    ConnectionSet out = ConnectionSet.NONE;
    for (Contribution k : egress[s]) {
      if (k.classes().get(d)) {
        out = out.union(resolve(k.rule(), profile[d]));
      }
    }
    return out;
  }

  private ConnectionSet egressToRange(int s, int a) {
    if (!egressIsolated.get(s)) {
      return ConnectionSet.ALL;
    }
    ConnectionSet out = ConnectionSet.NONE;
    for (Contribution k : egress[s]) {
      if (k.atoms().get(a)) {
        out = out.union(k.conns());
      }
    }
    return out;
  }

  private ConnectionSet classes(int s, int d) {
    ConnectionSet e = egressTo(s, d);
    return e.isEmpty() ? e : e.intersect(ingressFrom(d, s));
  }

  private ConnectionSet workloads(int w1, int w2) {
    ConnectionSet out = ConnectionSet.NONE;
    for (int s : classesOfWorkload[w1]) {
      for (int d : classesOfWorkload[w2]) {
        out = out.union(classes(s, d));
        if (out.isAll()) {
          return out;
        }
      }
    }
    return out;
  }

  private ConnectionSet workloadToRange(int w, int a) {
    ConnectionSet out = ConnectionSet.NONE;
    for (int s : classesOfWorkload[w]) {
      out = out.union(egressToRange(s, a));
    }
    return out;
  }

  private ConnectionSet rangeToWorkload(int a, int w) {
    ConnectionSet out = ConnectionSet.NONE;
    for (int d : classesOfWorkload[w]) {
      out = out.union(ingressFromRange(d, a));
    }
    return out;
  }

  @Override
  public Cluster cluster() {
    return cluster;
  }

  @Override
  public List<Endpoint.External> externalSources() {
    return sources;
  }

  @Override
  public List<Endpoint.External> externalDestinations() {
    return destinations;
  }

  @Override
  public int podClasses() {
    return rep.length;
  }

  @Override
  public boolean isolated(Pod pod, Direction d) {
    Integer c = classOfPod.get(pod);
    if (c == null) {
      throw new IllegalArgumentException("not a pod of this cluster: " + pod.namespace() + "/" + pod.name());
    }
    return (d == Direction.INGRESS ? ingressIsolated : egressIsolated).get(c);
  }

  @Override
  public boolean isolated(Workload workload, Direction d) {
    BitSet isolated = d == Direction.INGRESS ? ingressIsolated : egressIsolated;
    return Arrays.stream(classesOfWorkload[workload(workload)]).allMatch(isolated::get);
  }

  private int workload(Workload w) {
    Integer i = workloadIndex.get(w);
    if (i == null) {
      throw new IllegalArgumentException("no workload " + w.display() + " in this cluster");
    }
    return i;
  }

  @Override
  public ConnectionSet allowed(Endpoint source, Endpoint destination) {
    return switch (source) {
      case Endpoint.InCluster s -> switch (destination) {
        case Endpoint.InCluster d -> workloads(workload(s.workload()), workload(d.workload()));
        case Endpoint.External d -> everyRange(destinationRanges, d.range(), a -> workloadToRange(workload(s.workload()), a));
      };
      case Endpoint.External s -> switch (destination) {
        case Endpoint.InCluster d -> everyRange(sourceRanges, s.range(), a -> rangeToWorkload(a, workload(d.workload())));
        case Endpoint.External d -> ConnectionSet.NONE;
      };
    };
  }

  /** What every address of {@code range} gets: the intersection over the partition's ranges it overlaps. */
  private static ConnectionSet everyRange(List<IpRange> partition, IpRange range, java.util.function.IntFunction<ConnectionSet> of) {
    ConnectionSet out = ConnectionSet.ALL;
    for (int a = 0; a < partition.size(); a++) {
      if (partition.get(a).overlaps(range)) {
        out = out.intersect(of.apply(a));
      }
    }
    return out;
  }

  @Override
  public void forEachConnection(Set<Workload> focus, Consumer<Connection> sink) {
    BitSet focused = new BitSet(workloads.size());
    for (Workload w : focus) {
      focused.set(workload(w));
    }
    boolean filter = !focus.isEmpty();
    // Destinations in listing order: workloads and destination ranges, by how they are written.
    List<Endpoint> dst = new ArrayList<>(workloads.size() + destinations.size());
    workloads.forEach(w -> dst.add(new Endpoint.InCluster(w)));
    dst.addAll(destinations);
    dst.sort(null);
    int[] rankOfWorkload = new int[workloads.size()];
    int[] rankOfRange = new int[destinations.size()];
    int[] indexOfRank = new int[dst.size()];
    Map<Endpoint, Integer> rangeIndex = new HashMap<>();
    for (int a = 0; a < destinations.size(); a++) {
      rangeIndex.put(destinations.get(a), a);
    }
    for (int r = 0; r < dst.size(); r++) {
      if (dst.get(r) instanceof Endpoint.InCluster w) {
        rankOfWorkload[workloadIndex.get(w.workload())] = r;
        indexOfRank[r] = workloadIndex.get(w.workload());
      } else {
        int a = rangeIndex.get(dst.get(r));
        rankOfRange[a] = r;
        indexOfRank[r] = a;
      }
    }
    List<Endpoint> src = new ArrayList<>(workloads.size() + sources.size());
    workloads.forEach(w -> src.add(new Endpoint.InCluster(w)));
    src.addAll(sources);
    src.sort(null);
    Map<Endpoint, Integer> sourceIndex = new HashMap<>();
    for (int a = 0; a < sources.size(); a++) {
      sourceIndex.put(sources.get(a), a);
    }
    int[] seen = new int[dst.size()];
    int epoch = 0;
    int[] ranks = new int[dst.size()];
    for (Endpoint s : src) {
      epoch++;
      int count = 0;
      if (s instanceof Endpoint.InCluster in) {
        int w = workloadIndex.get(in.workload());
        boolean anyDestination = !filter || focused.get(w);
        BitSet reached = new BitSet(rep.length);
        BitSet ranges = new BitSet(destinations.size());
        for (int c : classesOfWorkload[w]) {
          BitSet r = egressIsolated.get(c) ? (BitSet) egressReach[c].clone() : (BitSet) admittedBy[c].clone();
          if (egressIsolated.get(c)) {
            r.and(admittedBy[c]);
            ranges.or(egressRanges[c]);
          } else {
            ranges.set(0, destinations.size());
          }
          reached.or(r);
        }
        for (int d = reached.nextSetBit(0); d >= 0; d = reached.nextSetBit(d + 1)) {
          for (int w2 : workloadsOfClass[d]) {
            int rank = rankOfWorkload[w2];
            if (w2 != w && seen[rank] != epoch && (anyDestination || focused.get(w2))) {
              seen[rank] = epoch;
              ranks[count++] = rank;
            }
          }
        }
        if (anyDestination) {
          for (int a = ranges.nextSetBit(0); a >= 0; a = ranges.nextSetBit(a + 1)) {
            ranks[count++] = rankOfRange[a];
          }
        }
        Arrays.sort(ranks, 0, count);
        for (int i = 0; i < count; i++) {
          int rank = ranks[i];
          ConnectionSet conns = dst.get(rank) instanceof Endpoint.InCluster
              ? workloads(w, indexOfRank[rank])
              : workloadToRange(w, indexOfRank[rank]);
          if (!conns.isEmpty()) {
            sink.accept(new Connection(s, dst.get(rank), conns));
          }
        }
      } else {
        int a = sourceIndex.get(s);
        BitSet reached = admittedFromRange[a];
        for (int d = reached.nextSetBit(0); d >= 0; d = reached.nextSetBit(d + 1)) {
          for (int w2 : workloadsOfClass[d]) {
            int rank = rankOfWorkload[w2];
            if (seen[rank] != epoch && (!filter || focused.get(w2))) {
              seen[rank] = epoch;
              ranks[count++] = rank;
            }
          }
        }
        Arrays.sort(ranks, 0, count);
        for (int i = 0; i < count; i++) {
          int rank = ranks[i];
          ConnectionSet conns = rangeToWorkload(a, indexOfRank[rank]);
          if (!conns.isEmpty()) {
            sink.accept(new Connection(s, dst.get(rank), conns));
          }
        }
      }
    }
  }
}
