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
 * copy it saves. They share their short keys and plain values through {@link #key} and
 * {@link #value} instead, one slot array each, which cost no more than the copy.
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

  /** Slots of {@link #key}: a power of two, well above the few thousand keys manifests use. */
  private static final int KEY_SLOTS = 1 << 13;

  /** Keys longer than this are made afresh: long keys (file names in a ConfigMap) rarely repeat. */
  private static final int MAX_KEY = 48;

  private static final String[] KEYS = new String[KEY_SLOTS];

  /**
   * The key {@code s[from..from+length)} as a string, one copy for every document of the process
   * when it is short: the same few thousand keys (metadata, name, image, containers) make up half
   * of a tree's scalars. Reading a shared key allocates nothing, and every tree then holds the same
   * few hot strings rather than a cold copy each, which is what a field lookup compares. The table
   * is a plain array of slots by hash, written without a lock: a string is immutable, so a thread
   * sees a slot's string whole or not at all, and a collision only costs a copy.
   */
  static String key(char[] s, int from, int length) {
    return length > MAX_KEY ? new String(s, from, length) : shared(KEYS, s, from, length, true);
  }

  /** Plain values longer than this (names with a hash, URLs, commands) are made afresh. */
  private static final int MAX_VALUE = 24;

  private static final String[] VALUES = new String[KEY_SLOTS];

  /**
   * The plain value {@code s[from..from+length)}, shared as {@link #key} shares keys: the short ones
   * (true, TCP, IfNotPresent, app labels, ports) repeat from one resource to the next.
   */
  static String value(char[] s, int from, int length) {
    return length > MAX_VALUE ? new String(s, from, length) : shared(VALUES, s, from, length, false);
  }

  private static String shared(String[] table, char[] s, int from, int length, boolean intern) {
    int h = 0;
    for (int i = from, end = from + length; i < end; i++) {
      h = 31 * h + s[i];
    }
    int slot = (h ^ (h >>> 16)) & (table.length - 1);
    String seen = table[slot];
    if (seen != null && seen.length() == length && same(seen, s, from)) {
      return seen;
    }
    // A key is interned: the code's literals are interned strings, so a lookup by one finds it by reference.
    String made = new String(s, from, length);
    if (intern) {
      made = made.intern();
    }
    table[slot] = made;
    return made;
  }

  private static boolean same(String seen, char[] s, int from) {
    for (int i = 0, n = seen.length(); i < n; i++) {
      if (seen.charAt(i) != s[from + i]) {
        return false;
      }
    }
    return true;
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
