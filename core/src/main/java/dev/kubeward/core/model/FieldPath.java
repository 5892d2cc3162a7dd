package dev.kubeward.core.model;

/**
 * The path of a field inside a resource, e.g. {@code spec.template.spec.containers[0].image}.
 * Built by appending, as an immutable linked list, so views can hand it out at no cost; text is
 * made only when a finding needs it. Keys that are not simple identifiers are quoted, with
 * {@code \} before a {@code "} or {@code \} inside them:
 * {@code metadata.annotations["app.kubernetes.io/name"]}.
 */
public final class FieldPath {

  public static final FieldPath ROOT = new FieldPath(null, null, -1);

  private final FieldPath parent;
  private final String key;
  private final int index;
  /**
   * The text, made on first use and kept: findings at one field (a container's securityContext,
   * say) ask for it again, and a longer path starts from its parent's text. A race makes two
   * equal strings, which is harmless.
   */
  private String text;

  private FieldPath(FieldPath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  public FieldPath key(String k) {
    return new FieldPath(this, k, -1);
  }

  public FieldPath index(int i) {
    return new FieldPath(this, null, i);
  }

  public boolean isRoot() {
    return parent == null;
  }

  /**
   * Parses the text form back, for configuration and baselines.
   *
   * @throws IllegalArgumentException when {@code text} is not a path
   */
  public static FieldPath parse(String text) {
    FieldPath p = ROOT;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        StringBuilder k = new StringBuilder();
        int j = i + 2;
        while (j < text.length() && text.charAt(j) != '"') {
          if (text.charAt(j) == '\\' && j + 1 < text.length()) {
            j++;
          }
          k.append(text.charAt(j++));
        }
        if (j + 1 >= text.length() || text.charAt(j + 1) != ']') {
          throw new IllegalArgumentException("unterminated [\" in path " + text);
        }
        p = p.key(k.toString());
        i = j + 2;
      } else if (c == '[') {
        int end = text.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated [ in path " + text);
        }
        String digits = text.substring(i + 1, end);
        p = p.index(index(digits, text));
        i = end + 1;
      } else {
        int end = i;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        p = p.key(text.substring(i, end));
        i = end;
      }
    }
    return p;
  }

  private static int index(String digits, String path) {
    try {
      if (!digits.isEmpty() && digits.chars().allMatch(d -> d >= '0' && d <= '9')) {
        return Integer.parseInt(digits);
      }
    } catch (NumberFormatException e) {
      // too large: said below
    }
    throw new IllegalArgumentException("[" + digits + "] is not a list index in path " + path);
  }

  @Override
  public String toString() {
    String t = text;
    return t != null ? t : text(RECENT.get());
  }

  /** {@link #toString}, with this thread's table at hand for every segment still without text. */
  private String text(Recent recent) {
    String t = text;
    if (t == null) {
      t = parent == null ? "" : recent.text(parent.text(recent), this);
      text = t;
    }
    return t;
  }

  /** This path's text: {@code parentText} and this path's own segment. */
  private String build(String parentText) {
    StringBuilder sb = new StringBuilder(parentText.length() + (key == null ? 8 : key.length() + 4)).append(parentText);
    if (key == null) {
      sb.append('[').append(index).append(']');
    } else if (isSimple(key)) {
      if (!sb.isEmpty()) {
        sb.append('.');
      }
      sb.append(key);
    } else {
      sb.append("[\"");
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
      sb.append("\"]");
    }
    return sb.toString();
  }

  /**
   * The texts of the paths met last on this thread, by parent text and segment. Every resource
   * reports its findings at the same few paths ({@code spec.template.spec.containers[0]
   * .securityContext}); from here they get one string, built once and kept with its hash, which
   * the engine's interning of each finding's path then finds at once. A parent's text comes from
   * here too, so it is compared by identity; a different string that is equal only misses.
   */
  private static final class Recent {
    private static final int SLOTS = 1 << 12;

    /** A parent's text and a segment, with the text they make; one object, so that a lookup reads one place. */
    private record Entry(String parentText, String key, int index, String text) {}

    private final Entry[] slots = new Entry[SLOTS];

    String text(String parentText, FieldPath p) {
      int h = parentText.hashCode() * 31 + (p.key == null ? p.index : p.key.hashCode());
      int i = (h ^ (h >>> 16)) & (SLOTS - 1);
      Entry e = slots[i];
      if (e != null && e.parentText == parentText && e.index == p.index && java.util.Objects.equals(e.key, p.key)) {
        return e.text;
      }
      String t = p.build(parentText);
      slots[i] = new Entry(parentText, p.key, p.index, t);
      return t;
    }
  }

  private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

  private static boolean isSimple(String k) {
    if (k.isEmpty()) {
      return false;
    }
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      // ASCII first: of it, Character.isLetterOrDigit accepts exactly these letters and digits.
      boolean simple = c < 0x80
          ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
          : Character.isLetterOrDigit(c);
      if (!simple) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FieldPath other)) {
      return false;
    }
    FieldPath a = this;
    FieldPath b = other;
    while (a != b) {
      if (a.parent == null || b.parent == null || a.index != b.index || !java.util.Objects.equals(a.key, b.key)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (FieldPath p = this; p.parent != null; p = p.parent) {
      h = 31 * h + (p.key == null ? p.index : p.key.hashCode());
    }
    return h;
  }
}
