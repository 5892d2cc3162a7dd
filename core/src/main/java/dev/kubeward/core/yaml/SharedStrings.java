package dev.kubeward.core.yaml;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each equal string, bounded: past {@code maxEntries} strings (or for a string longer
 * than {@code maxLength}), a string is kept as it comes, so that input made of distinct values
 * costs a lookup each and no memory. Thread-safe.
 *
 * <p>{@link #of} uses the table every kept document of this process shares: manifests repeat
 * the same few thousand keys and values (apiVersion, labels, verbs, image tags) in every file, and
 * the resources a scan keeps until its cross-resource checks would otherwise hold millions of
 * equal strings. Trees read and dropped file by file do not use it: a lookup costs more than the
 * copy it saves.
 */
public final class SharedStrings {

  private static final SharedStrings YAML = new SharedStrings(200_000, 64);

  private final int maxEntries;
  private final int maxLength;
  private final ConcurrentHashMap<String, String> table = new ConcurrentHashMap<>(1 << 16);

  public SharedStrings(int maxEntries, int maxLength) {
    this.maxEntries = maxEntries;
    this.maxLength = maxLength;
  }

  /** A key or scalar of a YAML document: longer texts (names with a hash, certificates) rarely repeat. */
  public static String of(String text) {
    return YAML.share(text);
  }

  public String share(String text) {
    if (text.length() > maxLength) {
      return text;
    }
    String shared = table.get(text);
    if (shared != null) {
      return shared;
    }
    if (table.size() >= maxEntries) {
      return text;
    }
    shared = table.putIfAbsent(text, text);
    return shared == null ? text : shared;
  }
}
