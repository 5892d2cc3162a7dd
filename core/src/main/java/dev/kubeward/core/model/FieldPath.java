package dev.kubeward.core.model;

/**
 * The path of a field inside a resource, e.g. {@code spec.template.spec.containers[0].image}.
 * Built by appending, as an immutable linked list, so views can hand it out at no cost; text is
 * made only when a finding needs it. Keys that are not simple identifiers are quoted:
 * {@code metadata.annotations["app.kubernetes.io/name"]}.
 */
public final class FieldPath {

  public static final FieldPath ROOT = new FieldPath(null, null, -1);

  private final FieldPath parent;
  private final String key;
  private final int index;

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

  /** Parses the text form back, for configuration and baselines. */
  public static FieldPath parse(String text) {
    FieldPath p = ROOT;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int end;
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          end = text.indexOf("\"]", i + 2);
          if (end < 0) {
            throw new IllegalArgumentException("unterminated [\" in path " + text);
          }
          p = p.key(text.substring(i + 2, end));
          i = end + 2;
        } else {
          end = text.indexOf(']', i);
          if (end < 0) {
            throw new IllegalArgumentException("unterminated [ in path " + text);
          }
          p = p.index(Integer.parseInt(text.substring(i + 1, end)));
          i = end + 1;
        }
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

  @Override
  public String toString() {
    if (isRoot()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent == null) {
      return;
    }
    parent.append(sb);
    if (key == null) {
      sb.append('[').append(index).append(']');
    } else if (isSimple(key)) {
      if (!sb.isEmpty()) {
        sb.append('.');
      }
      sb.append(key);
    } else {
      sb.append("[\"").append(key).append("\"]");
    }
  }

  private static boolean isSimple(String k) {
    if (k.isEmpty()) {
      return false;
    }
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
