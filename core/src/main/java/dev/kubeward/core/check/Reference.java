package dev.kubeward.core.check;

import java.util.Optional;

/** A control of a framework that a rule serves: {@code pss:baseline/privileged}, {@code mitre:T1611}. */
public record Reference(Framework framework, String control) {

  /** Parses {@code framework:control}; empty if the framework is unknown or the control empty. */
  public static Optional<Reference> parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      return Optional.empty();
    }
    return Framework.byPrefix(text.substring(0, colon))
        .map(f -> new Reference(f, text.substring(colon + 1)));
  }

  /** A public page describing the control, where there is a stable one. */
  public Optional<String> url() {
    return switch (framework) {
      case PSS -> Optional.of("https://kubernetes.io/docs/concepts/security/pod-security-standards/");
      case MITRE -> Optional.of("https://attack.mitre.org/techniques/" + control.replace('.', '/') + "/");
      case CVE -> Optional.of("https://www.cve.org/CVERecord?id=" + control);
      case NSA -> Optional.of("https://media.defense.gov/2022/Aug/29/2003066362/-1/-1/0/CTR_KUBERNETES_HARDENING_GUIDANCE_1.2_20220829.PDF");
      case CIS -> Optional.of("https://www.cisecurity.org/benchmark/kubernetes");
      case K8S -> Optional.of("https://kubernetes.io/" + control);
    };
  }

  @Override
  public String toString() {
    return framework.prefix() + ":" + control;
  }
}
