package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.Set;

/**
 * {@code mtls.mode: DISABLE} makes the sidecars accept only plain text, for the whole mesh (root
 * namespace, no selector), a namespace, or selected workloads; a {@code portLevelMtls} entry does
 * the same for one port.
 */
@CheckInfo(
    id = "KW-0580",
    summary = "Istio PeerAuthentication disables mutual TLS",
    severity = Severity.HIGH,
    category = Category.DATA_PROTECTION,
    remediation = "Set mtls.mode to STRICT (or remove the DISABLE override) once every client of the workloads runs a sidecar.",
    references = {"nsa:network/encryption", "mitre:T1040", "mitre:T1557"})
public final class PeerAuthenticationDisablesMtls implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of("PeerAuthentication");
  }

  @Override
  public void check(Resource pa, Findings findings) {
    if (!Mesh.security(pa)) {
      return;
    }
    String root = findings.options().string("rootNamespace").orElse(Mesh.DEFAULT_ROOT_NAMESPACE);
    pa.root().at("spec", "mtls", "mode").filter(m -> m.text().filter("DISABLE"::equals).isPresent()).ifPresent(m ->
        findings.at(m).report("PeerAuthentication %s turns mutual TLS off %s: traffic is accepted in plain text",
            pa.name(), Mesh.scope(pa, root)));
    for (var port : pa.root().at("spec", "portLevelMtls").map(Field::entries).orElse(java.util.List.of())) {
      port.value().at("mode").filter(m -> m.text().filter("DISABLE"::equals).isPresent()).ifPresent(m ->
          findings.at(m).report("PeerAuthentication %s turns mutual TLS off on port %s: that port accepts plain text",
              pa.name(), port.key()));
    }
  }
}
