package dev.kubeward.pss.checks;

import dev.kubeward.pss.Locator;
import java.util.ArrayList;
import java.util.List;

/** The names a check collects while it visits (containers, volumes), and where the first one is. */
final class Offenders {

  private List<String> names = List.of();
  private Locator first;

  void add(String name, Locator at) {
    if (names.isEmpty()) {
      names = new ArrayList<>(2);
      first = at;
    }
    names.add(name);
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  int size() {
    return names.size();
  }

  List<String> names() {
    return names;
  }

  Locator first() {
    return first;
  }
}
