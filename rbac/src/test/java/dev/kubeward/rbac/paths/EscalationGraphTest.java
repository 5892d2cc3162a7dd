package dev.kubeward.rbac.paths;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.Subject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of step of the escalation graph, on the smallest input that has it. */
class EscalationGraphTest {

  static final String ADMIN = """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: cluster-admin}
      rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: admin-sa}
      roleRef: {kind: ClusterRole, name: cluster-admin}
      subjects: [{kind: ServiceAccount, name: admin, namespace: ops}]
      ---
      """;

  static EscalationGraph graph(String yaml) {
    ManifestReader.FileResult r = new ManifestReader().parse(new SourceFile("t.yaml", Optional.empty()), yaml);
    assertThat(r.problems()).isEmpty();
    RbacModel m = RbacModel.of(r.resources());
    assertThat(m.problems()).isEmpty();
    return EscalationGraph.of(m);
  }

  static String grant(String name, String ns, String rules, String subject) {
    String binding = ns.isEmpty() ? "ClusterRoleBinding" : "RoleBinding";
    String meta = ns.isEmpty() ? "{name: " + name + "}" : "{name: " + name + ", namespace: " + ns + "}";
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: " + name + "}\nrules: " + rules
        + "\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: " + binding + "\nmetadata: " + meta
        + "\nroleRef: {kind: ClusterRole, name: " + name + "}\nsubjects: [" + subject + "]\n---\n";
  }

  static List<String> path(EscalationGraph g, Subject from, Target to) {
    return g.pathFrom(from, to).map(p -> p.steps().stream().map(s -> s.to().id()).toList()).orElse(List.of());
  }

  static final Subject ALICE = Subject.user("alice");
  static final String ALICE_SUBJECT = "{kind: User, name: alice}";

  @Test
  void creatingPodsRunsAsTheNamespacesServiceAccounts() {
    EscalationGraph g = graph(ADMIN + grant("pods", "ops", "[{apiGroups: [\"\"], resources: [pods], verbs: [create]}]", ALICE_SUBJECT));
    assertThat(path(g, ALICE, Target.CLUSTER_ADMIN)).containsExactly("run-pods@ops", "sa:ops/admin", "cluster-admin");
    assertThat(path(g, ALICE, Target.NODES)).containsExactly("run-pods@ops", "nodes");
    EscalationGraph elsewhere = graph(ADMIN + grant("pods", "dev", "[{apiGroups: [\"\"], resources: [pods], verbs: [create]}]", ALICE_SUBJECT));
    assertThat(path(elsewhere, ALICE, Target.CLUSTER_ADMIN)).isEmpty();
  }

  @Test
  void changingAPodControllerIsRunningPods() {
    EscalationGraph g = graph(ADMIN + grant("cron", "", "[{apiGroups: [batch], resources: [cronjobs], verbs: [patch]}]", ALICE_SUBJECT));
    assertThat(path(g, ALICE, Target.CLUSTER_ADMIN)).containsExactly("run-pods@*", "run-pods@ops", "sa:ops/admin", "cluster-admin");
  }

  @Test
  void execReachesOnlyWorkloadsThatMountTheirToken() {
    String workloads = """
        apiVersion: v1
        kind: Pod
        metadata: {name: tool, namespace: ops}
        spec: {serviceAccountName: admin, automountServiceAccountToken: false, containers: [{name: c, image: x}]}
        ---
        """;
    String exec = grant("exec", "ops", "[{apiGroups: [\"\"], resources: [pods/exec], verbs: [create]}]", ALICE_SUBJECT);
    assertThat(path(graph(ADMIN + workloads + exec), ALICE, Target.CLUSTER_ADMIN)).isEmpty();
    String mounted = workloads.replace("automountServiceAccountToken: false", "automountServiceAccountToken: true");
    assertThat(path(graph(ADMIN + mounted + exec), ALICE, Target.CLUSTER_ADMIN))
        .containsExactly("exec-pods@ops", "sa:ops/admin", "cluster-admin");
    String accountOptsOut = workloads.replace(", automountServiceAccountToken: false", "")
        + "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: admin, namespace: ops}\nautomountServiceAccountToken: false\n---\n";
    assertThat(path(graph(ADMIN + accountOptsOut + exec), ALICE, Target.CLUSTER_ADMIN)).isEmpty();
  }

  @Test
  void readingSecretsRevealsTheTokensStoredThere() {
    String token = """
        apiVersion: v1
        kind: Secret
        metadata: {name: admin-token, namespace: ops, annotations: {kubernetes.io/service-account.name: admin}}
        type: kubernetes.io/service-account-token
        ---
        """;
    EscalationGraph g = graph(ADMIN + token + grant("read", "ops", "[{apiGroups: [\"\"], resources: [secrets], verbs: [list]}]", ALICE_SUBJECT));
    assertThat(path(g, ALICE, Target.CLUSTER_ADMIN)).containsExactly("read-secrets@ops", "sa:ops/admin", "cluster-admin");
    assertThat(path(g, ALICE, Target.SECRETS)).containsExactly("read-secrets@ops");
    EscalationGraph named = graph(ADMIN + token
        + grant("read", "ops", "[{apiGroups: [\"\"], resources: [secrets], resourceNames: [admin-token], verbs: [get]}]", ALICE_SUBJECT));
    assertThat(path(named, ALICE, Target.CLUSTER_ADMIN)).containsExactly("sa:ops/admin", "cluster-admin");
  }

  @Test
  void tokenRequestsAndServiceAccountImpersonation() {
    assertThat(path(graph(ADMIN + grant("t", "ops", "[{apiGroups: [\"\"], resources: [serviceaccounts/token], verbs: [create]}]",
        ALICE_SUBJECT)), ALICE, Target.CLUSTER_ADMIN)).containsExactly("service-account-tokens@ops", "sa:ops/admin", "cluster-admin");
    assertThat(path(graph(ADMIN + grant("t", "ops", "[{apiGroups: [\"\"], resources: [serviceaccounts/token], resourceNames: [other], verbs: [create]}]",
        ALICE_SUBJECT)), ALICE, Target.CLUSTER_ADMIN)).isEmpty();
    assertThat(path(graph(ADMIN + grant("i", "ops", "[{apiGroups: [\"\"], resources: [serviceaccounts], resourceNames: [admin], verbs: [impersonate]}]",
        ALICE_SUBJECT)), ALICE, Target.CLUSTER_ADMIN)).containsExactly("sa:ops/admin", "cluster-admin");
  }

  @Test
  void impersonatingGroupsNeedsAUserToCarryThem() {
    String groupsOnly = grant("i", "", "[{apiGroups: [\"\"], resources: [groups], verbs: [impersonate]}]", ALICE_SUBJECT);
    assertThat(path(graph(groupsOnly), ALICE, Target.CLUSTER_ADMIN)).isEmpty();
    String both = grant("i", "", "[{apiGroups: [\"\"], resources: [groups, users], verbs: [impersonate]}]", ALICE_SUBJECT);
    assertThat(path(graph(both), ALICE, Target.CLUSTER_ADMIN))
        .containsExactly("impersonate-groups", "group:system:masters", "cluster-admin");
    String notMasters = grant("i", "", "[{apiGroups: [\"\"], resources: [groups, users], resourceNames: [dev], verbs: [impersonate]}]",
        ALICE_SUBJECT).replace("resources: [groups, users], resourceNames", "resources: [groups], resourceNames");
    assertThat(path(graph(notMasters), ALICE, Target.CLUSTER_ADMIN)).isEmpty();
  }

  @Test
  void bindAndEscalate() {
    String bind = "[{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind]},"
        + " {apiGroups: [rbac.authorization.k8s.io], resources: [clusterrolebindings], verbs: [create]}]";
    assertThat(path(graph(grant("b", "", bind, ALICE_SUBJECT)), ALICE, Target.CLUSTER_ADMIN))
        .containsExactly("bind-any-cluster-role", "cluster-admin");
    String bindOthers = bind.replace("verbs: [bind]}", "resourceNames: [view], verbs: [bind]}");
    assertThat(path(graph(grant("b", "", bindOthers, ALICE_SUBJECT)), ALICE, Target.CLUSTER_ADMIN)).isEmpty();
    String escalate = "[{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [escalate, patch]}]";
    assertThat(path(graph(grant("e", "", escalate, ALICE_SUBJECT)), ALICE, Target.CLUSTER_ADMIN))
        .containsExactly("escalate-cluster-roles", "cluster-admin");
    String inNamespace = "[{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind]},"
        + " {apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [create]}]";
    assertThat(path(graph(grant("n", "dev", inNamespace, ALICE_SUBJECT)), ALICE, Target.SECRETS))
        .containsExactly("namespace-admin@dev", "read-secrets@dev");
  }

  @Test
  void clientCertificatesAndTheKubeletApi() {
    String csr = "[{apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests], verbs: [create]},"
        + " {apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests/approval], verbs: [update]},"
        + " {apiGroups: [certificates.k8s.io], resources: [signers], resourceNames: [\"kubernetes.io/*\"], verbs: [approve]}]";
    assertThat(path(graph(grant("c", "", csr, ALICE_SUBJECT)), ALICE, Target.CLUSTER_ADMIN))
        .containsExactly("sign-client-certificates", "group:system:masters", "cluster-admin");
    String kubeletSigner = csr.replace("kubernetes.io/*", "kubernetes.io/kubelet-serving");
    assertThat(path(graph(grant("c", "", kubeletSigner, ALICE_SUBJECT)), ALICE, Target.CLUSTER_ADMIN)).isEmpty();
    String proxy = "[{apiGroups: [\"\"], resources: [nodes/proxy], verbs: [get]}]";
    assertThat(path(graph(grant("p", "", proxy, ALICE_SUBJECT)), ALICE, Target.NODES)).containsExactly("node-proxy", "nodes");
    assertThat(path(graph(grant("p", "ops", proxy, ALICE_SUBJECT)), ALICE, Target.NODES)).as("a RoleBinding cannot grant nodes").isEmpty();
  }

  @Test
  void pathsToListEveryIdentityOfTheInputShortestFirst() {
    EscalationGraph g = graph(ADMIN + grant("pods", "ops", "[{apiGroups: [\"\"], resources: [pods], verbs: [create]}]", ALICE_SUBJECT));
    assertThat(g.pathsTo(Target.CLUSTER_ADMIN)).extracting(p -> p.from().display() + " " + p.length())
        .containsExactly("ServiceAccount ops/admin 1", "User alice 3");
  }

  @Test
  void blastRadiusNamesWhatAWorkloadsCompromiseGrants() {
    String workload = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          template:
            spec:
              serviceAccountName: web
              containers: [{name: c, image: x}]
        ---
        """;
    EscalationGraph g = graph(ADMIN + workload
        + grant("read", "payments", "[{apiGroups: [\"\"], resources: [secrets], verbs: [get, list]}]",
            "{kind: ServiceAccount, name: web, namespace: shop}"));
    List<BlastRadius.Exposure> exposures = BlastRadius.of(g);
    assertThat(exposures).singleElement().satisfies(e -> {
      assertThat(e.tokenMounted()).isTrue();
      assertThat(e.summary()).isEqualTo(
          "a compromise of Deployment/shop/web (ServiceAccount shop/web) grants: read secrets in namespace payments");
    });
  }

  @Test
  void anIdentityNoBindingNamesStillHasItsGroupsGrants() {
    String yaml = ADMIN + grant("pods", "ops", "[{apiGroups: [\"\"], resources: [pods], verbs: [create]}]",
        "{kind: Group, name: \"system:serviceaccounts\"}");
    RbacModel m = RbacModel.of(new ManifestReader().parse(new SourceFile("t.yaml", Optional.empty()), yaml).resources());
    Subject stranger = Subject.serviceAccount("elsewhere", "builder");
    assertThat(path(EscalationGraph.of(m), stranger, Target.CLUSTER_ADMIN)).isEmpty();
    assertThat(path(EscalationGraph.of(m, List.of(stranger)), stranger, Target.CLUSTER_ADMIN))
        .containsExactly("run-pods@ops", "sa:ops/admin", "cluster-admin");
  }
}
