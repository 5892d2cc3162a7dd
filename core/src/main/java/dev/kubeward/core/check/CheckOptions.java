package dev.kubeward.core.check;

import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Optional;

/** A check's options from the configuration file; absent options read as empty. */
public record CheckOptions(Optional<Field> root) {

  public static final CheckOptions NONE = new CheckOptions(Optional.empty());

  public List<String> strings(String key) {
    if (root.isEmpty()) {
      return List.of(); // the usual case, asked for on every resource: no stream for nothing
    }
    return root.flatMap(r -> r.get(key)).map(Field::items).orElse(List.of()).stream()
        .flatMap(f -> f.text().stream())
        .toList();
  }

  public Optional<String> string(String key) {
    return root.flatMap(r -> r.get(key)).flatMap(Field::text);
  }

  public Optional<Boolean> bool(String key) {
    return root.flatMap(r -> r.get(key)).flatMap(Field::bool);
  }
}
