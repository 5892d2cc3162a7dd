package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.KubeletSetting;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import java.util.List;
import java.util.Set;

@CheckInfo(
    id = "KW-0426",
    summary = "API server or kubelet may negotiate cipher suites outside the benchmark's list",
    severity = Severity.LOW,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set --tls-cipher-suites (the kubelet's tlsCipherSuites) to suites of the benchmark's list only.",
    references = {"cis:1.2.29", "cis:4.2.12", "mitre:T1557"})
public final class WeakTlsCipherSuites extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER, Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    boolean kubelet = c.component() == Component.KUBELET;
    String control = kubelet ? "4.2.12" : "1.2.29";
    var s = kubelet ? c.kubelet(KubeletSetting.TLS_CIPHER_SUITES) : c.flag("tls-cipher-suites");
    List<String> allowed = out.options().strings("allowed").isEmpty()
        ? List.of((kubelet ? KUBELET_SUITES : API_SERVER_SUITES).split(",")) : out.options().strings("allowed");
    if (s.unknown()) {
      out.warn(control, "the %s's cipher suites are %s", who(c), s.describe());
    } else if (!s.explicit() || s.items().isEmpty()) {
      out.fail(control, at(s, c), "the %s does not choose its TLS cipher suites: it offers whatever the Go runtime it was built with allows, which for older builds includes suites without forward secrecy", who(c));
    } else {
      List<String> weak = s.items().stream().filter(x -> !allowed.contains(x)).toList();
      if (weak.isEmpty()) {
        out.pass(control, "%s offers only accepted cipher suites", who(c));
      } else {
        out.fail(control, at(s, c), "the %s offers cipher suites outside the accepted list: %s", who(c), String.join(", ", weak));
      }
    }
  }

  static final String API_SERVER_SUITES = "TLS_AES_128_GCM_SHA256,TLS_AES_256_GCM_SHA384,TLS_CHACHA20_POLY1305_SHA256,TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256";

  static final String KUBELET_SUITES = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_RSA_WITH_AES_256_GCM_SHA384,TLS_RSA_WITH_AES_128_GCM_SHA256";
}
