package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An Ingress without {@code spec.tls} is reported once; with it, each rule whose host no TLS
 * entry covers is reported on its own. A TLS entry without hosts covers every host (the
 * controller's default certificate); {@code *.example.com} covers one label below it.
 */
@CheckInfo(
    id = "KW-0059",
    summary = "Ingress serves hosts without TLS",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Add a spec.tls entry with a certificate Secret for every host of the Ingress's rules.",
    references = {"mitre:T1040", "mitre:T1557", "k8s:docs/concepts/services-networking/ingress/#tls"})
public final class IngressWithoutTls implements ResourceCheck {

  private static final Set<String> GROUPS = Set.of("networking.k8s.io", "extensions");

  @Override
  public Set<String> kinds() {
    return Set.of("Ingress");
  }

  @Override
  public void check(Resource ingress, Findings findings) {
    if (!GROUPS.contains(ingress.group())) {
      return;
    }
    List<Field> tls = ingress.root().at("spec", "tls").map(Field::items).orElse(List.of());
    if (tls.isEmpty()) {
      findings.at(ingress.root().nearest("spec", "tls")).report("Ingress %s has no tls: all its hosts are served over plain HTTP", ingress.name());
      return;
    }
    // The hosts of every TLS entry; an entry without hosts covers every host, and then no rule is reported.
    List<String> certs = new ArrayList<>();
    for (Field t : tls) {
      int before = certs.size();
      for (Field h : t.get("hosts").map(Field::items).orElse(List.of())) {
        h.text().ifPresent(host -> certs.add(host.toLowerCase(Locale.ROOT)));
      }
      if (certs.size() == before) {
        return;
      }
    }
    for (Field rule : ingress.root().at("spec", "rules").map(Field::items).orElse(List.of())) {
      Optional<Field> hostField = rule.get("host");
      Optional<String> host = hostField.flatMap(Field::text).map(h -> h.toLowerCase(Locale.ROOT));
      if (host.isEmpty()) {
        findings.at(rule).report("Ingress %s: the rule for any host is served over plain HTTP; no tls entry covers it", ingress.name());
      } else if (!coveredBy(certs, host.get())) {
        findings.at(hostField.get()).report("Ingress %s: host %s is served over plain HTTP; no tls entry lists it", ingress.name(), host.get());
      }
    }
  }

  /** Whether a certificate host covers {@code host}: a loop, as every rule of every Ingress asks. */
  private static boolean coveredBy(List<String> certs, String host) {
    for (String cert : certs) {
      if (covers(cert, host)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(String cert, String host) {
    if (cert.equals(host)) {
      return true;
    }
    int dot = host.indexOf('.');
    return cert.startsWith("*.") && !host.startsWith("*.") && dot > 0 && host.substring(dot).equals(cert.substring(1));
  }
}
