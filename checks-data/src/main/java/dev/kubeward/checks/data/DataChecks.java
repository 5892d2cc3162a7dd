package dev.kubeward.checks.data;

import dev.kubeward.core.check.Check;
import dev.kubeward.core.check.CheckProvider;
import java.util.List;

/** Registers the data protection checks (encryption at rest, storage, audit policy, service mesh), in id order. */
public final class DataChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(
        new IdentityEncryptionProviderFirst(),
        new SecretsNotEncryptedAtRest(),
        new WeakEncryptionProvider(),
        new AesgcmWithoutKeyRotation(),
        new EncryptionKeyInConfiguration(),
        new KmsV1EncryptionProvider(),
        new InvalidEncryptionConfiguration(),
        new UnencryptedStorageClass(),
        new StorageClassWithoutCustomerKey(),
        new UnencryptedPersistentVolume(),
        new AuditPolicyLogsNothing(),
        new AuditPolicyWithoutCatchAll(),
        new AuditPolicyLogsSecretData(),
        new AuditPolicySkipsPodExec(),
        new AuditPolicySkipsRbacChanges(),
        new AuditPolicyNoisyReadRule(),
        new AuditPolicyOmitsResponseStage(),
        new InvalidAuditPolicy(),
        new PeerAuthenticationDisablesMtls(),
        new PeerAuthenticationPermissive(),
        new DestinationRuleDisablesTls(),
        new AuthorizationPolicyAllowsAll(),
        new IstioSidecarInjectionDisabled(),
        new LinkerdInjectionDisabled());
  }
}
