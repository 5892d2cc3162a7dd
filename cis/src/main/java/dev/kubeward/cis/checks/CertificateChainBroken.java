package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.KubeletSetting;
import dev.kubeward.cis.Setting;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.cis.node.NodeFiles;
import dev.kubeward.cis.tls.Certificates;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

@CheckInfo(
    id = "KW-0476",
    summary = "Certificate is not issued by the CA its peer verifies it with",
    severity = Severity.HIGH,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Reissue the certificate from the CA the peer trusts, or point the peer's CA flag at the CA that issued it.",
    references = {"mitre:T1557"})
public final class CertificateChainBroken extends NodeFileCheck {

  /** A certificate one component presents, and the CA bundle the component at the other end verifies it with. */
  private record Link(Component owner, String certFlag, Component verifier, String caFlag, Function<ComponentConfig, Setting> cert,
      Function<ComponentConfig, Setting> ca) {}

  private static final List<Link> LINKS = List.of(
      new Link(Component.API_SERVER, "--tls-cert-file", Component.CONTROLLER_MANAGER, "--root-ca-file",
          c -> c.flag("tls-cert-file"), c -> c.flag("root-ca-file")),
      new Link(Component.API_SERVER, "--etcd-certfile", Component.ETCD, "--trusted-ca-file",
          c -> c.flag("etcd-certfile"), c -> c.flag("trusted-ca-file")),
      new Link(Component.API_SERVER, "--kubelet-client-certificate", Component.KUBELET, "clientCAFile",
          c -> c.flag("kubelet-client-certificate"), c -> c.kubelet(KubeletSetting.CLIENT_CA_FILE)),
      new Link(Component.API_SERVER, "--proxy-client-cert-file", Component.API_SERVER, "--requestheader-client-ca-file",
          c -> c.flag("proxy-client-cert-file"), c -> c.flag("requestheader-client-ca-file")),
      new Link(Component.ETCD, "--cert-file", Component.API_SERVER, "--etcd-cafile",
          c -> c.flag("cert-file"), c -> c.flag("etcd-cafile")),
      new Link(Component.ETCD, "--peer-cert-file", Component.ETCD, "--peer-trusted-ca-file",
          c -> c.flag("peer-cert-file"), c -> c.flag("peer-trusted-ca-file")),
      new Link(Component.KUBELET, "tlsCertFile", Component.API_SERVER, "--kubelet-certificate-authority",
          c -> c.kubelet(KubeletSetting.TLS_CERT_FILE), c -> c.flag("kubelet-certificate-authority")));

  private static final String ID = "KW-0476";

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER, Component.ETCD, Component.KUBELET);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    for (Link link : LINKS) {
      if (link.owner() != c.component()) {
        continue;
      }
      Setting cert = link.cert().apply(c);
      if (!cert.explicit() || cert.text().isBlank()) {
        continue;
      }
      List<ComponentConfig> verifiers = link.verifier() == c.component() ? List.of(c) : inventory.of(link.verifier());
      for (ComponentConfig v : verifiers) {
        Setting ca = link.ca().apply(v);
        if (!ca.explicit() || ca.text().isBlank()) {
          continue;
        }
        Optional<List<X509Certificate>> leaf = TlsFiles.read(node, cert.text());
        Optional<List<X509Certificate>> bundle = TlsFiles.read(node, ca.text());
        if (leaf.isEmpty() || bundle.isEmpty()) {
          continue;
        }
        X509Certificate presented = leaf.get().get(0);
        List<X509Certificate> chain = new ArrayList<>(leaf.get());
        boolean trusted = bundle.get().stream().anyMatch(a -> a.equals(presented)
            || chain.stream().anyMatch(x -> Certificates.signedBy(x, a)));
        String what = "the " + c.component().title() + "'s certificate " + cert.text() + " (" + link.certFlag() + ")";
        String peer = "the " + v.component().title() + " (" + link.caFlag() + " " + ca.text() + ")";
        if (trusted) {
          out.pass(ID, "%s is issued by a CA %s trusts", what, peer);
        } else {
          out.failFile(ID, cert.text(), "%s is issued by %s, which %s does not trust: connections between them fail, or end up unverified",
              what, presented.getIssuerX500Principal().getName(), peer);
        }
      }
    }
  }
}
