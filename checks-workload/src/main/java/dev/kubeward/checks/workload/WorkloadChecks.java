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
        new ProbeOrHookHostSet(),
        new ServiceSelectsNoWorkload(),
        new CpuRequestMissing(),
        new CpuLimitMissing(),
        new MemoryRequestMissing(),
        new MemoryLimitMissing(),
        new EphemeralStorageLimitMissing(),
        new ResourceQuantityInvalid(),
        new LivenessProbeMissing(),
        new ReadinessProbeMissing(),
        new ImageTagMissing(),
        new ImageTagLatest(),
        new ImageDigestMissing(),
        new ImagePullPolicyNotAlways(),
        new UntrustedRegistry(),
        new InvalidImageReference(),
        new DefaultNamespaceUsed(),
        new ServiceNodePort(),
        new LoadBalancerWithoutSourceRanges(),
        new ServiceExternalIps(),
        new IngressWithoutTls(),
        new RemovedApiVersion(),
        new DeprecatedApiVersion());
  }
}
