package dev.kubeward.cis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cis.testing.TestCertificates;
import dev.kubeward.cis.tls.Certificates;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.testing.Manifests;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CertificateCheck#read}, which judges entries from the nodes and searches only the head of
 * long values, finds what the plain reading finds (every entry as a field, every value decoded and
 * judged whole): compared on generated Secrets and ConfigMaps holding certificates, certificates
 * after long text, DER-like and random values.
 */
class CertificateReadTest {

  @Test
  void theReadFindsWhatThePlainReadFinds() throws Exception {
    Instant now = Instant.now();
    String pem = TestCertificates.ca("test-ca", now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS)).pem();
    Random random = new Random(20261123);
    int withCertificates = 0;
    for (int n = 0; n < 400; n++) {
      boolean secret = random.nextBoolean();
      StringBuilder y = new StringBuilder("apiVersion: v1\nkind: " + (secret ? "Secret" : "ConfigMap") + "\nmetadata: {name: x}\n");
      for (String section : new String[] {"data", "stringData"}) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        y.append(section).append(":\n");
        int entries = random.nextInt(4);
        for (int i = 0; i < entries; i++) {
          String key = new String[] {"tls.crt", "ca.pem", "x.cert", "password", "ca-bundle", "app.properties"}[random.nextInt(6)] + i;
          String value = value(random, pem, secret && section.equals("data"));
          y.append("  ").append(key.replaceAll("\\d$", i % 2 == 0 ? "" : "-" + i)).append(": ");
          if (value == null) {
            y.append("null\n");
          } else {
            y.append("|\n");
            for (String line : value.split("\n", -1)) {
              y.append("    ").append(line).append('\n');
            }
          }
        }
      }
      List<Resource> read = Manifests.read(y.toString()).resources();
      assertThat(read).as("resources of\n%s", y).hasSize(1);
      Resource r = read.get(0);
      List<String> fast = describe(CertificateCheck.read(r));
      assertThat(fast).as("certificates of\n%s", y).isEqualTo(describe(plainRead(r)));
      if (!fast.isEmpty()) {
        withCertificates++;
      }
    }
    assertThat(withCertificates).isGreaterThan(40);
  }

  /** A value: a certificate (PEM, base64 or not, maybe after text), long text, DER-like bytes, random base64, null. */
  private static String value(Random random, String pem, boolean encode) {
    String text = switch (random.nextInt(7)) {
      case 0 -> pem;
      case 1 -> "# bundle\n" + "x".repeat(random.nextInt(5000)) + "\n" + pem;
      case 2 -> "line of text\n".repeat(random.nextInt(600));
      case 3 -> "0" + (char) (0xA0 + random.nextInt(0x50)) + "rest";
      case 4 -> Base64.getEncoder().encodeToString(new byte[random.nextInt(1500) + 1]).replace('A', 'Q');
      case 5 -> null;
      default -> "plain value";
    };
    if (text == null || !encode || random.nextInt(4) == 0) {
      return text;
    }
    return Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> describe(List<CertificateReading.Found> found) {
    List<String> out = new ArrayList<>();
    for (CertificateReading.Found f : found) {
      out.add(f.entry().key() + " " + f.entry().value() + " " + f.certificates().stream().map(X509Certificate::getSerialNumber).toList());
    }
    return out;
  }

  /** The reading as it was written before the fast one: every entry a field, every value decoded and judged whole. */
  private static List<CertificateReading.Found> plainRead(Resource r) {
    List<CertificateReading.Found> out = new ArrayList<>();
    for (String section : List.of("data", "stringData")) {
      for (Field.Entry e : r.root().get(section).map(Field::entries).orElse(List.of())) {
        boolean encoded = r.kind().equals("Secret") && section.equals("data");
        if (r.kind().equals("Secret") && !(e.key().endsWith(".crt") || e.key().endsWith(".pem") || e.key().endsWith(".cert"))) {
          continue;
        }
        Optional<String> text = e.value().text();
        if (text.isEmpty()) {
          continue;
        }
        byte[] bytes;
        try {
          bytes = encoded ? Base64.getMimeDecoder().decode(text.get().strip()) : text.get().getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ex) {
          continue;
        }
        if (!Certificates.looksLikeCertificate(bytes)) {
          continue;
        }
        try {
          out.add(new CertificateReading.Found(e, Certificates.parse(bytes)));
        } catch (CertificateException ex) {
          continue;
        }
      }
    }
    return out;
  }
}
