package dev.kubeward.rbac;

import java.util.List;
import java.util.Map;

/**
 * A {@code metav1.LabelSelector}: every matchLabels entry and every matchExpressions requirement
 * must hold; an empty selector selects everything (as {@code LabelSelectorAsSelector} makes it).
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {

  /** One requirement of matchExpressions. */
  public record Requirement(String key, Operator operator, List<String> values) {
    public Requirement {
      values = List.copyOf(values);
    }

    boolean matches(Map<String, String> labels) {
      String v = labels.get(key);
      return switch (operator) {
        case IN -> v != null && values.contains(v);
        case NOT_IN -> v == null || !values.contains(v);
        case EXISTS -> v != null;
        case DOES_NOT_EXIST -> v == null;
      };
    }
  }

  /** The operators of a requirement, with their names in the API. */
  public enum Operator {
    IN("In"),
    NOT_IN("NotIn"),
    EXISTS("Exists"),
    DOES_NOT_EXIST("DoesNotExist");

    private final String apiName;

    Operator(String apiName) {
      this.apiName = apiName;
    }

    public static java.util.Optional<Operator> parse(String s) {
      for (Operator o : values()) {
        if (o.apiName.equals(s)) {
          return java.util.Optional.of(o);
        }
      }
      return java.util.Optional.empty();
    }
  }

  public LabelSelector {
    matchLabels = Map.copyOf(matchLabels);
    matchExpressions = List.copyOf(matchExpressions);
  }

  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (Requirement r : matchExpressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }
}
