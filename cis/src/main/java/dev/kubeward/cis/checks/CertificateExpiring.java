package dev.kubeward.cis.checks;

import dev.kubeward.cis.flags.Comparison;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Severity;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

@CheckInfo(
    id = "KW-0472",
    summary = "Certificate has expired or expires soon",
    severity = Severity.HIGH,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Renew the certificate (kubeadm certs renew, or your issuer) and restart what uses it; rotate automatically where the component can.",
    references = {"k8s:docs/tasks/administer-cluster/kubeadm/kubeadm-certs/"})
public final class CertificateExpiring extends CertificateCheck {

  /** How many days before expiry a certificate is reported, unless the option {@code days} says otherwise. */
  public static final long DEFAULT_DAYS = 30;

  @Override
  public Optional<String> judge(X509Certificate cert, Instant now, CheckOptions options) {
    long days = options.string("days").flatMap(Comparison::decimal).orElse(DEFAULT_DAYS);
    Instant notAfter = cert.getNotAfter().toInstant();
    LocalDate date = LocalDate.ofInstant(notAfter, ZoneOffset.UTC);
    long left = Duration.between(now, notAfter).toDays();
    if (notAfter.isBefore(now)) {
      return Optional.of("expired on " + date + ": every TLS handshake that presents it fails");
    }
    if (cert.getNotBefore().toInstant().isAfter(now)) {
      return Optional.of("is not valid before " + LocalDate.ofInstant(cert.getNotBefore().toInstant(), ZoneOffset.UTC)
          + ": clients reject it until then");
    }
    if (left < days) {
      return Optional.of("expires on " + date + ", in " + left + (left == 1 ? " day" : " days")
          + " (less than " + days + "): renew it before connections start failing");
    }
    return Optional.empty();
  }
}
