package dev.kubeward.bench;

import java.util.function.IntFunction;

/**
 * One YAML document written line by line, with at most one point where filler items (more env
 * variables, more ConfigMap data, more rules) go until the document reaches its target size. The
 * lines after that point are written first and the filler last, so the generated text depends only
 * on the random stream, never on how many filler items it took.
 */
final class Doc {

  private final StringBuilder before = new StringBuilder(4096);
  private final StringBuilder after = new StringBuilder(1024);
  private StringBuilder out = before;
  private IntFunction<String> filler;

  Doc line(int indent, String text) {
    out.repeat(' ', indent).append(text).append('\n');
    return this;
  }

  Doc kv(int indent, String key, Object value) {
    return line(indent, key + ": " + value);
  }

  /** A key whose value is a nested block on the following lines. */
  Doc key(int indent, String key) {
    return line(indent, key + ":");
  }

  Doc raw(String text) {
    out.append(text);
    return this;
  }

  /** Filler items, each one or more whole lines, are inserted here; later lines follow them. */
  Doc fillHere(IntFunction<String> items) {
    if (filler != null) {
      throw new IllegalStateException("one filler point per document");
    }
    filler = items;
    out = after;
    return this;
  }

  int length() {
    return before.length() + after.length();
  }

  /** The document, grown by filler items until it is at least {@code target} characters long. */
  String finish(int target) {
    StringBuilder doc = new StringBuilder(Math.max(target, length()) + 256).append(before);
    if (filler != null) {
      for (int i = 0; doc.length() + after.length() < target; i++) {
        doc.append(filler.apply(i));
      }
    }
    return doc.append(after).toString();
  }
}
