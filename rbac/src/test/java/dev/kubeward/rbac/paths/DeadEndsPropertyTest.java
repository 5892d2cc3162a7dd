package dev.kubeward.rbac.paths;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The graph without dead ends follows the same paths as the whole graph: on generated clusters
 * of risky grants, workloads, service accounts and token Secrets, every path to every target
 * (the same steps, chosen alike among equally short ones) and every identity's own steps agree.
 */
class DeadEndsPropertyTest {

  private static final List<String> NAMESPACES = List.of("a", "b", "c");
  private static final List<String> ACCOUNTS = List.of("default", "s1", "s2", "s3");
  private static final List<String> RULES = List.of(
      "{apiGroups: [\"\"], resources: [pods], verbs: [create]}",
      "{apiGroups: [apps], resources: [deployments], verbs: [update, patch]}",
      "{apiGroups: [\"\"], resources: [pods/exec], verbs: [create]}",
      "{apiGroups: [\"\"], resources: [pods/exec], verbs: [create], resourceNames: [p1]}",
      "{apiGroups: [\"\"], resources: [secrets], verbs: [get, list]}",
      "{apiGroups: [\"\"], resources: [secrets], verbs: [get], resourceNames: [s1-token]}",
      "{apiGroups: [\"\"], resources: [serviceaccounts/token], verbs: [create]}",
      "{apiGroups: [\"\"], resources: [serviceaccounts/token], verbs: [create], resourceNames: [s2]}",
      "{apiGroups: [\"\"], resources: [serviceaccounts], verbs: [impersonate]}",
      "{apiGroups: [\"\"], resources: [users], verbs: [impersonate]}",
      "{apiGroups: [\"\"], resources: [users], verbs: [impersonate], resourceNames: [u2]}",
      "{apiGroups: [\"\"], resources: [groups], verbs: [impersonate]}",
      "{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind]}",
      "{apiGroups: [rbac.authorization.k8s.io], resources: [clusterrolebindings, rolebindings], verbs: [create]}",
      "{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles, roles], verbs: [escalate, update]}",
      "{apiGroups: [\"\"], resources: [nodes/proxy], verbs: [get]}",
      "{apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests, certificatesigningrequests/approval], verbs: [create, update]}",
      "{apiGroups: [certificates.k8s.io], resources: [signers], verbs: [approve]}",
      "{apiGroups: [\"*\"], resources: [\"*\"], verbs: [\"*\"]}",
      "{apiGroups: [\"\"], resources: [configmaps], verbs: [get]}");
  private static final List<String> SUBJECTS = List.of("{kind: User, name: u1}", "{kind: User, name: u2}", "{kind: Group, name: g1}");
  /**
   * Groups that hold service accounts (a grant to them leads on from every account they hold), and
   * a user named as a service account is: identities granted other than by their own subject.
   */
  private static final List<String> ACCOUNT_GROUPS = List.of(
      "{kind: Group, name: \"system:serviceaccounts\"}", "{kind: Group, name: \"system:serviceaccounts:b\"}",
      "{kind: Group, name: \"system:authenticated\"}", "{kind: User, name: \"system:serviceaccount:c:s3\"}");

  @Test
  void followsTheSamePathsAsTheWholeGraph() {
    int longPaths = 0;
    int pruning = 0;
    for (long seed = 1; seed <= 60; seed++) {
      check(seed);
      RbacModel model = model(generate(new Random(seed)));
      longPaths += EscalationGraph.of(model).pathsTo(Target.CLUSTER_ADMIN).stream().anyMatch(p -> p.length() > 2) ? 1 : 0;
      pruning += EscalationGraph.withoutDeadEnds(model).edgeCount() < EscalationGraph.of(model).edgeCount() ? 1 : 0;
    }
    // The generated clusters are worth comparing: paths of several steps, and dead ends left out.
    assertThat(longPaths).isGreaterThan(5);
    assertThat(pruning).isGreaterThan(30);
  }

