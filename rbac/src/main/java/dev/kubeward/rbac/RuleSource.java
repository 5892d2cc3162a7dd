package dev.kubeward.rbac;

import dev.kubeward.core.model.ResourceRef;

/**
 * Where a rule is written: the object that holds it, its index in that object's {@code rules},
 * and the file position of the rule, so that a finding can point to its line.
 */
public record RuleSource(ResourceRef owner, int index, String file, int line, int column) {

  /** {@code file:line}. */
  public String location() {
    return file + ":" + line;
  }
}
