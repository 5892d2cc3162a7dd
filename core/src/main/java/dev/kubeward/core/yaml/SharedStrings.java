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

  /**
   * A key or scalar of a YAML document: longer texts (names with a hash, certificates) rarely
   * repeat. Looked up first among the texts this thread met last.
   */
  public static String of(String text) {
    return YAML.share(text);
  }

  /**
   * A front for one table on one thread: the strings met last, by hash, in a small array that
   * stays in the processor's cache. Keys and findings' paths repeat in every resource, and a miss
   * in the shared table is mostly a miss in memory.
   */
  private static final class Recent {
    private static final int SLOTS = 4096;
    private final String[] slots = new String[SLOTS];

    // The table is passed in, not held: a thread's value must not keep its ThreadLocal's owner
    // reachable, or a table dropped by its engine would live as long as the thread.
    String of(String text, SharedStrings table) {
      if (text.length() > table.maxLength) {
        // Never shared: hashing it would only evict a text that is.
        return text;
      }
      int h = text.hashCode();
      int i = (h ^ (h >>> 16)) & (SLOTS - 1);
      String seen = slots[i];
      if (seen != null && seen.equals(text)) {
        return seen;
      }
      String shared = table.inTable(text);
      slots[i] = shared;
      return shared;
    }
  }

  private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

  /** The one copy of {@code text}, looked up first among the texts this thread met last. */
  public String share(String text) {
    return recent.get().of(text, this);
  }

  private String inTable(String text) {
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
