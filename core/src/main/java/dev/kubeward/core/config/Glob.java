package dev.kubeward.core.config;

import java.util.regex.Pattern;

/**
 * A shell-style pattern: {@code *} matches any run of characters except {@code /}, {@code **}
 * any run including {@code /}, {@code ?} one character. Used for resource names and paths.
 */
public record Glob(String text, Pattern pattern) {

  public static Glob of(String text) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '*') {
          re.append(".*");
          i++;
          if (i + 1 < text.length() && text.charAt(i + 1) == '/') {
            re.append("/?");
            i++;
          }
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new Glob(text, Pattern.compile(re.toString()));
  }

  public boolean matches(String s) {
    return pattern.matcher(s).matches();
  }

  /** For paths: also matches when {@code s} lies inside a folder the pattern names. */
  public boolean matchesPath(String s) {
    String p = s.replace('\\', '/');
    if (matches(p)) {
      return true;
    }
    int slash = p.indexOf('/');
    while (slash > 0) {
      if (matches(p.substring(0, slash))) {
        return true;
      }
      slash = p.indexOf('/', slash + 1);
    }
    return false;
  }
}
