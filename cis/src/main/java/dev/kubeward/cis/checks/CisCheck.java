package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.ScanComponents;
import dev.kubeward.cis.Setting;
import dev.kubeward.cis.Verdict;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What every benchmark check shares. A check judges one component at a time and says, per
 * control it serves, PASS, FAIL (where) or WARN (why it could not judge); the benchmark report
 * keeps all three. As a {@code kubeward scan} rule it runs on the components a manifest holds
 * (static pods, KubeletConfiguration, KubeProxyConfiguration) and each FAIL is a finding at the
 * field that set the value, or at the container's command when the setting is missing.
 */
public abstract class CisCheck implements ResourceCheck {

  /** Shared by every rule of the module (see {@link CisChecks#all()}); a rule made alone reads for itself. */
  private ComponentReading reading = new ComponentReading();

  final void share(ComponentReading shared) {
    this.reading = shared;
  }

  /** The components whose settings it reads. */
  public abstract Set<Component> components();

  /** Judges one component, with the rest of the inventory at hand. */
  protected abstract void judge(ComponentConfig c, Inventory inventory, Verdicts out);

  /** Runs the check on a component if it reads it. */
  public final void evaluate(ComponentConfig c, Inventory inventory, Verdicts out) {
    if (components().contains(c.component())) {
      judge(c, inventory, out);
    }
  }

  @Override
  public Set<String> kinds() {
    Set<String> kinds = new HashSet<>(ScanComponents.WORKLOAD_KINDS);
    if (components().contains(Component.KUBELET)) {
      kinds.add(ScanComponents.KUBELET_CONFIGURATION);
    }
    if (components().contains(Component.PROXY)) {
      kinds.add(ScanComponents.KUBE_PROXY_CONFIGURATION);
    }
    return Set.copyOf(kinds);
  }

  /** The rules sharing a reading share its gate: a resource without components is passed over once for all. */
  @Override
  public Optional<Predicate<Resource>> gate() {
    return Optional.of(reading.holdsComponents);
  }

  @Override
  public void check(Resource r, Findings findings) {
    List<ComponentConfig> found = reading.of(r);
    if (found.isEmpty()) {
      return;
    }
    Inventory inventory = new Inventory(found, Optional.empty());
    for (ComponentConfig c : found) {
      evaluate(c, inventory, new Verdicts() {
        @Override
        public void add(Verdict v) {
          if (v.status() == Verdict.Status.FAIL) {
            Field at = v.field().or(c::anchor).orElse(r.root());
            findings.at(at).report("%s", v.message());
          }
        }

        @Override
        public CheckOptions options() {
          return findings.options();
        }
      });
    }
  }

  /** Where a finding about {@code s} points: the field that set it, else the component's anchor. */
  static Optional<Field> at(Setting s, ComponentConfig c) {
    return s.field().or(c::anchor);
  }

  /** "the API server (kube-apiserver.yaml)": how a message names the component instance. */
  static String who(ComponentConfig c) {
    return c.component().title();
  }
}
