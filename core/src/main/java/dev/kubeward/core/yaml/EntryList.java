package dev.kubeward.core.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping's entries as they are read, for both readers of {@link YamlLoader}: a duplicate key
 * is a problem, and its last value wins in the first key's place (where a map keeps an updated
 * key), as Kubernetes' JSON conversion would have it.
 */
final class EntryList {

  /** Mappings up to this size find duplicate keys by scanning; larger ones hash them. */
  private static final int LINEAR_KEYS = 16;

  private final List<MapNode.Entry> entries = new ArrayList<>();
  private Map<String, Integer> positions;

  void add(MapNode.Entry entry, List<YamlProblem> problems) {
    String key = entry.name();
    if (positions == null && entries.size() >= LINEAR_KEYS) {
      positions = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        positions.put(entries.get(i).name(), i);
      }
    }
    int previous = positions != null ? positions.getOrDefault(key, -1) : indexOf(key);
    if (previous < 0) {
      if (positions != null) {
        positions.put(key, entries.size());
      }
      entries.add(entry);
      return;
    }
    problems.add(new YamlProblem(
        "duplicate key \"" + key + "\", first at line " + entries.get(previous).key().line()
            + ": kubeward reads the last value; kubectl's strict validation rejects duplicates, so keep one",
        entry.key().line(), entry.key().column(), false));
    entries.set(previous, entry);
  }

  /** The entries in source order; the list itself, for merged keys to be appended to. */
  List<MapNode.Entry> entries() {
    return entries;
  }

  private int indexOf(String key) {
    for (int i = 0, n = entries.size(); i < n; i++) {
      if (entries.get(i).name().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
