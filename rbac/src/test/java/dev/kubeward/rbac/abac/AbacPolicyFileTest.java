package dev.kubeward.rbac.abac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.rbac.Identity;
import dev.kubeward.rbac.Request;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ABAC policy files as kube-apiserver reads them, and the ABAC authorizer's matching. */
class AbacPolicyFileTest {

  static final String FILE = """
      # comment lines and blank lines are skipped

      {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"user": "alice", "namespace": "*", "resource": "*", "apiGroup": "*"}}
      {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"user": "bob", "namespace": "projectCaribou", "resource": "pods", "apiGroup": "", "readonly": true}}
      {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"group": "*", "readonly": true, "nonResourcePath": "/version"}}
      {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"user": "kubelet", "group": "nodes", "namespace": "*", "resource": "events", "apiGroup": ""}}
      {"user": "legacy", "readonly": true}
      {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"user": "carol", "namespace": "", "resource": "nodes", "apiGroup": ""}}
      """;

  static final List<AbacPolicy> POLICIES = AbacPolicyFile.parse("policy.jsonl", FILE).policies();

  static boolean allows(Identity id, Request r) {
    return POLICIES.stream().anyMatch(p -> p.allows(id, r));
  }

  @Test
  void readsVersionedAndUnversionedLinesWithTheirLineNumbers() {
    AbacPolicyFile.Read read = AbacPolicyFile.parse("policy.jsonl", FILE);
    assertThat(read.problems()).isEmpty();
    assertThat(read.policies()).extracting(AbacPolicy::line).containsExactly(3, 4, 5, 6, 7, 8);
    AbacPolicy legacy = read.policies().get(4);
    assertThat(legacy.user()).isEqualTo("legacy");
    assertThat(legacy.namespace()).isEqualTo("*");
    assertThat(legacy.resource()).isEqualTo("*");
    assertThat(legacy.apiGroup()).isEqualTo("*");
    assertThat(legacy.nonResourcePath()).isEqualTo("*");
    assertThat(read.policies().get(2).group()).as("* is every authenticated user").isEqualTo("system:authenticated");
    assertThat(read.policies().get(2).user()).isEmpty();
  }

  @Test
  void matchesAsTheAbacAuthorizer() {
    Identity bob = Identity.user("bob");
    assertThat(allows(bob, new Request.ResourceRequest("get", "", "pods", "", "", "projectCaribou"))).isTrue();
    assertThat(allows(bob, new Request.ResourceRequest("get", "", "pods", "log", "", "projectCaribou"))).as("subresources ride on the resource").isTrue();
    assertThat(allows(bob, new Request.ResourceRequest("create", "", "pods", "", "", "projectCaribou"))).as("read-only").isFalse();
    assertThat(allows(bob, new Request.ResourceRequest("get", "", "pods", "", "", "other"))).isFalse();
    assertThat(allows(Identity.user("anyone"), Request.nonResource("get", "/version"))).isTrue();
    assertThat(allows(Identity.anonymous(), Request.nonResource("get", "/version"))).as("* is authenticated users only").isFalse();
    assertThat(allows(Identity.user("kubelet"), new Request.ResourceRequest("create", "", "events", "", "", "x"))).as("user and group both").isFalse();
    assertThat(allows(Identity.user("kubelet", List.of("nodes")), new Request.ResourceRequest("create", "", "events", "", "", "x"))).isTrue();
    assertThat(allows(Identity.user("legacy"), Request.nonResource("get", "/healthz"))).isTrue();
    assertThat(allows(Identity.user("legacy"), new Request.ResourceRequest("delete", "apps", "deployments", "", "", "x"))).isFalse();
    assertThat(allows(Identity.user("carol"), new Request.ResourceRequest("delete", "", "nodes", "", "", ""))).isTrue();
    assertThat(allows(Identity.user("carol"), new Request.ResourceRequest("delete", "", "nodes", "", "", "x"))).isFalse();
  }

  @Test
  void errorsSayFileLineAndColumnAndTheOtherLinesAreStillRead() {
    AbacPolicyFile.Read read = AbacPolicyFile.parse("p.jsonl", """
        {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"user": "ok"}}
        {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"user": 7}}
        {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"readonly": "yes", "user": "x"}}
        {"user": "broken",
        ["not", "an", "object"]
        {"apiVersion": "v1", "kind": "Pod", "user": "odd"}
        {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"resource": "pods"}}
        """);
    assertThat(read.policies()).extracting(AbacPolicy::user).containsExactly("ok", "odd", "");
    assertThat(read.problems()).extracting(InputProblem::describe).satisfiesExactly(
        p -> assertThat(p).startsWith("p.jsonl:2:95: error: spec.user must be a string, found the number 7"),
        p -> assertThat(p).startsWith("p.jsonl:3:99: error: spec.readonly must be true or false, found the string \"yes\""),
        p -> assertThat(p).startsWith("p.jsonl:4:").contains("error: not a JSON policy object"),
        p -> assertThat(p).startsWith("p.jsonl:5:1: error: a policy must be a JSON object"),
        p -> assertThat(p).startsWith("p.jsonl:6:1: warning: apiVersion v1 kind Pod is not an ABAC policy version"),
        p -> assertThat(p).startsWith("p.jsonl:7:1: warning: this policy names neither a user nor a group"));
  }
}
