package dev.kubeward.pss.checks;

import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sharing the host's network, PID or IPC namespace must be disallowed. */
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
