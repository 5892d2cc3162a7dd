package dev.kubeward.rbac;

import java.util.List;

/**
 * The answer to "may this identity make this request": allowed or not, every reason it is allowed
 * (each rule that allows it, not only the first the authorizer would stop at), and when denied the
 * grants that come close (the same resource with other verbs or names, or the request in another
 * namespace), to say why not.
 */
public record Decision(Identity identity, Request request, boolean allowed, List<Reason> reasons, List<Grant> nearMisses) {

  public Decision {
    reasons = List.copyOf(reasons);
    nearMisses = List.copyOf(nearMisses);
  }
}
