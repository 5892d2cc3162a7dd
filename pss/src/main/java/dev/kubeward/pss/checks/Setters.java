package dev.kubeward.pss.checks;

import dev.kubeward.pss.Locator;
import dev.kubeward.pss.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Who set a forbidden value, named as upstream names them ({@code pod}, {@code containers "a", "b"},
 * {@code annotation}) and joined with "and", with where the first of them is.
 */
final class Setters {

  private final List<String> names = new ArrayList<>(2);
  private Locator first;

  void add(String setter, Locator at) {
    names.add(setter);
    if (first == null) {
      first = at;
    }
  }

  void pod(Locator at) {
    add("pod", at);
  }

  void containers(Offenders bad) {
    if (!bad.isEmpty()) {
      add(Text.containers(bad.names()), bad.first());
    }
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  /** {@code pod and container "a"}. */
  String joined() {
    return Text.and(names);
  }

  Locator first() {
    return first;
  }
}
