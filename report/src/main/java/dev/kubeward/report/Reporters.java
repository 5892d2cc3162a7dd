package dev.kubeward.report;

import java.util.List;
import java.util.Optional;

/** The formats kubeward writes, by name. */
public final class Reporters {

  private static final List<Reporter> ALL =
      List.of(new TableReporter(), new JsonReporter(), new SarifReporter(), new JunitReporter());

  private Reporters() {}

  public static Optional<Reporter> byName(String name) {
    return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  public static List<String> names() {
    return ALL.stream().map(Reporter::name).toList();
  }
}
