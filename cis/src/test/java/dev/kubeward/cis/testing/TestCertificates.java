package dev.kubeward.cis.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made at test time with BouncyCastle: a CA and the certificates it issues, with the
 * validity, key and signature a test needs. Keys live in memory only; no key is ever written.
 */
public final class TestCertificates {

  /** A certificate and the key pair that can sign with it. */
  public record Issued(X509Certificate certificate, KeyPair keys) {

    public String pem() {
      return TestCertificates.pem(certificate);
    }
  }

  private TestCertificates() {}

  public static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(bits);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static KeyPair ec() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(256);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A self-signed CA. */
  public static Issued ca(String cn, Instant from, Instant until) {
    KeyPair keys = rsa(2048);
    return new Issued(build(cn, keys, cn, keys, from, until, true, List.of(), "SHA256withRSA"), keys);
  }

  /** A certificate for {@code cn} (with DNS or IP names {@code sans}) issued by {@code issuer}. */
  public static Issued issue(Issued issuer, String cn, KeyPair keys, Instant from, Instant until, List<String> sans,
      String signature) {
    String issuerCn = issuer.certificate().getSubjectX500Principal().getName().replaceFirst("^CN=", "");
    return new Issued(build(cn, keys, issuerCn, issuer.keys(), from, until, false, sans, signature), keys);
  }

  /** A random positive serial, as CAs issue them: no state shared between tests. */
  private static BigInteger nextSerial() {
    return new BigInteger(63, new java.security.SecureRandom()).add(BigInteger.ONE);
  }

  private static X509Certificate build(String cn, KeyPair keys, String issuerCn, KeyPair issuerKeys, Instant from,
      Instant until, boolean ca, List<String> sans, String signature) {
    try {
      JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name("CN=" + issuerCn), nextSerial(),
          Date.from(from), Date.from(until), new X500Name("CN=" + cn), keys.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      if (!sans.isEmpty()) {
        List<GeneralName> names = new ArrayList<>();
        for (String s : sans) {
          names.add(s.matches("[0-9.]+|[0-9a-fA-F:]+:[0-9a-fA-F:]*")
              ? new GeneralName(GeneralName.iPAddress, s) : new GeneralName(GeneralName.dNSName, s));
        }
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
      }
      String alg = issuerKeys.getPrivate().getAlgorithm().equals("EC") ? signature.replace("RSA", "ECDSA") : signature;
      return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(alg).build(issuerKeys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException("cannot make a test certificate for " + cn, e);
    }
  }

  public static String pem(X509Certificate c) {
    StringWriter w = new StringWriter();
    try (JcaPEMWriter p = new JcaPEMWriter(w)) {
      p.writeObject(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
