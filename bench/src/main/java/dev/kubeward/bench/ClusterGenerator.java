package dev.kubeward.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates a large cluster as {@code kubectl get -A -o yaml} would dump it, for the network
 * benchmarks: Namespaces labelled by team and environment; Pods owned by ReplicaSets, StatefulSets,
 * Jobs and DaemonSets (one per node), with the labels controllers add (pod-template-hash, pod-name)
 * and named container ports; system namespaces without policies (kube-system, monitoring,
 * ingress-nginx, logging); and NetworkPolicies the way fine-grained policy tools write them: per
 * application namespace a default deny, DNS egress, scraping from the monitoring namespace, the
 * ingress controller to front ends, then one policy per allowed caller or callee of each workload
 * (same namespace or another of the team, numbered, ranged or named ports) and egress to a few
 * external CIDRs, until the requested number of policies. The output depends only on the options.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.kubeward.bench.ClusterGenerator --pods 5000 --policies 13000 --out DIR
 *     [--workloads W] [--seed S]
 * </pre>
 */
public final class ClusterGenerator {

  private static final String[] TEAMS = {"payments", "search", "catalog", "identity", "checkout", "media", "ads", "growth"};
  private static final String[] ENVS = {"prod", "staging", "dev"};
  private static final String[] TIERS = {"frontend", "api", "worker", "cache", "db"};
  private static final String[] SYSTEM = {"kube-system", "monitoring", "ingress-nginx", "logging"};
  private static final String[] EXTERNAL = {"203.0.113.0/24", "198.51.100.0/24", "192.0.2.10/32", "52.94.0.0/16", "35.190.0.0/17"};

  /** A workload and its pods. */
  record Workload(String namespace, String kind, String name, String app, String tier, int replicas) {}

