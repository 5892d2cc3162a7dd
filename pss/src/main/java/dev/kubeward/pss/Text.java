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

  /**
   * {@code containers "a", "b" use hostPorts 80, 443}: who uses what, each noun made plural with an
   * "s" as its count asks, the things quoted or not as upstream writes them.
   */
  public static String uses(String noun, Collection<String> names, String thing, Collection<String> things, boolean quote) {
    return pluralize(noun, noun + "s", names.size()) + " " + joinQuote(names) + " " + pluralize("uses", "use", names.size())
        + " " + pluralize(thing, thing + "s", things.size()) + " " + (quote ? joinQuote(things) : String.join(", ", things));
  }

  /** Setters joined as upstream joins them: {@code pod and containers "a", "b"}. */
  public static String and(Collection<String> setters) {
    return String.join(" and ", setters);
  }
}
