package dev.kubeward.rbac;

import static dev.kubeward.rbac.Models.req;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.InputProblem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model: aggregation, binding scopes, subjects, validation, the queries checks use. */
class ModelTest {

  static final String AGGREGATION = """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: monitoring}
      aggregationRule:
        clusterRoleSelectors:
        - matchLabels: {rbac.example.com/aggregate-to-monitoring: "true"}
      rules:
      - apiGroups: [""]
        resources: [secrets]
        verbs: [get]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: monitoring-endpoints
        labels: {rbac.example.com/aggregate-to-monitoring: "true"}
      rules:
      - apiGroups: [""]
        resources: [services, endpoints, pods]
        verbs: [get, list, watch]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: a-monitoring-nodes
        labels: {rbac.example.com/aggregate-to-monitoring: "true"}
      rules:
      - apiGroups: [""]
        resources: [nodes]
        verbs: [get]
      - apiGroups: [""]
        resources: [services, endpoints, pods]
        verbs: [get, list, watch]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: unrelated
        labels: {rbac.example.com/aggregate-to-monitoring: "false"}
      rules:
      - apiGroups: ["*"]
        resources: ["*"]
        verbs: ["*"]
      """;

  @Test
  void aggregationCollectsSelectedRolesInNameOrderWithoutDuplicatesAndOverwritesOwnRules() {
    RbacModel m = Models.of(AGGREGATION);
    Role monitoring = m.role(RoleId.clusterRole("monitoring")).orElseThrow();
    assertThat(monitoring.rules()).extracting(PolicyRule::describe)
        .containsExactly("get nodes", "get,list,watch services,endpoints,pods");
    assertThat(monitoring.rules().get(1).source().owner().name()).isEqualTo("a-monitoring-nodes");
    assertThat(monitoring.statedRules()).extracting(PolicyRule::describe).containsExactly("get secrets");
    assertThat(monitoring.aggregatedFrom()).extracting(RoleId::name).containsExactly("a-monitoring-nodes", "monitoring-endpoints");
    assertThat(monitoring.allows(req("get", "secrets", "x"))).isFalse();
  }

