package dev.kubeward.netpol.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A namespace with the labels namespace selectors see: its own, plus
 * {@code kubernetes.io/metadata.name} set to its name, which the API server adds to every
 * namespace and which cannot be given another value. A namespace that pods or policies are in
 * but that the input does not define has only that label, and no source.
 */
public record Namespace(String name, Map<String, String> labels, Optional<Source> source) {

  public static final String NAME_LABEL = "kubernetes.io/metadata.name";

  public Namespace {
    TreeMap<String, String> all = new TreeMap<>(labels);
    all.put(NAME_LABEL, name);
    labels = java.util.Collections.unmodifiableSortedMap(all);
  }

  /** A namespace the input refers to but does not define. */
  public static Namespace implicit(String name) {
    return new Namespace(name, Map.of(), Optional.empty());
  }

  public boolean defined() {
    return source.isPresent();
  }
}
