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
    id = "KW-0473",
    summary = "Certificate has a weak key",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Issue a new certificate with an RSA key of 2048 bits or more, or an ECDSA P-256 or Ed25519 key.",
    references = {"mitre:T1600"})
public final class WeakCertificateKey extends CertificateCheck {

  @Override
  public Optional<String> judge(X509Certificate cert, Instant now, CheckOptions options) {
    String alg = Certificates.keyAlgorithm(cert);
    Optional<Integer> bits = Certificates.keyBits(cert);
    if (alg.equals("RSA") && bits.filter(b -> b < 2048).isPresent()) {
      return Optional.of("has a " + bits.get() + "-bit RSA key: below 2048 bits it can be factored with affordable computing, "
          + "and then anyone can impersonate its owner");
    }
    if (alg.equals("EC") && bits.filter(b -> b < 256).isPresent()) {
      return Optional.of("has a " + bits.get() + "-bit elliptic curve key: below 256 bits it is too weak to rely on");
    }
    if (alg.equals("DSA")) {
      return Optional.of("has a DSA key: DSA is deprecated (FIPS 186-5) and unsupported by current TLS clients");
    }
    return Optional.empty();
  }
}
