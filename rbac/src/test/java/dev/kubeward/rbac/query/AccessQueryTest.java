package dev.kubeward.rbac.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kubeward.rbac.Identity;
import dev.kubeward.rbac.Request;
import dev.kubeward.rbac.ResourceTypes;
import dev.kubeward.rbac.Subject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Questions read as kubectl auth can-i reads them, and subjects as the command line names them. */
class AccessQueryTest {

  static AccessQuery q(String verb, String target) {
    return AccessQuery.parse(verb, target, Optional.empty(), Optional.empty(), ResourceTypes.builtIn());
  }

  @ParameterizedTest(name = "{0} -> {1}/{2}")
  @CsvSource({
      "pods, '', pods",
      "pod, '', pods",
      "po, '', pods",
      "PODS, '', pods",
      "deploy, apps, deployments",
      "deployments.apps, apps, deployments",
      "deployment.apps, apps, deployments",
      "deployments.v1.apps, apps, deployments",
      "ingresses.networking.k8s.io, networking.k8s.io, ingresses",
      "netpol, networking.k8s.io, networkpolicies",
      "ev, '', events",
      "events.events.k8s.io, events.k8s.io, events",
      "crds, apiextensions.k8s.io, customresourcedefinitions",
      "csr, certificates.k8s.io, certificatesigningrequests",
      "users, '', users",
      "'*', '', '*'",
      "'*.*', '*', '*'",
      "'*.apps', apps, '*'",
  })
  void typesResolveAsKubectlResolvesThem(String type, String group, String resource) {
    Request.ResourceRequest r = (Request.ResourceRequest) q("get", type).request();
    assertThat(r.apiGroup()).isEqualTo(group);
    assertThat(r.resource()).isEqualTo(resource);
    assertThat(q("get", type).warnings()).isEmpty();
  }

  @Test
  void unknownTypesAreAskedAsWrittenWithAWarning() {
    AccessQuery q = q("get", "widgets.example.com");
    Request.ResourceRequest r = (Request.ResourceRequest) q.request();
    assertThat(r.apiGroup()).isEqualTo("example.com");
    assertThat(r.resource()).isEqualTo("widgets");
    assertThat(q.warnings()).singleElement().asString().contains("no CustomResourceDefinition");
  }

  @Test
  void namesSubresourcesAndNamespaces() {
    AccessQuery q = AccessQuery.parse("create", "pods/web-0", Optional.of("exec"), Optional.of("shop"), ResourceTypes.builtIn());
    assertThat(q.request()).isEqualTo(new Request.ResourceRequest("create", "", "pods", "exec", "web-0", "shop"));
    assertThat(q.warnings()).isEmpty();
    AccessQuery nodes = AccessQuery.parse("get", "nodes", Optional.empty(), Optional.of("shop"), ResourceTypes.builtIn());
    assertThat(nodes.clusterScoped()).isTrue();
    assertThat(nodes.namespace()).isEmpty();
    assertThat(nodes.warnings()).singleElement().asString().contains("cluster-scoped");
  }

  @Test
  void createAndDeletecollectionNeverCarryAName() {
    AccessQuery create = q("create", "secrets/db");
    assertThat(((Request.ResourceRequest) create.request()).name()).isEmpty();
    assertThat(create.warnings()).singleElement().asString().contains("names no object");
    AccessQuery list = q("list", "secrets/db");
    assertThat(((Request.ResourceRequest) list.request()).name()).isEqualTo("db");
    assertThat(list.warnings()).singleElement().asString().contains("metadata.name=db");
    assertThat(q("get", "pods/exec").warnings()).singleElement().asString().contains("--subresource exec");
  }

  @Test
  void nonResourceUrls() {
    AccessQuery q = AccessQuery.parse("get", "/healthz", Optional.empty(), Optional.of("x"), ResourceTypes.builtIn());
    assertThat(q.request()).isEqualTo(Request.nonResource("get", "/healthz"));
    assertThat(q.clusterScoped()).isTrue();
    assertThat(q.warnings()).singleElement().asString().contains("ignored");
    assertThatThrownBy(() -> AccessQuery.parse("get", "/healthz", Optional.of("x"), Optional.empty(), ResourceTypes.builtIn()))
        .hasMessageContaining("--subresource");
    assertThat(q("fly", "/x").warnings()).singleElement().asString().contains("not a known verb");
  }

  @Test
  void subjects() {
    assertThat(SubjectSpec.parse("user:alice", List.of("dev")).identity()).isEqualTo(Identity.user("alice", List.of("dev")));
    assertThat(SubjectSpec.parse("group:dev", List.of()).subject()).isEqualTo(Subject.group("dev"));
    assertThat(SubjectSpec.parse("sa:shop/web", List.of()).identity()).isEqualTo(Identity.serviceAccount("shop", "web"));
    assertThat(SubjectSpec.parse("sa:shop:web", List.of()).subject()).isEqualTo(Subject.serviceAccount("shop", "web"));
    assertThat(SubjectSpec.parse("system:serviceaccount:shop:web", List.of()).subject()).isEqualTo(Subject.serviceAccount("shop", "web"));
    assertThat(SubjectSpec.parse("user:system:anonymous", List.of()).identity().groups()).containsExactly("system:unauthenticated");
    assertThatThrownBy(() -> SubjectSpec.parse("alice", List.of())).hasMessageContaining("user:NAME");
    assertThatThrownBy(() -> SubjectSpec.parse("sa:web", List.of())).hasMessageContaining("sa:NAMESPACE/NAME");
    assertThatThrownBy(() -> SubjectSpec.parse("group:dev", List.of("x"))).hasMessageContaining("--group goes with user");
  }
}
