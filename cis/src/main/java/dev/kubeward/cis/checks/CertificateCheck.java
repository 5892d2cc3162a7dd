package dev.kubeward.cis.checks;

import dev.kubeward.cis.tls.Certificates;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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

  /**
   * The shared reading's test, asked once per Secret or ConfigMap for all the module's certificate
   * rules: most hold no certificate, and then none of the rules looks further.
   */
  @Override
  public Optional<Predicate<Resource>> gate() {
    return Optional.of(reading.holdsCertificates);
  }

  private static final String[] SECTIONS = {"data", "stringData"};

  /**
   * The certificates a resource keeps, with the entry each is in, in source order. Read from the
   * nodes: a value is judged by its key (in a Secret) and its text first, and a located field is
   * made only of an entry that holds a certificate; the entries are those {@link Field#entries}
   * gives of the section ({@code r.root().get(section)}).
   */
  static List<CertificateReading.Found> read(Resource r) {
    List<CertificateReading.Found> out = List.of();
    boolean secret = r.kind().equals("Secret");
    if (!(r.root().node() instanceof MapNode root)) {
      return out;
    }
    for (String section : SECTIONS) {
      int at = root.indexOf(section);
      if (at < 0 || !(root.value(at) instanceof MapNode entries)) {
        continue;
      }
      boolean encoded = secret && section.equals("data");
      for (int i = 0; i < entries.size(); i++) {
        String key = entries.name(i);
        if (secret && !(key.endsWith(".crt") || key.endsWith(".pem") || key.endsWith(".cert"))) {
          continue;
        }
        if (!(entries.value(i) instanceof ScalarNode value) || value.isNull()) {
          continue; // Field.text is empty for anything but a scalar that is not null
        }
        String text = value.value();
        if (!encoded && !mayHoldCertificate(text)) {
          continue;
        }
        Optional<byte[]> bytes = decode(text, encoded);
        if (bytes.isEmpty() || !Certificates.looksLikeCertificate(bytes.get())) {
          continue;
        }
        try {
          List<X509Certificate> certificates = Certificates.parse(bytes.get());
          if (out.isEmpty()) {
            out = new ArrayList<>();
          }
          out.add(new CertificateReading.Found(r.root().get(section).orElseThrow().entries().get(i), certificates));
        } catch (CertificateException ex) {
          continue;
        }
      }
    }
    return out;
  }

  /**
   * Whether plain text could pass {@link Certificates#looksLikeCertificate} once encoded: it needs
   * the PEM header within its first {@value Certificates#HEAD} bytes, or DER's first two bytes (a '0', then a
   * byte only a non-ASCII character encodes to). The header is ASCII and every character encodes
   * to one byte or more, so a header within the first {@value Certificates#HEAD} bytes of the
   * encoding is within the first {@value Certificates#HEAD} characters: the rest of a long value (a dashboard, a script)
   * is not searched. Most ConfigMap values have neither and are not copied to bytes at all.
   */
  static boolean mayHoldCertificate(String text) {
    return text.indexOf(PEM_HEADER, 0, Math.min(text.length(), Certificates.HEAD)) >= 0
        || (text.length() > 1 && text.charAt(0) == '0' && text.charAt(1) >= 0x80);
  }

  private static final String PEM_HEADER = "-----BEGIN CERTIFICATE-----";


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
