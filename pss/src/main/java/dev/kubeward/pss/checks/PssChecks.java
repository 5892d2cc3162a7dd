package dev.kubeward.pss.checks;

import dev.kubeward.pss.PssCheck;
import dev.kubeward.pss.Registry;
import java.util.List;

/** Upstream's checks, as of policy version v1.37, and the registry built from them. */
public final class PssChecks {

  private static final List<PssCheck> ALL = List.of(
      new PssPrivileged(),
      new PssHostNamespaces(),
      new PssHostPathVolumes(),
      new PssHostPorts(),
      new PssAppArmorProfile(),
      new PssSeLinuxOptions(),
      new PssProcMount(),
      new PssSeccompProfileBaseline(),
      new PssSysctls(),
      new PssCapabilitiesBaseline(),
      new PssWindowsHostProcess(),
      new PssHostProbesAndHostLifecycle(),
      new PssRestrictedVolumes(),
      new PssAllowPrivilegeEscalation(),
      new PssRunAsNonRoot(),
      new PssRunAsUser(),
      new PssSeccompProfileRestricted(),
      new PssCapabilitiesRestricted(),
      new PssProcMountRestricted());

  private static final Registry REGISTRY = new Registry(ALL);

  private PssChecks() {}

  public static List<PssCheck> all() {
    return ALL;
  }

  /** The standard registry: immutable, shared. */
  public static Registry registry() {
    return REGISTRY;
  }
}
