package dev.kubeward.pss;

/**
 * A failed check, as the API server words it: {@code reason} is the short form
 * ({@code allowPrivilegeEscalation != false}), {@code detail} says who set what
 * ({@code container "app" must set securityContext.allowPrivilegeEscalation=false}).
 *
 * @param check the upstream check id ({@code allowPrivilegeEscalation}, {@code capabilities_restricted})
 * @param at where the first offending setting is, or where a missing one belongs
 */
public record Violation(String check, String reason, String detail, Locator at) {

  /** {@code reason (detail)}, the form of the API server's warnings and denials. */
  public String message() {
    return detail.isEmpty() ? reason : reason + " (" + detail + ")";
  }
}
