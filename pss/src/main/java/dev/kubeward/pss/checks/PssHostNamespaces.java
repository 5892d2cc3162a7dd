package dev.kubeward.pss.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sharing the host's network, PID or IPC namespace must be disallowed. */
@CheckInfo(
    id = "KW-0102",
    summary = "Pod shares host namespaces (PSS baseline hostNamespaces)",
    severity = Severity.HIGH,
    category = Category.HOST_ISOLATION,
    remediation = "Remove hostNetwork, hostPID and hostIPC or set them to false.",
    references = {"pss:baseline/hostNamespaces", "cis:5.2.3", "cis:5.2.4", "cis:5.2.5", "mitre:T1611"})
public final class PssHostNamespaces extends StandardCheck {

  public PssHostNamespaces() {
    super("hostNamespaces", Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0));
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    if (!pod.hostNetwork() && !pod.hostPID() && !pod.hostIPC()) {
      return Optional.empty();
    }
    List<String> shared = new ArrayList<>(3);
    if (pod.hostNetwork()) {
      shared.add("hostNetwork");
    }
    if (pod.hostPID()) {
      shared.add("hostPID");
    }
    if (pod.hostIPC()) {
      shared.add("hostIPC");
    }
    return violation("host namespaces", String.join("=true, ", shared) + "=true", Locator.spec(shared.get(0)));
  }
}
