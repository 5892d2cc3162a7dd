package dev.kubeward.checks.data;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.model.Resource;
import java.util.Set;

/** The checks of an encryption configuration: they visit it read once, current or legacy format. */
abstract class EncryptionCheck implements ResourceCheck {

  @Override
  public final Set<String> kinds() {
    return Set.of("EncryptionConfiguration", "EncryptionConfig");
  }

  @Override
  public final void check(Resource resource, Findings findings) {
    EncryptionConfig.of(resource).ifPresent(config -> check(config, findings));
  }

  abstract void check(EncryptionConfig config, Findings findings);
}
