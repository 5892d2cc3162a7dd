package dev.kubeward.cis.tls;

import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Reading X.509 certificates (PEM, one or more, or DER) with the JDK's own parser, and the facts
 * the checks judge: key algorithm and size, signature algorithm, names, whether it is a CA.
 */
public final class Certificates {

  private static final String BEGIN = "-----BEGIN CERTIFICATE-----";

  private static final java.util.regex.Pattern PEM_BLOCK =
      java.util.regex.Pattern.compile("-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\\s]+-----END CERTIFICATE-----");

  private Certificates() {}

  /** How many leading bytes {@link #looksLikeCertificate} searches for the PEM header. */
  public static final int HEAD = 4096;

  /** Whether {@code bytes} look like certificate material rather than, say, a key or a kubeconfig. */
  public static boolean looksLikeCertificate(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HEAD), java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.contains("-----BEGIN CERTIFICATE-----") || (bytes.length > 2 && bytes[0] == 0x30 && (bytes[1] & 0xff) >= 0x80);
  }

  /**
   * The certificates in {@code bytes}, in order (a bundle gives several).
   *
   * @throws CertificateException when they cannot be parsed
   */
  public static List<X509Certificate> parse(byte[] bytes) throws CertificateException {
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    List<X509Certificate> out = new ArrayList<>();
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (text.contains(BEGIN)) {
      // Only the certificate blocks: a PEM file may also hold a private key, which is never read.
      java.util.regex.Matcher m = PEM_BLOCK.matcher(text);
      while (m.find()) {
        out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(
            m.group().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
      }
    } else {
      Collection<? extends java.security.cert.Certificate> all = cf.generateCertificates(new ByteArrayInputStream(bytes));
      for (java.security.cert.Certificate c : all) {
        out.add((X509Certificate) c);
      }
    }
    if (out.isEmpty()) {
      throw new CertificateException("no certificate in the input");
    }
    return out;
  }

  /** The key's algorithm and size: {@code RSA 2048}, {@code EC 256}, {@code Ed25519}. */
  public static String keyDescription(X509Certificate cert) {
    return keyAlgorithm(cert) + keyBits(cert).map(b -> " " + b).orElse("");
  }

  public static String keyAlgorithm(X509Certificate cert) {
    return cert.getPublicKey().getAlgorithm();
  }

  /** The key size in bits, where the algorithm has one that matters (RSA, EC, DSA). */
  public static java.util.Optional<Integer> keyBits(X509Certificate cert) {
    PublicKey k = cert.getPublicKey();
    return switch (k) {
      case RSAPublicKey r -> java.util.Optional.of(r.getModulus().bitLength());
      case ECPublicKey e -> java.util.Optional.of(e.getParams().getCurve().getField().getFieldSize());
      case DSAPublicKey d -> java.util.Optional.of(d.getParams().getP().bitLength());
      default -> java.util.Optional.empty();
    };
  }

  public static boolean isCa(X509Certificate cert) {
    return cert.getBasicConstraints() >= 0;
  }

  public static boolean selfSigned(X509Certificate cert) {
    if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
      return false;
    }
    try {
      cert.verify(cert.getPublicKey());
      return true;
    } catch (java.security.GeneralSecurityException e) {
      return false;
    }
  }

  /** Whether {@code issuer}'s key signed {@code cert}. */
  public static boolean signedBy(X509Certificate cert, X509Certificate issuer) {
    if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      return false;
    }
    try {
      cert.verify(issuer.getPublicKey());
      return true;
    } catch (java.security.GeneralSecurityException e) {
      return false;
    }
  }

  /** The DNS names and IP addresses of the subject alternative names. */
  public static List<String> sans(X509Certificate cert) {
    List<String> out = new ArrayList<>();
    try {
      Collection<List<?>> names = cert.getSubjectAlternativeNames();
      if (names != null) {
        for (List<?> n : names) {
          int type = (Integer) n.get(0);
          if (type == 2 || type == 7) {
            out.add(String.valueOf(n.get(1)));
          }
        }
      }
    } catch (CertificateParsingException e) {
      return out;
    }
    return out;
  }

  /** A weak signature algorithm's digest (MD2, MD5, SHA-1), if the certificate has one. */
  public static java.util.Optional<String> weakDigest(X509Certificate cert) {
    String alg = cert.getSigAlgName().toUpperCase(Locale.ROOT);
    for (String weak : List.of("MD2", "MD5", "SHA1")) {
      if (alg.startsWith(weak + "WITH") || alg.equals(weak)) {
        return java.util.Optional.of(weak.equals("SHA1") ? "SHA-1" : weak);
      }
    }
    return java.util.Optional.empty();
  }

  /** The subject's common name, else the whole subject. */
  public static String name(X509Certificate cert) {
    String dn = cert.getSubjectX500Principal().getName();
    for (String part : dn.split(",")) {
      if (part.startsWith("CN=")) {
        return part.substring(3);
      }
    }
    return dn;
  }
}
