package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Check;
import dev.kubeward.core.check.CheckProvider;
import java.util.List;

/** Registers the secrets rules; each is listed once, in id order. */
public final class SecretChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(
        new SecretInEnvValue(),
        new SecretInContainerArgs(),
        new SecretInConfigMap(),
        new SecretInAnnotation(),
        new SecretInHelmValues(),
        new SecretInCustomResource(),
        new PlaintextSecretCommitted(),
        new SecretAsEnvironmentVariable());
  }
}
