package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Check;
import dev.kubeward.core.check.CheckProvider;
import java.util.List;

/** Registers the workload checks; each is listed once, in id order. */
public final class WorkloadChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(
        new PrivilegedContainer(),
        new PrivilegeEscalationAllowed(),
        new RunAsRoot(),
        new WritableRootFilesystem(),
        new DangerousCapabilityAdded(),
        new SysAdminCapabilityAdded(),
        new CapabilitiesNotDropped(),
        new SeccompProfileMissing(),
        new AppArmorUnconfined(),
        new CustomSelinuxOptions(),
        new UnmaskedProcMount(),
        new UnsafeSysctls(),
        new HostNetwork(),
        new HostPID(),
        new HostIPC(),
        new HostPathVolume(),
        new SensitiveHostPathMount(),
        new HostPortUsed(),
        new WindowsHostProcess(),
        new ShareProcessNamespace(),
        new ServiceAccountTokenAutomount(),
        new DefaultServiceAccount(),
        new RunAsGroupRoot(),
        new ProbeOrHookHostSet());
  }
}
