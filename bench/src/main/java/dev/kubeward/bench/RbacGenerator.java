package dev.kubeward.bench;

import dev.kubeward.bench.ManifestGenerator.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a synthetic cluster's RBAC for the RBAC benchmarks: 10,000 RBAC objects (700
 * ClusterRoles, some aggregated, a few with wildcards; 2,800 Roles; 5,500 RoleBindings, two in five
 * to a ClusterRole; 1,000 ClusterRoleBindings) over 100 namespaces, 2,000 users and 200 groups,
 * with 2,000 ServiceAccounts, 200 token Secrets and 10,000 Pods running as them. Rules are drawn
 * from the resources and verbs real roles use, with resourceNames, subresources and the
 * occasional dangerous grant (secrets, pods/exec, impersonate, bind), so that who-can answers and
 * escalation paths are neither empty nor everything. Seeded: the same seed gives the same files.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.kubeward.bench.RbacGenerator --out DIR [--seed 42] [--scale 1]
 * </pre>
 */
public final class RbacGenerator {

  static final int NAMESPACES = 100;
  static final int CLUSTER_ROLES = 700;
  static final int ROLES_PER_NAMESPACE = 28;
  static final int ROLE_BINDINGS_PER_NAMESPACE = 55;
  static final int CLUSTER_ROLE_BINDINGS = 1_000;
  static final int ACCOUNTS_PER_NAMESPACE = 20;
  static final int PODS_PER_NAMESPACE = 100;
  static final int USERS = 2_000;
  static final int GROUPS = 200;
  static final int AGGREGATED = 14;
  static final int OBJECTS_PER_FILE = 50;

  private static final String[][] RESOURCES = {
      {"", "pods"}, {"", "services"}, {"", "configmaps"}, {"", "secrets"}, {"", "serviceaccounts"}, {"", "pods/log"},
      {"", "pods/exec"}, {"", "events"}, {"", "persistentvolumeclaims"}, {"", "endpoints"}, {"", "namespaces"},
      {"", "nodes"}, {"apps", "deployments"}, {"apps", "statefulsets"}, {"apps", "daemonsets"}, {"apps", "replicasets"},
      {"apps", "deployments/scale"}, {"batch", "jobs"}, {"batch", "cronjobs"}, {"networking.k8s.io", "ingresses"},
      {"networking.k8s.io", "networkpolicies"}, {"rbac.authorization.k8s.io", "roles"},
      {"rbac.authorization.k8s.io", "rolebindings"}, {"example.com", "widgets"}, {"", "serviceaccounts/token"}};
  private static final String[][] VERBS = {
      {"get", "list", "watch"}, {"get", "list", "watch"}, {"get"}, {"create", "update", "patch", "delete"},
      {"get", "list", "watch", "create", "update", "patch", "delete"}, {"*"}, {"create"}};

  private final long seed;
  private final int scale;

  public RbacGenerator(long seed, int scale) {
    this.seed = seed;
    this.scale = scale;
  }

