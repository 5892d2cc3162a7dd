package dev.kubeward.cis.checks;

import dev.kubeward.cis.node.NodeFiles;
import dev.kubeward.cis.tls.Certificates;
import java.io.IOException;
import java.nio.file.Files;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** Certificate files on a node, read for the checks that relate them. */
final class TlsFiles {

  private TlsFiles() {}

  /** The certificates of a node file; empty when it is absent or not certificates. */
  static Optional<List<X509Certificate>> read(NodeFiles node, String path) {
    try {
      byte[] bytes = Files.readAllBytes(node.resolve(path));
      return Optional.of(Certificates.parse(bytes));
    } catch (IOException | CertificateException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
