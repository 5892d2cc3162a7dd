package dev.kubeward.checks.data;

import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Optional;

/** Small readers over located fields that every check of this module shares. */
final class Fields {

  private Fields() {}

  /** The items of a list field; empty when absent or not a list. */
  static List<Field> items(Optional<Field> list) {
    return list.map(Field::items).orElse(List.of());
  }

  /** The scalar texts of a list field, in order; non-scalars are left out. */
  static List<String> strings(Optional<Field> list) {
    return items(list).stream().flatMap(f -> f.text().stream()).toList();
  }

  /** A scalar's text, or empty. */
  static Optional<String> text(Field parent, String... keys) {
    return parent.at(keys).flatMap(Field::text);
  }
}