  /** Every generated file, in order. */
  public List<GeneratedFile> files() {
    List<String> docs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    SplittableRandom rnd = new SplittableRandom(seed);
    int namespaces = NAMESPACES * scale;
    // cluster roles: the first AGGREGATED aggregate by label; others carry labels that select them
    for (int i = 0; i < CLUSTER_ROLES * scale; i++) {
      StringBuilder y = header("ClusterRole", "", "bench-cr-" + i);
      if (i < AGGREGATED) {
        y.append("aggregationRule:\n  clusterRoleSelectors:\n  - matchLabels: {bench.kubeward.dev/aggregate-to-")
            .append(i).append(": \"true\"}\n");
        docs.add(y.toString());
        names.add("cluster-roles");
        continue;
      }
      if (rnd.nextInt(10) == 0) {
        insertLabel(y, "bench.kubeward.dev/aggregate-to-" + rnd.nextInt(AGGREGATED));
      }
      rules(y, rnd, i % 100 == 99);
      docs.add(y.toString());
      names.add("cluster-roles");
    }
    for (int n = 0; n < namespaces; n++) {
      String ns = ns(n);
      docs.add("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + ns + "\n");
      names.add("namespaces");
      for (int i = 0; i < ROLES_PER_NAMESPACE; i++) {
        StringBuilder y = header("Role", ns, "bench-role-" + i);
        rules(y, rnd, false);
        docs.add(y.toString());
        names.add("roles-" + ns);
      }
      for (int i = 0; i < ROLE_BINDINGS_PER_NAMESPACE; i++) {
        StringBuilder y = header("RoleBinding", ns, "bench-rb-" + i);
        boolean cluster = rnd.nextInt(5) < 2;
        y.append("roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ").append(cluster ? "ClusterRole" : "Role")
            .append(", name: ").append(cluster ? "bench-cr-" + rnd.nextInt(CLUSTER_ROLES * scale) : "bench-role-" + rnd.nextInt(ROLES_PER_NAMESPACE))
            .append("}\nsubjects:\n");
        int subjects = 1 + rnd.nextInt(3);
        for (int s = 0; s < subjects; s++) {
          int kind = rnd.nextInt(100);
          if (kind < 60) {
            y.append("- {kind: ServiceAccount, name: sa-").append(rnd.nextInt(ACCOUNTS_PER_NAMESPACE)).append(", namespace: ").append(ns).append("}\n");
          } else if (kind < 85) {
            y.append("- {kind: User, name: user-").append(rnd.nextInt(USERS)).append(", apiGroup: rbac.authorization.k8s.io}\n");
          } else {
            y.append("- {kind: Group, name: group-").append(rnd.nextInt(GROUPS)).append(", apiGroup: rbac.authorization.k8s.io}\n");
          }
        }
        docs.add(y.toString());
        names.add("rolebindings-" + ns);
      }
      for (int i = 0; i < ACCOUNTS_PER_NAMESPACE; i++) {
        docs.add("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa-" + i + "\n  namespace: " + ns + "\n"
            + (rnd.nextInt(10) == 0 ? "automountServiceAccountToken: false\n" : ""));
        names.add("serviceaccounts-" + ns);
      }
      for (int i = 0; i < 2; i++) {
        docs.add("apiVersion: v1\nkind: Secret\nmetadata:\n  name: sa-" + i + "-token\n  namespace: " + ns
            + "\n  annotations:\n    kubernetes.io/service-account.name: sa-" + i + "\ntype: kubernetes.io/service-account-token\n");
        names.add("secrets-" + ns);
      }
      for (int i = 0; i < PODS_PER_NAMESPACE; i++) {
        docs.add("apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-" + i + "\n  namespace: " + ns
            + "\n  labels:\n    app: app-" + (i % 10) + "\nspec:\n  serviceAccountName: sa-" + rnd.nextInt(ACCOUNTS_PER_NAMESPACE)
            + "\n  containers:\n  - name: app\n    image: registry.example/app-" + (i % 10) + ":1.0\n"
            + "    resources:\n      requests: {cpu: 100m, memory: 128Mi}\n");
        names.add("pods-" + ns);
      }
    }
    for (int i = 0; i < CLUSTER_ROLE_BINDINGS * scale; i++) {
      StringBuilder y = header("ClusterRoleBinding", "", "bench-crb-" + i);
      y.append("roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: bench-cr-")
          .append(rnd.nextInt(CLUSTER_ROLES * scale)).append("}\nsubjects:\n");
      int kind = rnd.nextInt(100);
      if (kind < 40) {
        y.append("- {kind: Group, name: group-").append(rnd.nextInt(GROUPS)).append(", apiGroup: rbac.authorization.k8s.io}\n");
      } else if (kind < 70) {
        y.append("- {kind: User, name: user-").append(rnd.nextInt(USERS)).append(", apiGroup: rbac.authorization.k8s.io}\n");
      } else {
        y.append("- {kind: ServiceAccount, name: sa-").append(rnd.nextInt(ACCOUNTS_PER_NAMESPACE)).append(", namespace: ")
            .append(ns(rnd.nextInt(namespaces))).append("}\n");
      }
      docs.add(y.toString());
      names.add("clusterrolebindings");
    }
    return group(docs, names);
  }

  private static String ns(int n) {
    return String.format(Locale.ROOT, "ns-%03d", n);
  }

  private static StringBuilder header(String kind, String ns, String name) {
    StringBuilder y = new StringBuilder("apiVersion: rbac.authorization.k8s.io/v1\nkind: ").append(kind)
        .append("\nmetadata:\n  name: ").append(name).append('\n');
    if (!ns.isEmpty()) {
      y.append("  namespace: ").append(ns).append('\n');
    }
    return y;
  }

  private static void insertLabel(StringBuilder y, String label) {
    y.append("  labels:\n    ").append(label).append(": \"true\"\n");
  }

  private static void rules(StringBuilder y, SplittableRandom rnd, boolean admin) {
    y.append("rules:\n");
    if (admin) {
      y.append("- apiGroups: [\"*\"]\n  resources: [\"*\"]\n  verbs: [\"*\"]\n");
      return;
    }
    int n = 2 + rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      String[] res = RESOURCES[rnd.nextInt(RESOURCES.length)];
      String[] verbs = VERBS[rnd.nextInt(VERBS.length)];
      if (res[1].equals("pods/exec") || res[1].equals("serviceaccounts/token")) {
        verbs = new String[] {"create"};
      }
      y.append("- apiGroups: [\"").append(res[0]).append("\"]\n  resources: [").append(res[1]);
      boolean several = false;
      if (rnd.nextInt(4) == 0) {
        String[] extra = RESOURCES[rnd.nextInt(RESOURCES.length)];
        if (extra[0].equals(res[0]) && !extra[1].equals(res[1])) {
          y.append(", ").append(extra[1]);
          several = true;
        }
      }
      y.append("]\n  verbs: [\"").append(String.join("\", \"", verbs)).append("\"]\n");
      if (rnd.nextInt(12) == 0 && !several) {
        y.append("  resourceNames: [obj-").append(rnd.nextInt(5)).append("]\n");
      }
    }
    if (rnd.nextInt(40) == 0) {
      y.append("- apiGroups: [\"\"]\n  resources: [users, groups]\n  verbs: [impersonate]\n");
    }
    if (rnd.nextInt(60) == 0) {
      y.append("- apiGroups: [rbac.authorization.k8s.io]\n  resources: [clusterroles]\n  verbs: [bind]\n");
    }
  }

