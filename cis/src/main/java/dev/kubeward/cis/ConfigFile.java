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

  /** Whether {@code field} was read from this document. */
  public boolean contains(Field field) {
    return contains(root.node(), field.node());
  }

  private static boolean contains(dev.kubeward.core.yaml.Node tree, dev.kubeward.core.yaml.Node n) {
    if (tree == n) {
      return true;
    }
    return switch (tree) {
      case dev.kubeward.core.yaml.MapNode m -> m.entries().stream().anyMatch(e -> contains(e.value(), n));
      case dev.kubeward.core.yaml.SeqNode q -> q.items().stream().anyMatch(i -> contains(i, n));
      case dev.kubeward.core.yaml.ScalarNode x -> false;
    };
  }
}
