package dev.kubeward.cis;

import dev.kubeward.core.model.Field;
import java.util.Optional;

/**
 * A component's configuration file (a KubeletConfiguration, a KubeProxyConfiguration, etcd's
 * {@code --config-file}) as a located document: {@code name} names it in messages.
 */
public record ConfigFile(String name, Field root) {

  /** The value at a dotted path ({@code authentication.anonymous.enabled}); a null value reads as absent. */
  public Optional<Field> at(String dottedPath) {
    return root.at(dottedPath.split("\\."));
  }
}
