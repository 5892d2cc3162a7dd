package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Resource;
import java.util.Set;

/**
 * Only an explicit {@code metadata.namespace: default} counts: a manifest without a namespace
 * lands wherever {@code kubectl -n}, the context or the deploying tool puts it, which the manifest
 * alone cannot tell.
 */
@CheckInfo(
    id = "KW-0055",
    summary = "Resource is placed in the default namespace",
    severity = Severity.LOW,
    category = Category.NAMESPACE_HYGIENE,
    remediation = "Give each application its own namespace, with its own RBAC, quotas, network policies and Pod Security level.",
    references = {"cis:5.7.4", "nsa:network/namespaces"})
public final class DefaultNamespaceUsed implements ResourceCheck {

  private static final Set<String> NAMESPACED_KINDS = Set.of(
      "Pod", "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicationController",
      "PodTemplate", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service", "Endpoints", "EndpointSlice",
      "Ingress", "NetworkPolicy", "ConfigMap", "Secret", "PersistentVolumeClaim", "ServiceAccount", "Role",
      "RoleBinding", "LimitRange", "ResourceQuota", "Lease");

  @Override
  public Set<String> kinds() {
    return NAMESPACED_KINDS;
  }

  @Override
  public void check(Resource resource, Findings findings) {
    // The reference holds metadata.namespace's text already: the field is read only to point at it.
    if (!resource.namespace().filter("default"::equals).isPresent()) {
      return;
    }
    resource.root().at("metadata", "namespace")
        .filter(ns -> ns.text().filter("default"::equals).isPresent())
        .ifPresent(ns -> findings.at(ns).report("%s %s is placed in the default namespace", resource.kind(), resource.name()));
  }
}
