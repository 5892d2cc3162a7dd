package dev.kubeward.cis;

import dev.kubeward.cis.node.NodeFiles;
import java.util.List;
import java.util.Optional;

/**
 * Everything a benchmark run found: the components, and on a node its files. Checks that relate
 * components (etcd's CA and the API server's) look the others up here.
 */
public record Inventory(List<ComponentConfig> components, Optional<NodeFiles> node) {

  public Inventory {
    components = List.copyOf(components);
  }

  public List<ComponentConfig> of(Component c) {
    return components.stream().filter(x -> x.component() == c).toList();
  }
}
