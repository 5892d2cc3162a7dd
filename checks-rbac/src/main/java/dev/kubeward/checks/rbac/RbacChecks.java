package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Check;
import dev.kubeward.core.check.CheckProvider;
import java.util.List;

/**
 * Registers the RBAC and ABAC checks, each once, in id order. The RBAC checks share one
 * {@link RbacScan}, so a scan builds its RBAC model once, whichever of them run.
 */
public final class RbacChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    RbacScan scan = new RbacScan();
    return List.of(
        new RoleGrantsEverything(scan),
        new WildcardVerb(scan),
        new WildcardResource(scan),
        new WildcardApiGroup(scan),
        new SecretsReadClusterWide(scan),
        new SecretsRead(scan),
        new PodCreation(scan),
        new PodExec(scan),
        new PortForwardOrProxy(scan),
        new EscalateVerb(scan),
        new BindVerb(scan),
        new Impersonation(scan),
        new ServiceAccountTokenCreation(scan),
        new RbacObjectWrite(scan),
        new NodeProxyAccess(scan),
        new CsrApproval(scan),
        new CsrSigning(scan),
        new AdmissionControlWrite(scan),
        new PersistentVolumeCreation(scan),
        new EventDeletion(scan),
        new ApiServiceWrite(scan),
        new EndpointsWrite(scan),
        new NamespaceModification(scan),
        new ClusterAdminBinding(scan),
        new AnonymousAccess(scan),
        new AuthenticatedGroupAccess(scan),
        new AllServiceAccountsAccess(scan),
        new DefaultServiceAccountBound(scan),
        new BindingToMissingServiceAccount(scan),
        new BindingToMissingRole(scan),
        new UnusedRole(scan),
        new AbacWildcardSubject(),
        new AbacBroadGroup(),
        new AbacWriteForBroadSubject(),
        new AbacWildcardResource(),
        new WorkloadIdentityGrantsEscalation(scan));
  }
}