  @Test
  void aggregatedRolesPassOnWhatTheyAggregate() {
    RbacModel m = Models.of("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: top}
        aggregationRule:
          clusterRoleSelectors: [{matchLabels: {to-top: "true"}}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: middle, labels: {to-top: "true"}}
        aggregationRule:
          clusterRoleSelectors: [{matchExpressions: [{key: to-middle, operator: Exists}]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: leaf, labels: {to-middle: "yes"}}
        rules: [{apiGroups: [apps], resources: [deployments], verbs: [create]}]
        """);
    assertThat(m.role(RoleId.clusterRole("top")).orElseThrow().rules()).extracting(PolicyRule::describe)
        .containsExactly("create apps/deployments");
    assertThat(m.problems()).isEmpty();
  }

  @Test
  void aggregationCyclesAreWarnedAbout() {
    RbacModel m = Models.of("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: a, labels: {x: "1"}}
        aggregationRule: {clusterRoleSelectors: [{matchLabels: {y: "1"}}]}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: b, labels: {y: "1"}}
        aggregationRule: {clusterRoleSelectors: [{matchLabels: {x: "1"}}]}
        """);
    assertThat(m.problems()).extracting(InputProblem::message).anySatisfy(msg -> assertThat(msg).contains("aggregates itself"));
  }

  static final String SCOPES = """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: reader}
      rules:
      - {apiGroups: [""], resources: [secrets, nodes], verbs: [get, list]}
      - {nonResourceURLs: [/metrics], verbs: [get]}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: read-in-shop, namespace: shop}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
      subjects:
      - {kind: ServiceAccount, name: web}
      - {kind: User, name: alice}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: read-everywhere}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
      subjects:
      - {kind: Group, name: auditors, apiGroup: rbac.authorization.k8s.io}
      """;

  @Test
  void aRoleBindingToAClusterRoleGrantsItInItsNamespaceOnly() {
    RbacModel m = Models.of(SCOPES);
    Identity alice = Identity.user("alice");
    assertThat(m.authorize(alice, req("get", "secrets", "shop")).allowed()).isTrue();
    assertThat(m.authorize(alice, req("get", "secrets", "payments")).allowed()).isFalse();
    assertThat(m.authorize(alice, req("list", "secrets", "")).allowed()).as("across namespaces").isFalse();
    assertThat(m.authorize(alice, req("get", "nodes", "")).allowed()).as("cluster-scoped").isFalse();
    assertThat(m.authorize(alice, Request.nonResource("get", "/metrics")).allowed()).as("non-resource").isFalse();
    Identity auditor = Identity.user("bob", List.of("auditors"));
    assertThat(m.authorize(auditor, req("get", "nodes", "")).allowed()).isTrue();
    assertThat(m.authorize(auditor, Request.nonResource("get", "/metrics")).allowed()).isTrue();
    assertThat(m.authorize(auditor, req("list", "secrets", "anywhere")).allowed()).isTrue();
  }

  @Test
  void aServiceAccountSubjectWithoutNamespaceIsTheBindingsNamespace() {
    RbacModel m = Models.of(SCOPES);
    assertThat(m.authorize(Identity.serviceAccount("shop", "web"), req("get", "secrets", "shop")).allowed()).isTrue();
    assertThat(m.authorize(Identity.serviceAccount("other", "web"), req("get", "secrets", "shop")).allowed()).isFalse();
    assertThat(m.bindingsNaming(Subject.serviceAccount("shop", "web"))).extracting(Binding::name).containsExactly("read-in-shop");
  }

  @Test
  void aServiceAccountIsItsUserNameAndItsGroups() {
    RbacModel m = Models.of("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: r}
        rules: [{apiGroups: [""], resources: [configmaps], verbs: [get]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: by-group, namespace: shop}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}
        subjects: [{kind: Group, name: "system:serviceaccounts:ci"}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: by-user-name, namespace: pay}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}
        subjects: [{kind: User, name: "system:serviceaccount:ci:builder"}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: all-accounts, namespace: ops}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}
        subjects: [{kind: Group, name: "system:serviceaccounts"}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: everyone, namespace: public}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}
        subjects: [{kind: Group, name: "system:authenticated"}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: anonymous, namespace: open}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}
        subjects: [{kind: Group, name: "system:unauthenticated"}]
        """);
    Identity builder = Identity.serviceAccount("ci", "builder");
    assertThat(builder.user()).isEqualTo("system:serviceaccount:ci:builder");
    assertThat(builder.groups()).containsExactlyInAnyOrder("system:serviceaccounts", "system:serviceaccounts:ci", "system:authenticated");
    for (String ns : List.of("shop", "pay", "ops", "public")) {
      assertThat(m.authorize(builder, req("get", "configmaps", ns)).allowed()).as(ns).isTrue();
    }
    assertThat(m.authorize(builder, req("get", "configmaps", "open")).allowed()).isFalse();
    Identity other = Identity.serviceAccount("web", "builder");
    assertThat(m.authorize(other, req("get", "configmaps", "shop")).allowed()).isFalse();
    assertThat(m.authorize(other, req("get", "configmaps", "pay")).allowed()).isFalse();
    assertThat(m.authorize(Identity.anonymous(), req("get", "configmaps", "open")).allowed()).isTrue();
    assertThat(m.authorize(Identity.anonymous(), req("get", "configmaps", "public")).allowed()).isFalse();
    assertThat(m.grantsTo(builder)).extracting(g -> g.binding().name())
        .containsExactly("by-group", "by-user-name", "all-accounts", "everyone");
  }

  @Test
  void systemMastersIsNeverDenied() {
    RbacModel m = Models.of("");
    Identity root = Identity.user("root", List.of("system:masters"));
    Decision d = m.authorize(root, req("delete", "namespaces", ""));
    assertThat(d.allowed()).isTrue();
    assertThat(d.reasons()).containsExactly(new Reason.PrivilegedGroup());
    assertThat(m.whoCan(req("get", "secrets", ""), Optional.empty())).extracting(a -> a.subject().display())
        .containsExactly("Group system:masters");
    assertThat(m.clusterAdmin(root)).isTrue();
  }

  @Test
  void objectsTheApiServerWouldRejectAreReportedWithTheirPositionAndGrantNothing() {
    RbacModel m = Models.of("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: bad, namespace: shop}
        rules:
        - apiGroups: [""]
          resources: [pods]
        - nonResourceURLs: [/healthz]
          verbs: [get]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: bad-subject}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
        subjects:
        - kind: ServiceAccount
          name: web
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: bad-ref}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: view}
        subjects: [{kind: User, name: alice}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: sa-with-group, namespace: shop}
        roleRef: {kind: ClusterRole, name: view}
        subjects: [{kind: ServiceAccount, name: web, apiGroup: rbac.authorization.k8s.io}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: typo}
        rules:
        - apiGroups: [""]
          resources: pods
          verbs: [get]
        """);
    assertThat(m.roles()).isEmpty();
    assertThat(m.bindings()).isEmpty();
    assertThat(m.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.message().substring(0, p.message().indexOf(" (in ")))
        .containsExactly(
            "5:3 rules[0].verbs must contain at least one verb",
            "7:3 rules[1].nonResourceURLs: a Role cannot grant non-resource URLs (only a ClusterRole can)",
            "15:3 subjects[0]: a ServiceAccount subject of a ClusterRoleBinding needs a namespace",
            "21:48 roleRef.kind must be ClusterRole, found \"Role\"",
            "28:46 subjects[0].apiGroup must be empty for a ServiceAccount (\"rbac.authorization.k8s.io\" is for users and groups)",
            "35:3 resources must be a list of strings, found a string");
    assertThat(m.problems()).allSatisfy(p -> assertThat(p.error()).isTrue());
  }

  @Test
  void whoCanAnswersWithScopesAndBindings() {
    RbacModel m = Models.of(SCOPES);
    List<SubjectAccess> anywhere = m.whoCan(req("get", "secrets", ""), Optional.empty());
    assertThat(anywhere).extracting(a -> a.subject().display() + " " + a.scopes().stream().map(Scope::display).toList())
        .containsExactly("User alice [shop]", "Group auditors [*]", "Group system:masters [*]", "ServiceAccount shop/web [shop]");
    assertThat(m.whoCan(req("get", "secrets", ""), Optional.of("pay"))).extracting(a -> a.subject().display())
        .containsExactly("Group auditors", "Group system:masters");
    assertThat(m.whoCan(req("get", "nodes", ""), Optional.of("shop"))).extracting(a -> a.subject().display())
        .containsExactly("Group auditors", "Group system:masters");
  }

  @Test
  void bindingsAreIndexedByRoleAndSubject() {
    RbacModel m = Models.of(SCOPES);
    assertThat(m.bindingsOf(RoleId.clusterRole("reader"))).extracting(Binding::name).containsExactly("read-in-shop", "read-everywhere");
    assertThat(m.bindingsOf(RoleId.clusterRole("nothing"))).isEmpty();
    assertThat(m.subjects()).extracting(Subject::display)
        .containsExactly("User alice", "Group auditors", "ServiceAccount shop/web");
    assertThat(m.namespaces()).containsExactly("shop");
    assertThat(m.serviceAccountNames("shop")).containsExactly("default", "web");
    Role reader = m.role(RoleId.clusterRole("reader")).orElseThrow();
    assertThat(reader.rules().get(1).source().line()).isEqualTo(6);
    assertThat(m.rolesAllowing(req("list", "secrets", ""))).extracting(rr -> rr.role().name()).containsExactly("reader");
  }

  @Test
  void aDeniedRequestSaysWhatCameClose() {
    RbacModel m = Models.of(SCOPES);
    Decision d = m.authorize(Identity.user("alice"), req("delete", "secrets", "shop"));
    assertThat(d.allowed()).isFalse();
    assertThat(d.nearMisses()).extracting(g -> g.rule().describe()).containsExactly("get,list secrets,nodes");
    Decision elsewhere = m.authorize(Identity.user("alice"), req("get", "secrets", "pay"));
    assertThat(elsewhere.nearMisses()).extracting(g -> g.binding().namespace()).containsExactly("shop");
  }

  @Test
  void laterDefinitionsWinWithAWarning() {
    RbacModel m = Models.of("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: r}
        rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: r}
        rules: [{apiGroups: [""], resources: [pods], verbs: [list]}]
        """);
    assertThat(m.roles()).hasSize(1);
    assertThat(m.roles().get(0).rules().get(0).verbs()).containsExactly("list");
    assertThat(m.problems()).singleElement().satisfies(p -> {
      assertThat(p.error()).isFalse();
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).contains("also defined at test.yaml:1");
    });
  }

  @Test
  void aRulesFieldIsFoundFromItsSourceForFindingsToPointAt() {
    var read = new dev.kubeward.core.model.ManifestReader().parse(
        new dev.kubeward.core.source.SourceFile("test.yaml", Optional.empty()), SCOPES);
    RbacModel m = RbacModel.of(read.resources());
    PolicyRule metrics = m.role(RoleId.clusterRole("reader")).orElseThrow().rules().get(1);
    var field = metrics.source().field(read.resources().get(0).root()).orElseThrow();
    assertThat(field.path().toString()).isEqualTo("rules[1]");
    assertThat(field.line()).isEqualTo(metrics.source().line()).isEqualTo(6);
  }

  @Test
  void namespacedObjectsWithoutANamespaceAreInDefaultWithOneWarning() {
    RbacModel m = Models.of("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: r}
        rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: b}
        roleRef: {kind: Role, name: r}
        subjects: [{kind: ServiceAccount, name: web}]
        """);
    assertThat(m.authorize(Identity.serviceAccount("default", "web"), req("get", "pods", "default")).allowed()).isTrue();
    assertThat(m.problems()).singleElement().satisfies(p -> {
      assertThat(p.error()).isFalse();
      assertThat(p.message()).startsWith("2 namespaced objects have no namespace (the first: test.yaml:1 (Role/r))");
    });
  }
}
