package dev.kubeward.rbac;

import java.util.List;

/**
 * One answer of who-can: a subject, where the access holds ({@link Scope#CLUSTER} alone when it
 * holds cluster-wide, else the namespaces in order) and every reason.
 */
public record SubjectAccess(Subject subject, List<Scope> scopes, List<Reason> via) {

  public SubjectAccess {
    scopes = List.copyOf(scopes);
    via = List.copyOf(via);
  }

  public boolean clusterWide() {
    return scopes.contains(Scope.CLUSTER);
  }
}
