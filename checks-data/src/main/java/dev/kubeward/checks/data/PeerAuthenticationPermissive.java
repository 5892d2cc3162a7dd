package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.Optional;
import java.util.Set;

/**
 * PERMISSIVE accepts mutual TLS and plain text alike, so anything that reaches a pod without a
 * sidecar talks to it unauthenticated and unencrypted. A mesh-wide policy (root namespace, no
 * selector) that leaves the mode unset is PERMISSIVE too: that is Istio's default. A namespace or
 * workload policy with mode UNSET inherits from its parent and is not reported.
 */
@CheckInfo(
    id = "KW-0581",
    summary = "Istio PeerAuthentication accepts plain text (PERMISSIVE)",
    severity = Severity.MEDIUM,
    category = Category.DATA_PROTECTION,
    remediation = "Set mtls.mode to STRICT once every client of the workloads runs a sidecar; keep PERMISSIVE only for a migration.",
    references = {"nsa:network/encryption", "mitre:T1040", "mitre:T1557"})
public final class PeerAuthenticationPermissive implements ResourceCheck {

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
    Optional<Field> mode = pa.root().at("spec", "mtls", "mode");
    String value = mode.flatMap(Field::text).orElse("UNSET");
    if (value.equals("PERMISSIVE")) {
      findings.at(mode.get()).report("PeerAuthentication %s accepts plain text as well as mutual TLS %s",
          pa.name(), Mesh.scope(pa, root));
    } else if (value.equals("UNSET") && Mesh.meshWide(pa, root)) {
      findings.at(mode.orElse(pa.root().nearest("spec", "mtls", "mode"))).report(
          "mesh-wide PeerAuthentication %s leaves the mode unset, which Istio treats as PERMISSIVE: plain text is accepted mesh-wide",
          pa.name());
    }
    for (var port : pa.root().at("spec", "portLevelMtls").map(Field::entries).orElse(java.util.List.of())) {
      port.value().at("mode").filter(m -> m.text().filter("PERMISSIVE"::equals).isPresent()).ifPresent(m ->
          findings.at(m).report("PeerAuthentication %s accepts plain text on port %s", pa.name(), port.key()));
    }
  }
}
