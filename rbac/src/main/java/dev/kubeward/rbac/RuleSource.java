package dev.kubeward.rbac;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ResourceRef;
import java.util.List;
import java.util.Optional;

/**
 * Where a rule is written: the object that holds it, its index in that object's {@code rules},
 * and the file position of the rule, so that a finding can point to its line.
 */
public record RuleSource(ResourceRef owner, int index, String file, int line, int column) {

  /**
   * The rule's field in the tree of the object that holds it ({@code rules[index]}), for a finding
   * to point at: {@code root} is that object's root ({@code Resource.root()}).
   */
  public Optional<Field> field(Field root) {
    List<Field> rules = root.get("rules").map(Field::items).orElse(List.of());
    return index < rules.size() ? Optional.of(rules.get(index)) : Optional.empty();
  }

  /** {@code file:line}. */
  public String location() {
    return file + ":" + line;
  }
}
