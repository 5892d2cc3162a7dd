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

  /** The control's title, for frameworks whose controls kubeward lists (PSS, NSA/CISA). */
  public Optional<String> title() {
    return Optional.ofNullable(Controls.TITLES.get(toString()));
  }

  /**
   * Whether the control exists: listed for PSS and NSA/CISA, well formed for the others (CIS
   * ids are also checked against the benchmark's definitions where tests have them).
   */
  public boolean resolves() {
    return switch (framework) {
      case PSS, NSA -> title().isPresent();
      case CIS -> control.matches("\\d+(\\.\\d+)+");
      case MITRE -> control.matches("T\\d{4}(\\.\\d{3})?");
      case CVE -> control.matches("CVE-\\d{4}-\\d{4,}");
      case K8S -> control.matches("[a-z0-9/._#-]+");
    };
  }

  /** The control list, read once from controls.tsv beside this class. */
  private static final class Controls {
    static final java.util.Map<String, String> TITLES = load();

    private static java.util.Map<String, String> load() {
      java.util.Map<String, String> out = new java.util.HashMap<>();
      try (var in = Reference.class.getResourceAsStream("controls.tsv")) {
        if (in == null) {
          throw new IllegalStateException("controls.tsv is missing from the class path");
        }
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          String[] cols = line.split("\t");
          if (!line.startsWith("#") && cols.length == 3) {
            out.put(cols[0] + ":" + cols[1], cols[2]);
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return java.util.Map.copyOf(out);
    }
  }

  @Override
  public String toString() {
    return framework.prefix() + ":" + control;
  }
}
