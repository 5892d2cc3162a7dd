package dev.kubeward.core.yaml;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How plain scalars are typed. Kubernetes decodes manifests with a YAML 1.1 decoder and then
 * converts to JSON, so kubeward resolves plain scalars the same way: the YAML 1.1 booleans
 * ({@code yes/no/on/off/y/n} in their three casings), YAML 1.1 integers (a leading {@code 0}
 * means octal, {@code 0x} hex, {@code 0b} binary, {@code _} separators) and {@code 0o} octal from
 * YAML 1.2. Quoted scalars are always strings.
 */
public final class Scalars {

  private static final Set<String> TRUE =
      Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y");
  private static final Set<String> FALSE =
      Set.of("false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");

  private Scalars() {}

  public static boolean isNull(String plainText) {
    return NULL.contains(plainText);
  }

  public static Optional<Boolean> bool(ScalarNode s) {
    if (!s.plain()) {
      return Optional.empty();
    }
    if (TRUE.contains(s.value())) {
      return Optional.of(Boolean.TRUE);
    }
    if (FALSE.contains(s.value())) {
      return Optional.of(Boolean.FALSE);
    }
    return Optional.empty();
  }

  public static OptionalLong integer(ScalarNode s) {
    return s.plain() ? parseInteger(s.value()) : OptionalLong.empty();
  }

  /** Parses a YAML 1.1 / 1.2 integer literal; empty when the text is not one. */
  public static OptionalLong parseInteger(String text) {
    String t = text.replace("_", "");
    if (t.isEmpty()) {
      return OptionalLong.empty();
    }
    boolean negative = false;
    if (t.charAt(0) == '-' || t.charAt(0) == '+') {
      negative = t.charAt(0) == '-';
      t = t.substring(1);
    }
    if (t.isEmpty()) {
      return OptionalLong.empty();
    }
    int radix = 10;
    if (t.startsWith("0x") || t.startsWith("0X")) {
      radix = 16;
      t = t.substring(2);
    } else if (t.startsWith("0o") || t.startsWith("0O")) {
      radix = 8;
      t = t.substring(2);
    } else if (t.startsWith("0b") || t.startsWith("0B")) {
      radix = 2;
      t = t.substring(2);
    } else if (t.length() > 1 && t.charAt(0) == '0') {
      radix = 8;
      t = t.substring(1);
    }
    if (t.isEmpty()) {
      return OptionalLong.empty();
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.digit(t.charAt(i), radix) < 0) {
        return OptionalLong.empty();
      }
    }
    try {
      long v = Long.parseLong(t, radix);
      return OptionalLong.of(negative ? -v : v);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