  /** Consecutive documents of one kind and namespace, {@value #OBJECTS_PER_FILE} to a file. */
  private static List<GeneratedFile> group(List<String> docs, List<String> names) {
    List<GeneratedFile> out = new ArrayList<>();
    int i = 0;
    while (i < docs.size()) {
      String name = names.get(i);
      StringBuilder text = new StringBuilder();
      int count = 0;
      int part = (int) out.stream().filter(f -> f.path().startsWith(name + "-")).count();
      while (i < docs.size() && names.get(i).equals(name) && count < OBJECTS_PER_FILE) {
        text.append(count == 0 ? "" : "---\n").append(docs.get(i));
        i++;
        count++;
      }
      out.add(new GeneratedFile(String.format(Locale.ROOT, "%s-%03d.yaml", name, part), text.toString(), count));
    }
    return out;
  }

  /** Writes the files into {@code dir} (created; its old *.yaml files removed). */
  public int write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (var old = Files.list(dir)) {
      for (Path p : old.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.delete(p);
      }
    }
    int objects = 0;
    for (GeneratedFile f : files()) {
      Files.writeString(dir.resolve(f.path()), f.text(), StandardCharsets.UTF_8);
      objects += f.resources();
    }
    return objects;
  }

  public static void main(String[] args) throws IOException {
    Path out = null;
    long seed = ManifestGenerator.DEFAULT_SEED;
    int scale = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--scale" -> scale = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: RbacGenerator --out DIR [--seed S] [--scale N]");
          System.exit(2);
        }
      }
    }
    if (out == null) {
      System.err.println("usage: RbacGenerator --out DIR [--seed S] [--scale N]");
      System.exit(2);
    }
    int n = new RbacGenerator(seed, scale).write(out);
    System.out.printf(Locale.ROOT, "wrote %,d objects to %s%n", n, out);
  }
}
