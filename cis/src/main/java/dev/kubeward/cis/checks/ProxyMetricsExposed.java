package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import java.util.Set;

@CheckInfo(
    id = "KW-0455",
    summary = "Metrics of kube-proxy are served on every interface",
    severity = Severity.LOW,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set metricsBindAddress to 127.0.0.1:10249 in the KubeProxyConfiguration (or remove --metrics-bind-address).",
    references = {"cis:4.3.1", "mitre:T1046"})
public final class ProxyMetricsExposed extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.PROXY);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var s = c.proxy("metrics-bind-address", "metricsBindAddress", java.util.Optional.of("127.0.0.1:10249"));
    if (s.unknown()) {
      out.warn("4.3.1", "kube-proxy's metricsBindAddress is %s", s.describe());
      return;
    }
    String host = s.text().isBlank() ? "127.0.0.1" : s.text().replaceAll(":\\d+$", "").replaceAll("[\\[\\]]", "");
    if (host.startsWith("127.") || host.equals("::1") || host.equals("localhost")) {
      out.pass("4.3.1", "kube-proxy serves metrics on %s", s.text().isBlank() ? "127.0.0.1:10249" : s.text());
    } else {
      out.fail("4.3.1", at(s, c), "kube-proxy has %s: its metrics (and, with profiling, debug endpoints) are served on the network without authentication", s.describe());
    }
  }
}
