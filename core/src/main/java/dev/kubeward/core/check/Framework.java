package dev.kubeward.core.check;

import java.util.Optional;

/** The frameworks a rule's references point into. */
public enum Framework {
  PSS("pss", "Pod Security Standards"),
  CIS("cis", "CIS Kubernetes Benchmark"),
  NSA("nsa", "NSA/CISA Kubernetes Hardening Guide"),
  MITRE("mitre", "MITRE ATT&CK"),
  CVE("cve", "CVE"),
  K8S("k8s", "Kubernetes documentation");

  private final String prefix;
  private final String title;

  Framework(String prefix, String title) {
    this.prefix = prefix;
    this.title = title;
  }

  public String prefix() {
    return prefix;
  }

  public String title() {
    return title;
  }

  public static Optional<Framework> byPrefix(String p) {
    for (Framework f : values()) {
      if (f.prefix.equals(p)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