  /**
   * An identity's step to cluster-admin worked out from its own grants is the graph's: its one
   * edge to cluster-admin, and the path of one step the graph finds from it.
   */
  @Test
  void directClusterAdminIsTheGraphsPathOfOneStep() {
    int direct = 0;
    int longer = 0;
    for (long seed = 1; seed <= 60; seed++) {
      String yaml = generate(new Random(seed));
      RbacModel model = model(yaml);
      EscalationGraph whole = EscalationGraph.of(model);
      java.util.Map<Subject, EscalationPath> paths = new java.util.HashMap<>();
      for (EscalationPath p : whole.pathsTo(Target.CLUSTER_ADMIN)) {
        paths.put(p.from(), p);
      }
      Set<Subject> identities = identities(model);
      for (Subject s : identities) {
        Optional<Step> step = EscalationGraph.directClusterAdmin(model, s);
        Optional<Step> edge = whole.stepsFrom(new Node.Identity(s)).stream()
            .filter(e -> e.to() instanceof Node.Can c && c.capability().kind() == Capability.Kind.CLUSTER_ADMIN).findFirst();
        assertThat(step).as("seed %d, %s\n%s", seed, s, yaml).isEqualTo(edge);
        EscalationPath path = paths.get(s);
        if (path != null && path.length() == 1) {
          assertThat(step).as("seed %d, %s", seed, s).isPresent();
        }
        if (path != null && step.isPresent()) {
          assertThat(path.steps()).as("seed %d, %s", seed, s).containsExactly(step.get());
        }
        direct += step.isPresent() ? 1 : 0;
        longer += path != null && path.length() > 1 ? 1 : 0;
      }
    }
    assertThat(direct).isGreaterThan(20);
    assertThat(longer).isGreaterThan(20);
  }

  /** Every subject the model names, every service account it knows, and two it does not. */
  private static Set<Subject> identities(RbacModel model) {
    Set<Subject> identities = new TreeSet<>(model.subjects());
    for (String ns : model.namespaces()) {
      model.serviceAccountNames(ns).forEach(sa -> identities.add(Subject.serviceAccount(ns, sa)));
    }
    identities.add(Subject.group("system:masters"));
    identities.add(Subject.user("nobody"));
    return identities;
  }

  private static RbacModel model(String yaml) {
    ManifestReader.FileResult read = new ManifestReader().parse(new SourceFile("g.yaml", Optional.empty()), yaml);
    assertThat(read.problems()).as(yaml).isEmpty();
    return RbacModel.of(read.resources());
  }

  private static void check(long seed) {
    Random rnd = new Random(seed);
    String yaml = generate(rnd);
    RbacModel model = model(yaml);
    EscalationGraph whole = EscalationGraph.of(model);
    EscalationGraph pruned = EscalationGraph.withoutDeadEnds(model);
    for (Target t : Target.values()) {
      assertThat(pruned.pathsTo(t)).as("seed %d, paths to %s\n%s", seed, t, yaml).isEqualTo(whole.pathsTo(t));
    }
    Set<Subject> identities = identities(model);
    for (Subject s : identities) {
      assertThat(model.holdsRoleGrants(s)).as("seed %d, %s holds grants", seed, s)
          .isEqualTo(!model.roleGrantsTo(s.identity()).isEmpty());
      assertThat(pruned.stepsFrom(new Node.Identity(s))).as("seed %d, steps of %s", seed, s).isEqualTo(whole.stepsFrom(new Node.Identity(s)));
      for (Target t : Target.values()) {
        assertThat(pruned.pathFrom(s, t)).as("seed %d, %s to %s", seed, s, t).isEqualTo(whole.pathFrom(s, t));
      }
    }
    assertThat(pruned.edgeCount()).isLessThanOrEqualTo(whole.edgeCount());
  }

