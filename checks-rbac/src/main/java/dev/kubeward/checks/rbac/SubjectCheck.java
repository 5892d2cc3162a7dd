package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.rbac.Binding;
import dev.kubeward.rbac.ServiceAccounts;
import dev.kubeward.rbac.Subject;
import java.util.Optional;
import java.util.Set;

/**
 * A check of who a RoleBinding or ClusterRoleBinding names: each subject the input put there (not
 * those the API server binds by itself) is judged once, and reported at its first entry in
 * {@code subjects}, as the binding's digest keeps them ({@link RbacObject.BindingPlaces}).
 */
abstract class SubjectCheck extends RbacCheck {

  private static final Set<String> KINDS = Set.of("RoleBinding", "ClusterRoleBinding");

  SubjectCheck(RbacScan scan) {
    super(scan);
  }

  /**
   * Judges one subject of {@code binding}, written at {@code at}: most subjects are not reported,
   * so the place's path is spelt ({@link RbacObject.Place#anchor}) only for a finding.
   */
  abstract void judge(Subject subject, RbacObject.Place at, Binding binding, RbacFacts facts, Findings findings);

  @Override
  public final Set<String> kinds() {
    return KINDS;
  }

  @Override
  public final void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    RbacFacts facts = facts(index);
    Optional<RbacObject> object = resource.digest(RbacFacts.OBJECT);
    if (object.isEmpty() || !(object.get().places() instanceof RbacObject.BindingPlaces places)) {
      return;
    }
    // The binding as the risky-grant checks found it already (or find it now): looked up once for all of them.
    Binding binding = facts.bindingVisit(resource, object.get().bootstrapLabelled()).binding();
    if (binding == null) {
      return;
    }
    for (RbacObject.Entry e : places.entries()) {
      judge(e.subject(), e.at(), binding, facts, findings);
    }
  }

  /** Subjects that stand for many identities, or for every pod of a namespace: their own checks judge them. */
  static boolean broad(Subject s) {
    return switch (s.kind()) {
      case USER -> s.name().equals(ServiceAccounts.ANONYMOUS);
      case GROUP -> s.name().equals(ServiceAccounts.UNAUTHENTICATED) || s.name().equals(ServiceAccounts.AUTHENTICATED)
          || s.name().equals(ServiceAccounts.ALL_GROUP) || s.name().startsWith(ServiceAccounts.GROUP_PREFIX);
      case SERVICE_ACCOUNT -> s.name().equals("default");
    };
  }
}
