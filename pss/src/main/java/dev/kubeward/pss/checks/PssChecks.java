package dev.kubeward.pss.checks;

import dev.kubeward.pss.PssCheck;
import dev.kubeward.pss.Registry;
import java.util.List;

/** Upstream's checks, as of policy version v1.37, and the registry built from them. */
public final class PssChecks {

  /** In rule id order (KW-0100 on), which is also upstream's: baseline then restricted, each by check id. */
  private static final List<StandardCheck> ALL = List.of(
      new PssAppArmorProfile(),
      new PssCapabilitiesBaseline(),
      new PssHostNamespaces(),
      new PssHostPathVolumes(),
      new PssHostPorts(),
      new PssHostProbesAndHostLifecycle(),
      new PssPrivileged(),
      new PssProcMount(),
      new PssSeLinuxOptions(),
      new PssSeccompProfileBaseline(),
      new PssSysctls(),
      new PssWindowsHostProcess(),
      new PssAllowPrivilegeEscalation(),
      new PssCapabilitiesRestricted(),
      new PssProcMountRestricted(),
      new PssRestrictedVolumes(),
      new PssRunAsNonRoot(),
      new PssRunAsUser(),
      new PssSeccompProfileRestricted());

  private static final Registry REGISTRY = new Registry(List.copyOf(ALL));

  private PssChecks() {}

  public static List<PssCheck> all() {
    return List.copyOf(ALL);
  }

  /** The checks as {@code kubeward scan} rules, in id order. */
  public static List<dev.kubeward.core.check.Check> rules() {
    return List.copyOf(ALL);
  }

  /** The standard registry: immutable, shared. */
  public static Registry registry() {
    return REGISTRY;
  }
}
