package dev.kubeward.core.engine;

import dev.kubeward.core.yaml.SharedStrings;

/**
 * One copy of each equal string a scan keeps in its findings. A large scan holds hundreds of
 * thousands of findings whose field paths are a few hundred distinct strings and whose messages
 * repeat often; sharing them is most of the memory the findings take. Bounded, so that input
 * made of distinct paths cannot grow it without limit: past the bound, strings are kept as they come.
 */
final class Interner {

  static final int MAX_ENTRIES = 1 << 20;

  private final SharedStrings strings = new SharedStrings(MAX_ENTRIES, Integer.MAX_VALUE);

  String intern(String s) {
    return strings.share(s);
  }
}
