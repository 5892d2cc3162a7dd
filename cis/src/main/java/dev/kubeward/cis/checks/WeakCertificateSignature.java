package dev.kubeward.cis.checks;

import dev.kubeward.cis.tls.Certificates;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Severity;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

@CheckInfo(
    id = "KW-0474",
    summary = "Certificate is signed with a broken hash (SHA-1 or MD5)",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Reissue the certificate with a SHA-256 (or stronger) signature.",
    references = {"mitre:T1600"})
public final class WeakCertificateSignature extends CertificateCheck {

  @Override
  public Optional<String> judge(X509Certificate cert, Instant now, CheckOptions options) {
    // A self-signed root's own signature is never checked by clients: only what it signs matters.
    if (Certificates.selfSigned(cert) && Certificates.isCa(cert)) {
      return Optional.empty();
    }
    return Certificates.weakDigest(cert).map(d -> "is signed with " + cert.getSigAlgName() + ": " + d
        + " collisions are practical, so a certificate with the same signature and another subject can be forged");
  }
}
