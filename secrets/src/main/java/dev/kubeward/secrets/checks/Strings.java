package dev.kubeward.secrets.checks;

import dev.kubeward.core.model.Field;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks every scalar under a field with the name that says what it is: its map key, the key of
 * the list it is an item of, or for the {@code value} of a {@code {name: ..., value: ...}} pair
 * (an environment list) the pair's name. Subtrees can be left out (a workload's pod spec, which the
 * container rules read, or metadata, which the annotation rule reads).
 */
final class Strings {

  /** What the walk hands over: the scalar as a located field, its name and its text. */
  @FunctionalInterface
  interface Visitor {
    void visit(Field field, String name, String text);
  }

  private Strings() {}

  static void walk(Field field, String name, Predicate<Field> skip, Visitor visitor) {
    walk(field, name, skip, visitor, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
  }

  /** Nodes reached through YAML aliases are shared: each is walked once. */
  private static void walk(Field field, String name, Predicate<Field> skip, Visitor visitor, Set<Object> seen) {
    if (skip.test(field)) {
      return;
    }
    if (field.isMap()) {
      if (!seen.add(field.node())) {
        return;
      }
      // {name: DB_PASSWORD, value: ...} (an env list in values or a CR): the value is named by its sibling.
      String valueName = field.get("name").flatMap(Field::text).filter(n -> field.get("value").isPresent()).orElse("value");
      for (Field.Entry e : field.entries()) {
        walk(e.value(), e.key().equals("value") ? valueName : e.key(), skip, visitor, seen);
      }
    } else if (field.isSeq()) {
      if (!seen.add(field.node())) {
        return;
      }
      for (Field item : field.items()) {
        walk(item, name, skip, visitor, seen);
      }
    } else {
      field.text().ifPresent(t -> visitor.visit(field, name, t));
    }
  }
}
