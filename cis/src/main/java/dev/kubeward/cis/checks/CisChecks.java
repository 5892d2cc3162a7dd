package dev.kubeward.cis.checks;

import dev.kubeward.core.check.Check;
import dev.kubeward.core.check.CheckProvider;
import java.util.List;

/** Registers the benchmark's checks, in id order (KW-0400..KW-0499). */
public final class CisChecks implements CheckProvider {

  /** Every check of the module: the benchmark's ({@link CisCheck}) and the certificates' ({@link CertificateCheck}). */
  public static List<Check> all() {
    List<Check> checks = List.<Check>of(
        new ApiServerAnonymousAuth(),
        new ApiServerTokenAuthFile(),
        new DenyServiceExternalIpsNotEnabled(),
        new KubeletClientCertificateMissing(),
        new KubeletCertificateAuthorityMissing(),
        new AuthorizationAlwaysAllow(),
        new NodeAuthorizerMissing(),
        new RbacAuthorizerMissing(),
        new EventRateLimitNotEnabled(),
        new AlwaysAdmitEnabled(),
        new AlwaysPullImagesNotEnabled(),
        new ServiceAccountAdmissionDisabled(),
        new NamespaceLifecycleDisabled(),
        new NodeRestrictionNotEnabled(),
        new ProfilingEnabled(),
        new AuditLogMissing(),
        new AuditLogMaxAgeLow(),
        new AuditLogMaxBackupLow(),
        new AuditLogMaxSizeLow(),
        new ServiceAccountLookupDisabled(),
        new ServiceAccountKeyFileMissing(),
        new EtcdClientCertificateMissing(),
        new ApiServerServingCertificateMissing(),
        new ClientCaMissing(),
        new EtcdCaMissing(),
        new EncryptionProviderConfigMissing(),
        new WeakTlsCipherSuites(),
        new InsecurePortEnabled(),
        new TlsMinVersionTooLow(),
        new TerminatedPodGcThresholdUnset(),
        new ServiceAccountCredentialsNotUsed(),
        new ServiceAccountPrivateKeyFileMissing(),
        new RootCaFileMissing(),
        new KubeletServerCertificateRotationDisabled(),
        new ControlPlaneBindsAllInterfaces(),
        new EtcdServingCertificateMissing(),
        new EtcdClientCertAuthDisabled(),
        new EtcdAutoTls(),
        new EtcdPeerCertificateMissing(),
        new EtcdPeerClientCertAuthDisabled(),
        new EtcdPeerAutoTls(),
        new EtcdCaSharedWithCluster(),
        new AuditPolicyMissing(),
        new KubeletAnonymousAuth(),
        new KubeletAuthorizationAlwaysAllow(),
        new KubeletClientCaMissing(),
        new KubeletReadOnlyPort(),
        new KubeletStreamingTimeoutDisabled(),
        new KubeletIptablesChainsNotManaged(),
        new KubeletHostnameOverride(),
        new KubeletEventQpsLow(),
        new KubeletServingCertificateMissing(),
        new KubeletCertificateRotationDisabled(),
        new KubeletPodPidsUnlimited(),
        new KubeletKernelDefaultsNotProtected(),
        new ProxyMetricsExposed(),
        new ControlPlaneManifestPermissions(),
        new ControlPlaneManifestOwnership(),
        new CniFilePermissions(),
        new CniFileOwnership(),
        new EtcdDataDirectoryPermissions(),
        new EtcdDataDirectoryOwnership(),
        new KubeconfigPermissions(),
        new KubeconfigOwnership(),
        new PkiOwnership(),
        new PkiFilePermissions(),
        new KubeletServiceFilePermissions(),
        new KubeletServiceFileOwnership(),
        new ClientCaFilePermissions(),
        new ClientCaFileOwnership(),
        new KubeletConfigFilePermissions(),
        new KubeletConfigFileOwnership(),
        new CertificateExpiring(),
        new WeakCertificateKey(),
        new WeakCertificateSignature(),
        new ApiServerCertificateMissingSan(),
        new CertificateChainBroken());
    ComponentReading shared = new ComponentReading();
    CertificateReading certificates = new CertificateReading();
    checks.forEach(c -> {
      if (c instanceof CisCheck cis) {
        cis.share(shared);
      } else if (c instanceof CertificateCheck cert) {
        cert.share(certificates);
      }
    });
    return checks;
  }

  @Override
  public List<Check> checks() {
    return all();
  }
}
