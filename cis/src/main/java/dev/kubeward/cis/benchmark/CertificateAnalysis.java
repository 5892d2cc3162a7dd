package dev.kubeward.cis.benchmark;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.KubeletSetting;
import dev.kubeward.cis.Setting;
import dev.kubeward.cis.checks.CertificateCheck;
import dev.kubeward.cis.node.NodeFiles;
import dev.kubeward.cis.tls.CertificateReport;
import dev.kubeward.cis.tls.CertificateSource;
import dev.kubeward.cis.tls.Certificates;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.source.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The TLS material of a control plane: every certificate file the components' flags name (on a
 * node), or every certificate under a folder ({@code --certs}), judged by the certificate rules
 * (validity against {@code now}, key, signature). Only certificate blocks are read; a private key
 * in the same file is skipped.
 */
public final class CertificateAnalysis {

  /** The flags (and kubelet settings) that name certificate files, per component. */
  private static final Map<Component, List<String>> CERT_FLAGS = Map.of(
      Component.API_SERVER, List.of("tls-cert-file", "client-ca-file", "kubelet-client-certificate",
          "kubelet-certificate-authority", "etcd-certfile", "etcd-cafile", "proxy-client-cert-file",
          "requestheader-client-ca-file"),
      Component.CONTROLLER_MANAGER, List.of("root-ca-file", "cluster-signing-cert-file", "client-ca-file"),
      Component.SCHEDULER, List.of("client-ca-file"),
      Component.ETCD, List.of("cert-file", "peer-cert-file", "trusted-ca-file", "peer-trusted-ca-file"),
      Component.PROXY, List.of());

  private final List<Rule> rules;
  private final Function<Rule, CheckOptions> options;

  public CertificateAnalysis(List<Rule> rules, Function<Rule, CheckOptions> options) {
    this.rules = rules.stream().filter(r -> r.check() instanceof CertificateCheck).toList();
    this.options = options;
  }

  /**
   * A certificate whose issuer is among the given certificates (same name) but whose signature
   * none of them verifies: a CA was replaced, or the certificate was issued by a look-alike.
   */
  static java.util.Optional<String> brokenChain(X509Certificate c, List<X509Certificate> all) {
    if (Certificates.selfSigned(c)) {
      return java.util.Optional.empty();
    }
    List<X509Certificate> named = all.stream().filter(a -> a != c && Certificates.isCa(a)
        && a.getSubjectX500Principal().equals(c.getIssuerX500Principal())).toList();
    if (named.isEmpty() || named.stream().anyMatch(a -> Certificates.signedBy(c, a))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of("certificate " + Certificates.name(c) + " names " + c.getIssuerX500Principal().getName()
        + " as its issuer, but the signature does not verify with that CA's key: whoever trusts the CA rejects it");
  }

  /** The certificate files the components name, on their node. */
  public static List<CertificateSource> named(List<ComponentConfig> components, NodeFiles node) {
    Map<String, List<String>> users = new LinkedHashMap<>();
    for (ComponentConfig c : components) {
      List<Setting> settings = new ArrayList<>();
      if (c.component() == Component.KUBELET) {
        settings.add(c.kubelet(KubeletSetting.TLS_CERT_FILE));
        settings.add(c.kubelet(KubeletSetting.CLIENT_CA_FILE));
      } else {
        CERT_FLAGS.getOrDefault(c.component(), List.of()).forEach(f -> settings.add(c.flag(f)));
      }
      for (Setting s : settings) {
        if (s.explicit() && !s.text().isBlank()) {
          users.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(c.component().binary() + " " + s.name());
        }
      }
    }
    List<CertificateSource> out = new ArrayList<>();
    users.forEach((path, by) -> {
      if (Files.isRegularFile(node.resolve(path))) {
        out.add(new CertificateSource(node.resolve(path), path, List.copyOf(by)));
      }
    });
    return out;
  }

  /** Every certificate file under {@code dir} (*.crt, *.pem, *.cert, *.cer), sorted. */
  public static List<CertificateSource> under(Path dir, List<InputProblem> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(InputProblem.error(dir.toString(), "--certs names no folder: give the folder holding the certificates (e.g. /etc/kubernetes/pki)"));
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.(crt|pem|cert|cer)$"))
          .sorted()
          .map(p -> new CertificateSource(p, p.toString(), List.of()))
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(InputProblem.error(dir.toString(), "cannot list the certificates: " + e.getMessage()));
      return List.of();
    }
  }

  /** The rule whose finding a broken chain among the given certificates is. */
  private static final String CHAIN_RULE = "KW-0476";

  public CertificateReport run(List<CertificateSource> sources, Instant now, List<InputProblem> problems) {
    List<CertificateReport.Entry> entries = new ArrayList<>();
    List<X509Certificate> all = new ArrayList<>();
    for (CertificateSource src : sources) {
      try {
        byte[] bytes = Files.readAllBytes(src.local());
        if (Certificates.looksLikeCertificate(bytes)) {
          all.addAll(Certificates.parse(bytes));
        }
      } catch (IOException | CertificateException | RuntimeException e) {
        // reported below, where each file is read for its entries
      }
    }
    for (CertificateSource src : sources) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(src.local());
      } catch (IOException e) {
        problems.add(InputProblem.warning(src.name(), 0, 0, "cannot read this certificate file: " + e.getMessage()));
        continue;
      }
      if (!Certificates.looksLikeCertificate(bytes)) {
        continue;
      }
      List<X509Certificate> certs;
      try {
        certs = Certificates.parse(bytes);
      } catch (CertificateException | RuntimeException e) {
        problems.add(InputProblem.error(src.name(), "not a readable X.509 certificate: " + e.getMessage()));
        continue;
      }
      for (int i = 0; i < certs.size(); i++) {
        X509Certificate c = certs.get(i);
        List<CertificateReport.Finding> findings = new ArrayList<>();
        for (Rule r : rules) {
          ((CertificateCheck) r.check()).judge(c, now, options.apply(r))
              .ifPresent(m -> findings.add(new CertificateReport.Finding(r.id(), "certificate " + Certificates.name(c) + " " + m)));
        }
        brokenChain(c, all).ifPresent(m -> findings.add(new CertificateReport.Finding(CHAIN_RULE, m)));
        entries.add(new CertificateReport.Entry(
            src.name() + (certs.size() > 1 ? " #" + (i + 1) : ""),
            c.getSubjectX500Principal().getName(),
            c.getIssuerX500Principal().getName(),
            c.getNotAfter().toInstant(),
            Math.floorDiv(Duration.between(now, c.getNotAfter().toInstant()).toHours(), 24),
            Certificates.keyDescription(c),
            c.getSigAlgName(),
            Certificates.isCa(c),
            Certificates.sans(c),
            src.usedBy(),
            findings));
      }
    }
    return new CertificateReport(entries);
  }
}
