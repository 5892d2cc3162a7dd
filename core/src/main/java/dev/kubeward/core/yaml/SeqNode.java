package dev.kubeward.core.yaml;

import java.util.List;

/** A YAML sequence or JSON array. */
public record SeqNode(List<Node> items, int line, int column) implements Node {

  public SeqNode {
    items = List.copyOf(items);
  }
}
