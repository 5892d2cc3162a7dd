package dev.kubeward.core.yaml;

/**
 * A node of a parsed YAML or JSON document, with the 1-based line and column where it starts.
 *
 * <p>Nodes are immutable. A node reached through an alias is the anchored node itself, so a
 * document is a directed acyclic graph rather than a tree; nothing here copies on alias.
 */
public sealed interface Node permits MapNode, SeqNode, ScalarNode {

  int line();

  int column();
}
