package dev.kubeward.pss.admission;

import dev.kubeward.pss.Level;
import dev.kubeward.pss.Version;
import java.util.Optional;

/**
 * {@code --what-if NAMESPACE=LEVEL[:VERSION]}: the namespace as if labelled
 * {@code pod-security.kubernetes.io/enforce=LEVEL} (and {@code enforce-version=VERSION} when given),
 * the offline form of {@code kubectl label --dry-run=server}.
 */
public record WhatIf(String namespace, Level level, Optional<Version> version) {

  /** Parses the option's value; the message says what is wrong. */
  public static WhatIf parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--what-if " + text + ": write NAMESPACE=LEVEL[:VERSION], e.g. shop=restricted:v1.30");
    }
    String ns = text.substring(0, eq);
    String rest = text.substring(eq + 1);
    int colon = rest.indexOf(':');
    String levelText = colon < 0 ? rest : rest.substring(0, colon);
    Level level = Level.parse(levelText).orElseThrow(() -> new IllegalArgumentException(
        "--what-if " + text + ": \"" + levelText + "\" is not a level; choose privileged, baseline or restricted"));
    Optional<Version> version = Optional.empty();
    if (colon >= 0) {
      String v = rest.substring(colon + 1);
      version = Optional.of(Version.parse(v).orElseThrow(() -> new IllegalArgumentException(
          "--what-if " + text + ": \"" + v + "\" is not a version; write latest or v1.N")));
    }
    return new WhatIf(ns, level, version);
  }
}