  /** What was written. */
  public record Summary(Path dir, int pods, int workloads, int namespaces, int policies, long bytes) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "wrote %,d pods of %,d workloads in %,d namespaces and %,d NetworkPolicies (%.1f MB) to %s",
          pods, workloads, namespaces, policies, bytes / 1e6, dir);
    }
  }

  private final long seed;

  public ClusterGenerator(long seed) {
    this.seed = seed;
  }

  public Summary write(Path dir, int pods, int workloads, int policies) {
    try {
      Files.createDirectories(dir);
      Rand r = new Rand(seed);
      int nodes = Math.max(3, pods / 30);
      int daemonPods = Math.min(pods / 10, 3 * nodes);
      int perDaemon = Math.max(1, daemonPods / 3);
      int appPods = pods - 3 * perDaemon;
      int namespaces = Math.max(1, workloads / 17);
      List<String> appNamespaces = new ArrayList<>();
      StringBuilder ns = new StringBuilder();
      for (String s : SYSTEM) {
        namespace(ns, s, "platform", "prod");
      }
      for (int i = 0; i < namespaces; i++) {
        String team = TEAMS[i % TEAMS.length];
        String env = ENVS[(i / TEAMS.length) % ENVS.length];
        String name = team + "-" + env + "-" + i;
        appNamespaces.add(name);
        namespace(ns, name, team, env);
      }
      long bytes = write(dir.resolve("namespaces.yaml"), ns);
      // Workloads: each namespace gets a share; replicas add up to the application pods.
      List<Workload> list = new ArrayList<>();
      int left = appPods;
      for (int w = 0; w < workloads && left > 0; w++) {
        String namespace = appNamespaces.get(w % namespaces);
        String tier = TIERS[r.weighted(new int[] {3, 5, 4, 1, 1})];
        String app = tier + "-" + Integer.toString(w, 36);
        int remaining = workloads - w;
        int replicas = Math.max(1, Math.min(left, (int) Math.round(left / (double) remaining * (0.5 + r.between(0, 100) / 100.0))));
        if (w == workloads - 1) {
          replicas = left;
        }
        String kind = tier.equals("db") || tier.equals("cache") ? "StatefulSet" : r.chance(0.05) ? "Job" : "ReplicaSet";
        String name = kind.equals("ReplicaSet") ? app + "-" + hash(r) : kind.equals("Job") ? app + "-2900" + r.between(1000, 9999) : app;
        list.add(new Workload(namespace, kind, name, app, tier, replicas));
        left -= replicas;
      }
      StringBuilder podText = new StringBuilder();
      int written = 0;
      int file = 0;
      for (Workload w : list) {
        for (int p = 0; p < w.replicas(); p++) {
          pod(podText, w, p, r);
          written++;
        }
        if (podText.length() > 4_000_000) {
          bytes += write(dir.resolve("pods-" + (file++) + ".yaml"), podText);
          podText.setLength(0);
        }
      }
      String[][] daemons = {{"kube-system", "kube-proxy"}, {"logging", "fluent-bit"}, {"monitoring", "node-exporter"}};
      for (String[] d : daemons) {
        Workload w = new Workload(d[0], "DaemonSet", d[1], d[1], "node", perDaemon);
        for (int p = 0; p < perDaemon; p++) {
          pod(podText, w, p, r);
          written++;
        }
      }
      for (String[] s : new String[][] {{"kube-system", "coredns", "kube-dns"}, {"monitoring", "prometheus", "prometheus"},
          {"ingress-nginx", "controller", "ingress-nginx"}}) {
        Workload w = new Workload(s[0], "ReplicaSet", s[1] + "-" + hash(r), s[2], "system", 2);
        pod(podText, w, 0, r);
        pod(podText, w, 1, r);
        written += 2;
      }
      bytes += write(dir.resolve("pods-" + file + ".yaml"), podText);
      int count = policies(dir, list, appNamespaces, policies, r);
      bytes += Files.size(dir.resolve("policies.yaml"));
      return new Summary(dir, written, list.size() + 6, appNamespaces.size() + SYSTEM.length, count, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long write(Path file, CharSequence text) throws IOException {
    byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(file, b);
    return b.length;
  }

  private static String hash(Rand r) {
    return Integer.toString(r.between(60_466_176, 2_000_000_000), 36); // six base-36 digits, like a pod-template-hash
  }

  private static void namespace(StringBuilder sb, String name, String team, String env) {
    sb.append("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ").append(name).append("\n  labels:\n")
        .append("    kubernetes.io/metadata.name: ").append(name).append('\n')
        .append("    team: ").append(team).append('\n')
        .append("    env: ").append(env).append("\n---\n");
  }

  private static void pod(StringBuilder sb, Workload w, int index, Rand r) {
    String podName = w.kind().equals("StatefulSet") ? w.name() + "-" + index : w.name() + "-" + Integer.toString(r.between(0x100000, 0xffffff), 36);
    sb.append("apiVersion: v1\nkind: Pod\nmetadata:\n  name: ").append(podName)
        .append("\n  namespace: ").append(w.namespace())
        .append("\n  labels:\n    app: ").append(w.app())
        .append("\n    app.kubernetes.io/name: ").append(w.app())
        .append("\n    tier: ").append(w.tier()).append('\n');
    switch (w.kind()) {
      case "ReplicaSet" -> sb.append("    pod-template-hash: ").append(w.name().substring(w.name().lastIndexOf('-') + 1)).append('\n');
      case "StatefulSet" -> sb.append("    statefulset.kubernetes.io/pod-name: ").append(podName).append('\n')
          .append("    controller-revision-hash: ").append(w.name()).append("-5d8f7c\n");
      case "DaemonSet" -> sb.append("    controller-revision-hash: 7b9c6d").append('\n')
          .append("    pod-template-generation: \"1\"\n");
      case "Job" -> sb.append("    batch.kubernetes.io/job-name: ").append(w.name()).append('\n');
      default -> { }
    }
    sb.append("  ownerReferences:\n  - apiVersion: ").append(w.kind().equals("Job") ? "batch/v1" : "apps/v1")
        .append("\n    kind: ").append(w.kind()).append("\n    name: ").append(w.name())
        .append("\n    uid: 6f1c2b3a-0000-4000-8000-").append(String.format(Locale.ROOT, "%012d", Math.abs(w.name().hashCode())))
        .append("\n    controller: true\n    blockOwnerDeletion: true\n");
    sb.append("spec:\n  nodeName: node-").append(r.between(1, 500)).append("\n  containers:\n  - name: ").append(w.tier())
        .append("\n    image: registry.example/").append(w.app()).append(":1.").append(r.between(0, 40)).append("\n    ports:\n");
    switch (w.tier()) {
      case "db" -> sb.append("    - {name: postgres, containerPort: 5432}\n");
      case "cache" -> sb.append("    - {name: redis, containerPort: 6379}\n");
      case "system" -> sb.append("    - {name: dns, containerPort: 53, protocol: UDP}\n    - {name: dns-tcp, containerPort: 53}\n");
      default -> sb.append("    - {name: http, containerPort: 8080}\n    - {name: grpc, containerPort: 9000}\n");
    }
    sb.append("    - {name: metrics, containerPort: 9090}\n    resources:\n      requests: {cpu: 100m, memory: 128Mi}\n---\n");
  }

  private int policies(Path dir, List<Workload> workloads, List<String> namespaces, int target, Rand r) throws IOException {
    StringBuilder sb = new StringBuilder();
    int count = 0;
    for (String ns : namespaces) {
      if (count + 4 > target) {
        break;
      }
      policy(sb, ns, "default-deny", "{}", "  policyTypes: [Ingress, Egress]\n");
      policy(sb, ns, "allow-dns", "{}", "  policyTypes: [Egress]\n  egress:\n  - to:\n    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}\n"
          + "      podSelector: {matchLabels: {app: kube-dns}}\n    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]\n");
      policy(sb, ns, "allow-prometheus", "{}", "  ingress:\n  - from:\n    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}\n"
          + "      podSelector: {matchLabels: {app: prometheus}}\n    ports: [{port: metrics}]\n");
      policy(sb, ns, "allow-ingress-controller", "{matchLabels: {tier: frontend}}", "  ingress:\n  - from:\n"
          + "    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}\n    ports: [{port: http}]\n");
      count += 4;
    }
    // Then per workload, round after round, one policy per caller or callee, until the target.
    int round = 0;
    while (count < target) {
      for (int i = 0; i < workloads.size() && count < target; i++) {
        Workload w = workloads.get(i);
        Workload peer = workloads.get(Math.floorMod(i + 1 + r.between(0, 40) - 20, workloads.size()));
        boolean sameNamespace = peer.namespace().equals(w.namespace());
        String select = "{matchLabels: {app: " + w.app() + "}}";
        String peerSelector = (sameNamespace ? "" : "      namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: " + peer.namespace() + "}}\n")
            + "      podSelector: {matchLabels: {app: " + peer.app() + "}}\n";
        String name;
        String body;
        int kind = r.between(0, 9);
        if (kind < 5) {
          name = "allow-from-" + peer.app() + "-" + round;
          body = "  policyTypes: [Ingress]\n  ingress:\n  - from:\n    - " + peerSelector.substring(6) + "    ports: " + ports(w, r) + "\n";
        } else if (kind < 9) {
          name = "allow-to-" + peer.app() + "-" + round;
          body = "  policyTypes: [Egress]\n  egress:\n  - to:\n    - " + peerSelector.substring(6) + "    ports: " + ports(peer, r) + "\n";
        } else {
          name = "allow-external-" + round;
          String cidr = EXTERNAL[r.between(0, EXTERNAL.length - 1)];
          body = "  policyTypes: [Egress]\n  egress:\n  - to:\n    - ipBlock: {cidr: " + cidr + "}\n"
              + (r.chance(0.3) ? "    - ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16]}\n" : "")
              + "    ports: [{port: 443}]\n";
        }
        policy(sb, w.namespace(), w.app() + "-" + name, select, body);
        count++;
      }
      round++;
    }
    write(dir.resolve("policies.yaml"), sb);
    return count;
  }

  private static String ports(Workload w, Rand r) {
    return switch (w.tier()) {
      case "db" -> "[{port: postgres}]";
      case "cache" -> "[{port: 6379}]";
      default -> switch (r.between(0, 3)) {
        case 0 -> "[{port: http}]";
        case 1 -> "[{port: 8080}, {port: grpc}]";
        case 2 -> "[{port: 8000, endPort: 8100}]";
        default -> "[{port: 9000, protocol: TCP}]";
      };
    };
  }

  private static void policy(StringBuilder sb, String ns, String name, String podSelector, String body) {
    sb.append("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ").append(name)
        .append("\n  namespace: ").append(ns).append("\nspec:\n  podSelector: ").append(podSelector).append('\n').append(body).append("---\n");
  }

  public static void main(String[] args) {
    int pods = 5000;
    int policies = 13000;
    int workloads = -1;
    long seed = 42;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pods" -> pods = Integer.parseInt(args[++i]);
        case "--policies" -> policies = Integer.parseInt(args[++i]);
        case "--workloads" -> workloads = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> {
          System.err.println("usage: ClusterGenerator --pods N --policies M --out DIR [--workloads W] [--seed S]");
          System.exit(2);
        }
      }
    }
    if (out == null) {
      System.err.println("usage: ClusterGenerator --pods N --policies M --out DIR [--workloads W] [--seed S]");
      System.exit(2);
    }
    System.out.println(new ClusterGenerator(seed).write(out, pods, workloads > 0 ? workloads : pods / 3, policies));
  }
}
