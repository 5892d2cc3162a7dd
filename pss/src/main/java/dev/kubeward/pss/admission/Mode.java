package dev.kubeward.pss.admission;

import java.util.Locale;

/** What Pod Security admission does with a violation: reject the pod, record it in the audit log, or warn the client. */
public enum Mode {
  ENFORCE,
  AUDIT,
  WARN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code pod-security.kubernetes.io/enforce} */
  public String levelLabel() {
    return "pod-security.kubernetes.io/" + label();
  }

  /** {@code pod-security.kubernetes.io/enforce-version} */
  public String versionLabel() {
    return levelLabel() + "-version";
  }
}