  private static String generate(Random rnd) {
    StringBuilder y = new StringBuilder();
    y.append(doc("ClusterRole", "", "cluster-admin", "rules: [{apiGroups: [\"*\"], resources: [\"*\"], verbs: [\"*\"]}]"));
    // Someone runs pods somewhere in every cluster, so every namespace's accounts are led to.
    y.append(doc("ClusterRole", "", "runner", "rules: [" + RULES.get(0) + "]"));
    y.append(doc("RoleBinding", NAMESPACES.get(rnd.nextInt(NAMESPACES.size())), "runs",
        "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: runner}\nsubjects: ["
            + SUBJECTS.get(rnd.nextInt(SUBJECTS.size())) + "]"));
    int roles = 3 + rnd.nextInt(5);
    for (int i = 0; i < roles; i++) {
      List<String> rules = new ArrayList<>();
      for (int r = 1 + rnd.nextInt(3); r > 0; r--) {
        rules.add(RULES.get(rnd.nextInt(RULES.size())));
      }
      y.append(doc("ClusterRole", "", "cr" + i, "rules: [" + String.join(", ", rules) + "]"));
    }
    int bindings = 4 + rnd.nextInt(8);
    for (int i = 0; i < bindings; i++) {
      boolean cluster = rnd.nextInt(3) == 0;
      String ns = NAMESPACES.get(rnd.nextInt(NAMESPACES.size()));
      // Some bindings name a role the input lacks: their subjects hold nothing through them.
      String role = rnd.nextInt(8) == 0 ? "cluster-admin" : rnd.nextInt(8) == 0 ? "absent" : "cr" + rnd.nextInt(roles);
      List<String> subjects = new ArrayList<>();
      for (int s = 1 + rnd.nextInt(3); s > 0; s--) {
        subjects.add(rnd.nextInt(12) == 0 ? ACCOUNT_GROUPS.get(rnd.nextInt(ACCOUNT_GROUPS.size()))
            : rnd.nextBoolean() ? SUBJECTS.get(rnd.nextInt(SUBJECTS.size()))
            : "{kind: ServiceAccount, name: " + ACCOUNTS.get(rnd.nextInt(ACCOUNTS.size())) + ", namespace: "
                + NAMESPACES.get(rnd.nextInt(NAMESPACES.size())) + "}");
      }
      y.append(doc(cluster ? "ClusterRoleBinding" : "RoleBinding", cluster ? "" : ns, "b" + i,
          "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: " + role + "}\nsubjects: ["
              + String.join(", ", subjects) + "]"));
    }
    for (int i = 0; i < 6; i++) {
      String ns = NAMESPACES.get(rnd.nextInt(NAMESPACES.size()));
      String sa = ACCOUNTS.get(rnd.nextInt(ACCOUNTS.size()));
      String automount = rnd.nextInt(4) == 0 ? "\n  automountServiceAccountToken: false" : "";
      if (rnd.nextBoolean()) {
        y.append(doc("Pod", ns, i == 0 ? "p1" : "p" + i + "x", "spec:\n  serviceAccountName: " + sa + automount
            + "\n  containers: [{name: c, image: x}]"));
      } else {
        y.append(doc("Deployment", ns, "d" + i, "spec:\n  template:\n    spec:\n      serviceAccountName: " + sa
            + automount.replace("\n  ", "\n      ") + "\n      containers: [{name: c, image: x}]"));
      }
    }
    for (String ns : NAMESPACES) {
      // An account no binding names: a dead end for whatever leads to the namespace's accounts.
      y.append(doc("ServiceAccount", ns, "idle", ""));
    }
    for (int i = 0; i < 3; i++) {
      String ns = NAMESPACES.get(rnd.nextInt(NAMESPACES.size()));
      String sa = ACCOUNTS.get(1 + rnd.nextInt(ACCOUNTS.size() - 1));
      y.append(doc("Secret", ns, sa + "-token", "  annotations: {kubernetes.io/service-account.name: " + sa + "}\n",
          "type: kubernetes.io/service-account-token"));
    }
    return y.toString();
  }

  private static String doc(String kind, String ns, String name, String body) {
    return doc(kind, ns, name, "", body);
  }

  private static String doc(String kind, String ns, String name, String metadata, String body) {
    String apiVersion = switch (kind) {
      case "Pod", "Secret", "ServiceAccount" -> "v1";
      case "Deployment" -> "apps/v1";
      default -> "rbac.authorization.k8s.io/v1";
    };
    return "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n"
        + (ns.isEmpty() ? "" : "  namespace: " + ns + "\n") + metadata + body + "\n---\n";
  }
}
