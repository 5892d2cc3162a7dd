package dev.kubeward.pss;

import java.util.Collection;

/** The two wording helpers every upstream message is built with. */
public final class Text {

  private Text() {}

  public static String pluralize(String singular, String plural, int count) {
    return count == 1 ? singular : plural;
  }

  /** {@code "a", "b", "c"}: each item in double quotes, comma-separated, in the given order. */
  public static String joinQuote(Collection<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    return "\"" + String.join("\", \"", items) + "\"";
  }

  /** {@code container "a"} or {@code containers "a", "b"}. */
  public static String containers(Collection<String> names) {
    return pluralize("container", "containers", names.size()) + " " + joinQuote(names);
  }

  /** Setters joined as upstream joins them: {@code pod and containers "a", "b"}. */
  public static String and(Collection<String> setters) {
    return String.join(" and ", setters);
  }
}
