package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Resource;
import dev.kubeward.rbac.RbacModelBuilder;
import java.util.Optional;
import java.util.Set;

/**
 * A workload's blast radius: whoever runs code in its pods holds its service account's token
 * (mounted unless the pod, or failing that the account, sets automountServiceAccountToken to
 * false) and with it the account's RBAC permissions. Reported when they reach cluster-admin
 * (directly or along an escalation path), the kubelet API of every node, or Secrets. Judged only
 * when the input holds bindings: without them nothing is known of the account's permissions.
 */
@CheckInfo(
    id = "KW-0244",
    summary = "Workload's service account reaches cluster-admin, nodes or Secrets",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Run the workload as a service account with only the permissions it needs, or set automountServiceAccountToken: false when it does not call the API.",
    references = {"cis:5.1.6", "mitre:T1528", "mitre:T1078.004"})
public final class WorkloadIdentityGrantsEscalation extends RbacCheck {

  /**
   * Every kind with a pod spec but {@code Service}: the engine matches kinds by name, so Knative's
   * Service would have every core Service kept whole until the index is built, for a rare case.
   */
  private static final Set<String> KINDS = PodSpecs.kindNames().stream()
      .filter(k -> !k.equals("Service")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** What the RBAC model takes of a workload object, and where a finding about its identity points. */
  record Identity(RbacModelBuilder.Part part, Anchor account) {}

  /** Read of every workload object in the first pass, so that the index need not keep their pod specs. */
  static final Digest<Identity> IDENTITY = new Digest<>("RBAC workload identity", KINDS) {
    @Override
    public Optional<Identity> read(Resource r) {
      return Optional.of(RbacModelBuilder.part(r)).filter(RbacModelBuilder.Part::workload).flatMap(part -> PodSpecs.of(r).map(pod -> new Identity(part, Anchor.of(
          pod.get("serviceAccountName").filter(f -> f.text().filter(n -> !n.isBlank()).isPresent())
              .or(() -> pod.get("serviceAccount"))
              .orElse(pod.spec())))));
    }
  };

  WorkloadIdentityGrantsEscalation(RbacScan scan) {
    super(scan);
  }

  @Override
  public Set<String> kinds() {
    return KINDS;
  }

  @Override
  public Set<Digest<?>> digests() {
    return Set.of(RbacFacts.OBJECT, IDENTITY);
  }

  @Override
  public void prepare(ResourceIndex index) {
    facts(index).prepareWorkloadExposures();
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    RbacFacts facts = facts(index);
    if (!facts.hasBindings()) {
      return;
    }
    // Most workloads expose nothing: their pod spec is read only to point at one that does.
    Optional<String> exposure = facts.workloadExposure(resource);
    Optional<Identity> identity = resource.digest(IDENTITY);
    if (exposure.isPresent() && identity.isPresent()) {
      findings.at(identity.get().account()).report("%s", exposure.get());
    }
  }
}
