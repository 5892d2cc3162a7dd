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
    id = "KW-0414",
    summary = "Control-plane component serves profiling data",
    severity = Severity.LOW,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set --profiling=false on the API server, controller manager and scheduler.",
    references = {"cis:1.2.15", "cis:1.3.2", "cis:1.4.1", "mitre:T1082"})
public final class ProfilingEnabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER, Component.CONTROLLER_MANAGER, Component.SCHEDULER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    String control = switch (c.component()) {
      case API_SERVER -> "1.2.15";
      case CONTROLLER_MANAGER -> "1.3.2";
      default -> "1.4.1";
    };
    FlagRules.bool(c, out, control, "profiling", true, false,
        "/debug/pprof exposes heap, goroutine and CPU profiles (memory contents and internals) to anyone authorized for it, and profiling costs CPU");
  }
}
