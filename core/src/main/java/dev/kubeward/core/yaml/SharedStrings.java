package dev.kubeward.core.yaml;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each key and short scalar for every document read in this process. Manifests
 * repeat the same few thousand keys and values (apiVersion, labels, verbs, image tags) in every
 * file; the resources the index keeps until the end of a scan would otherwise hold millions of
 * equal strings. The table stops growing at {@value #MAX_ENTRIES} entries, so a stream of unique
 * values costs a lookup each and no memory.
 */
final class SharedStrings {

  private static final int MAX_ENTRIES = 200_000;
  /** Longer texts are rarely repeated: names with a hash, descriptions, certificates. */
  private static final int MAX_LENGTH = 64;
  private static final ConcurrentHashMap<String, String> TABLE = new ConcurrentHashMap<>(1 << 16);

  private SharedStrings() {}

  static String of(String text) {
    if (text.length() > MAX_LENGTH) {
      return text;
    }
    String shared = TABLE.get(text);
    if (shared != null) {
      return shared;
    }
    if (TABLE.size() >= MAX_ENTRIES) {
      return text;
    }
    shared = TABLE.putIfAbsent(text, text);
    return shared == null ? text : shared;
  }
}
