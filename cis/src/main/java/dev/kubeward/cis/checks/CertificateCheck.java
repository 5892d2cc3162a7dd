package dev.kubeward.cis.checks;

import dev.kubeward.cis.tls.Certificates;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A check of one certificate's own material (validity, key, signature). {@code kubeward cis} runs
 * it on the certificate files the components name (or {@code --certs}); as a scan rule it runs on
 * certificates kept in manifests: a Secret's {@code tls.crt}, {@code ca.crt} or other {@code *.crt}
 * and {@code *.pem} keys, and ConfigMap values holding PEM certificates ({@code kube-root-ca.crt}).
 * Scans judge validity against the current time.
 */
public abstract class CertificateCheck implements ResourceCheck {

  /** What is wrong with the certificate, if anything, in words that follow its name. */
  public abstract Optional<String> judge(X509Certificate cert, Instant now, CheckOptions options);

  @Override
  public Set<String> kinds() {
    return Set.of("Secret", "ConfigMap");
  }

  /** Shared by the module's certificate rules (see {@link CisChecks#all()}); a rule made alone reads for itself. */
  private CertificateReading reading = new CertificateReading();

  final void share(CertificateReading shared) {
    this.reading = shared;
  }

  @Override
  public void check(Resource r, Findings findings) {
    Instant now = Instant.now();
    for (CertificateReading.Found found : reading.of(r)) {
      Field.Entry e = found.entry();
      List<X509Certificate> certs = found.certificates();
      for (int i = 0; i < certs.size(); i++) {
        X509Certificate c = certs.get(i);
        String label = e.key() + (certs.size() > 1 ? " #" + (i + 1) : "");
        judge(c, now, findings.options()).ifPresent(m -> findings.at(e.value())
            .report("certificate %s (%s) %s", Certificates.name(c), label, m));
      }
    }
  }

  /** The certificates a resource keeps, with the entry each is in, in source order. */
  static List<CertificateReading.Found> read(Resource r) {
    List<CertificateReading.Found> out = new ArrayList<>();
    for (String section : List.of("data", "stringData")) {
      for (Field.Entry e : r.root().get(section).map(Field::entries).orElse(List.of())) {
        boolean encoded = r.kind().equals("Secret") && section.equals("data");
        if (r.kind().equals("Secret") && !(e.key().endsWith(".crt") || e.key().endsWith(".pem") || e.key().endsWith(".cert"))) {
          continue;
        }
        Optional<String> text = e.value().text();
        if (text.isEmpty() || (!encoded && !mayHoldCertificate(text.get()))) {
          continue;
        }
        Optional<byte[]> bytes = decode(text.get(), encoded);
        if (bytes.isEmpty() || !Certificates.looksLikeCertificate(bytes.get())) {
          continue;
        }
        try {
          out.add(new CertificateReading.Found(e, Certificates.parse(bytes.get())));
        } catch (CertificateException ex) {
          continue;
        }
      }
    }
    return out;
  }

  /**
   * Whether plain text could pass {@link Certificates#looksLikeCertificate} once encoded: it needs
   * the PEM header, or DER's first two bytes (a '0', then a byte only a non-ASCII character
   * encodes to). Most ConfigMap values have neither and are not copied to bytes at all.
   */
  private static boolean mayHoldCertificate(String text) {
    return text.contains("-----BEGIN CERTIFICATE-----")
        || (text.length() > 1 && text.charAt(0) == '0' && text.charAt(1) >= 0x80);
  }

  private static Optional<byte[]> decode(String text, boolean base64) {
    if (!base64) {
      return Optional.of(text.getBytes(StandardCharsets.UTF_8));
    }
    try {
      return Optional.of(Base64.getMimeDecoder().decode(text.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
