package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.cis.node.NodeFiles;
import dev.kubeward.cis.tls.Certificates;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@CheckInfo(
    id = "KW-0475",
    summary = "API server certificate does not name the addresses clients use",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Reissue the API server's serving certificate with the kubernetes Service names, the Service IP and the advertise address among its subject alternative names.",
    references = {"mitre:T1557"})
public final class ApiServerCertificateMissingSan extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    var file = c.flag("tls-cert-file");
    if (!file.explicit()) {
      return;
    }
    Optional<List<X509Certificate>> certs = TlsFiles.read(node, file.text());
    if (certs.isEmpty()) {
      out.warn(ID, "the API server's certificate %s could not be read", file.text());
      return;
    }
    X509Certificate cert = certs.get().get(0);
    List<String> sans = Certificates.sans(cert);
    List<String> missing = new ArrayList<>();
    for (String name : expected(c, out.options().strings("names"), out.options().string("clusterDomain").orElse("cluster.local"))) {
      if (sans.stream().noneMatch(s -> same(s, name))) {
        missing.add(name);
      }
    }
    if (missing.isEmpty()) {
      out.pass(ID, "the API server's certificate %s names %s", file.text(), String.join(", ", sans));
    } else {
      out.failFile(ID, file.text(), "the API server's certificate %s does not name %s: clients that reach it by %s cannot verify it, and are pushed to skip verification",
          file.text(), String.join(", ", missing), missing.size() == 1 ? "that name" : "those names");
    }
  }

  private static final String ID = "KW-0475";

  /** The kubernetes Service's names, its cluster IP (the first of each service range), the advertise address, and extra names. */
  static Set<String> expected(ComponentConfig c, List<String> extra, String domain) {
    Set<String> out = new LinkedHashSet<>(List.of("kubernetes", "kubernetes.default", "kubernetes.default.svc",
        "kubernetes.default.svc." + domain));
    for (String range : c.flag("service-cluster-ip-range").items()) {
      firstAddress(range).ifPresent(out::add);
    }
    var advertise = c.flag("advertise-address");
    if (advertise.explicit() && !advertise.text().isBlank()) {
      out.add(advertise.text());
    }
    out.addAll(extra);
    return out;
  }

  /** The first host address of a CIDR: the kubernetes Service's cluster IP. */
  static Optional<String> firstAddress(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    try {
      byte[] bytes = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
      int prefix = Integer.parseInt(cidr.substring(slash + 1));
      BigInteger addr = new BigInteger(1, bytes);
      int bits = bytes.length * 8;
      BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
      BigInteger first = addr.and(mask).add(BigInteger.ONE);
      byte[] raw = first.toByteArray();
      byte[] fixed = new byte[bytes.length];
      System.arraycopy(raw, Math.max(0, raw.length - fixed.length), fixed, Math.max(0, fixed.length - raw.length),
          Math.min(raw.length, fixed.length));
      return Optional.of(InetAddress.getByAddress(fixed).getHostAddress());
    } catch (UnknownHostException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean same(String san, String name) {
    if (san.equalsIgnoreCase(name)) {
      return true;
    }
    try {
      if (san.matches("[0-9a-fA-F:.]+") && name.matches("[0-9a-fA-F:.]+")) {
        return InetAddress.getByName(san).equals(InetAddress.getByName(name));
      }
    } catch (UnknownHostException e) {
      return false;
    }
    return false;
  }
}
