package dev.kubeward.core.engine;

import dev.kubeward.core.model.FieldPath;
import dev.kubeward.core.yaml.SharedStrings;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each equal string a scan keeps in its findings. A large scan holds hundreds of
 * thousands of findings whose field paths are a few hundred distinct strings and whose messages
 * repeat often; sharing them is most of the memory the findings take. Bounded, so that input
 * made of distinct paths cannot grow it without limit: past the bound, strings are kept as they come.
 */
final class Interner {

  static final int MAX_ENTRIES = 1 << 20;

  private final SharedStrings strings = new SharedStrings(MAX_ENTRIES, Integer.MAX_VALUE);

  /** The text of each path met: the same few hundred paths are reported over and over. */
  private final ConcurrentHashMap<FieldPath, String> paths = new ConcurrentHashMap<>();

  /** The shared text of {@code path}, made once rather than per finding. */
  String path(FieldPath path) {
    String known = paths.get(path);
    if (known != null) {
      return known;
    }
    String text = intern(path.toString());
    if (paths.size() < MAX_ENTRIES) {
      paths.putIfAbsent(path, text);
    }
    return text;
  }

  String intern(String s) {
    return strings.share(s);
  }
}
