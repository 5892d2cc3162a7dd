package dev.kubeward.cis.tls;

import java.time.Instant;
import java.util.List;

/**
 * The certificates a benchmark run read (named by the components' flags on a node, or found under
 * {@code --certs}), each with its facts and the findings of the certificate rules.
 */
public record CertificateReport(List<Entry> entries) {

  public static final CertificateReport EMPTY = new CertificateReport(List.of());

  public CertificateReport {
    entries = List.copyOf(entries);
  }

  /** A finding about a certificate: the rule, and what is wrong. */
  public record Finding(String rule, String message) {}

  /**
   * One certificate: where it was read ({@code file}, with {@code #n} for the n-th of a bundle),
   * who uses it ({@code kube-apiserver --tls-cert-file}), and its facts.
   */
  public record Entry(
      String file,
      String subject,
      String issuer,
      Instant notAfter,
      long daysLeft,
      String key,
      String signature,
      boolean ca,
      List<String> sans,
      List<String> usedBy,
      List<Finding> findings) {}

  public int findings() {
    return entries.stream().mapToInt(e -> e.findings().size()).sum();
  }
}
