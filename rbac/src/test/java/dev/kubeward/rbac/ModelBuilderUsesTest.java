package dev.kubeward.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RbacModelBuilder#uses}: a resource it says the model does not use adds nothing to a
 * model, whatever it holds; every kind the model reads is used.
 */
class ModelBuilderUsesTest {

  private static final List<String> API_VERSIONS = List.of("v1", "apps/v1", "batch/v1", "extensions/v1beta1",
      "rbac.authorization.k8s.io/v1", "rbac.authorization.k8s.io/v1beta1", "apiextensions.k8s.io/v1",
      "networking.k8s.io/v1", "argoproj.io/v1alpha1", "apps.kruise.io/v1alpha1", "apps.openshift.io/v1", "example.com/v1");
  private static final List<String> KINDS = List.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding",
      "ServiceAccount", "Secret", "Namespace", "CustomResourceDefinition", "Pod", "Deployment", "ReplicaSet",
      "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicationController", "Rollout", "CloneSet", "DeploymentConfig",
      "Service", "ConfigMap", "NetworkPolicy", "Ingress", "Widget");

  /** Every field any reader of the model looks at, some of them invalid, and no namespace (which a read warns about). */
  private static final String BODY = """
      metadata:
        name: x
        annotations: {kubernetes.io/service-account.name: sa}
      type: kubernetes.io/service-account-token
      automountServiceAccountToken: false
      rules:
      - {apiGroups: [""], resources: [pods], verbs: [get]}
      - {verbs: 7}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
      subjects:
      - {kind: ServiceAccount, name: sa}
      - {kind: Robot, name: r}
      spec:
        serviceAccountName: sa
        containers: [{name: c, image: i}]
        template: {spec: {serviceAccountName: sa, containers: [{name: c, image: i}]}}
        jobTemplate: {spec: {template: {spec: {serviceAccountName: sa, containers: [{name: c, image: i}]}}}}
        group: example.com
        names: {kind: Widget, plural: widgets}
        scope: Namespaced
        versions: [{name: v1, served: true, storage: true}]
      """;

  @Test
  void aResourceNotUsedAddsNothing() {
    int used = 0;
    int taken = 0;
    for (String apiVersion : API_VERSIONS) {
      for (String kind : KINDS) {
        Resource r = Models.resources("apiVersion: " + apiVersion + "\nkind: " + kind + "\n" + BODY).get(0);
        RbacModel model = RbacModel.builder().add(r).build();
        boolean empty = model.roles().isEmpty() && model.bindings().isEmpty() && model.serviceAccounts().isEmpty()
            && model.tokenSecrets().isEmpty() && model.workloads().isEmpty() && model.namespaces().isEmpty()
            && model.resourceTypes().all().equals(ResourceTypes.builtIn().all()) && model.problems().isEmpty();
        if (RbacModelBuilder.uses(r.ref())) {
          used++;
          taken += empty ? 0 : 1;
        } else {
          assertThat(empty).as("%s %s is said unused but changes the model", apiVersion, kind).isTrue();
        }
      }
    }
    // The generated resources reach both sides, and what is used is mostly taken.
    assertThat(used).isBetween(20, API_VERSIONS.size() * KINDS.size() - 100);
    assertThat(taken).isGreaterThan(used / 2);
  }
}
