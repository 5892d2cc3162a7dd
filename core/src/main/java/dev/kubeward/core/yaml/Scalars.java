package dev.kubeward.core.yaml;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * How plain scalars are typed. Kubernetes decodes manifests with a YAML 1.1 decoder and then
 * converts to JSON, so kubeward resolves plain scalars the same way: the YAML 1.1 booleans
 * ({@code yes/no/on/off/y/n} in their three casings), YAML 1.1 integers (a leading {@code 0}
 * means octal, {@code 0x} hex, {@code 0b} binary, {@code _} separators), {@code 0o} octal from
 * YAML 1.2, and integral floats where an integer is read. Quoted scalars, and plain ones tagged
 * {@code !!str}, are always strings. docs/yaml-semantics.md has the whole story.
 */
public final class Scalars {

  /** A YAML 1.1 float as Kubernetes' decoder (go-yaml) recognises it. */
  private static final Pattern FLOAT = Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?");

  private Scalars() {}

  /*
   * The null and boolean words are switches on the text: a switch compares hash codes before any
   * text, where a set lookup compares the text of every value that lands on an occupied slot. Every
   * field read asks whether its value is null, so these are the hottest tests of the check pass.
   */

  public static boolean isNull(String plainText) {
    // The null words are at most four characters: a longer text (a certificate, a config file)
    // is not null without hashing it.
    if (plainText.length() > 4) {
      return false;
    }
    return switch (plainText) {
      case "", "~", "null", "Null", "NULL" -> true;
      default -> false;
    };
  }

  private static final Optional<Boolean> TRUE = Optional.of(Boolean.TRUE);
  private static final Optional<Boolean> FALSE = Optional.of(Boolean.FALSE);

  public static Optional<Boolean> bool(ScalarNode s) {
    if (!s.plain()) {
      return Optional.empty();
    }
    return switch (s.value()) {
      case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y" -> TRUE;
      case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N" -> FALSE;
      default -> Optional.empty();
    };
  }

  /**
   * An integer as Kubernetes reads an integer field: a YAML 1.1 integer, or a float with an
   * integral value ({@code 1e3}, {@code 0.0}, {@code 08}), since the decoder passes floats on as
   * JSON numbers and {@code 1000.0} is written {@code 1000}. Empty for anything else.
   */
  public static OptionalLong integer(ScalarNode s) {
    if (!s.plain()) {
      return OptionalLong.empty();
    }
    OptionalLong i = parseInteger(s.value());
    return i.isPresent() ? i : integralFloat(s.value());
  }

  private static OptionalLong integralFloat(String text) {
    if (!hasDigit(text)) {
      return OptionalLong.empty(); // FLOAT needs a digit: most texts asked (words, names) are rejected here without a matcher
    }
    String t = text.replace("_", "");
    if (!FLOAT.matcher(t).matches()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(new BigDecimal(t).longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      return OptionalLong.empty(); // a fraction, or beyond a long
    }
  }

  /** Whether the text has an ASCII digit, as every text {@link #FLOAT} matches does. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * The value of the usual integer, 1 to 18 ASCII digits without a leading zero, sign or
   * separator (which the general parse below reads the same, in base 10); -1 for any other text.
   * Ports, user ids and counts are read this way without the copies the general parse makes.
   */
  private static long plainDecimal(String text) {
    int n = text.length();
    if (n == 0 || n > 18 || (text.charAt(0) == '0' && n > 1)) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Parses a YAML 1.1 / 1.2 integer literal as Kubernetes' YAML decoder does (Go's base-prefix
   * rules): {@code 0644} and {@code 0o644} octal, {@code 0x} hex, {@code 0b} binary,
   * {@code _} separators, an optional sign; ASCII digits only. Empty when the text is not one or
   * does not fit a long.
   */
  public static OptionalLong parseInteger(String text) {
    long plain = plainDecimal(text);
    if (plain >= 0) {
      return OptionalLong.of(plain);
    }
    String t = text.replace("_", "");
    if (t.isEmpty()) {
      return OptionalLong.empty();
    }
    String sign = "";
    if (t.charAt(0) == '-' || t.charAt(0) == '+') {
      sign = t.substring(0, 1);
      t = t.substring(1);
    }
    int radix = 10;
    int prefix = 0;
    if (t.length() > 1 && t.charAt(0) == '0') {
      switch (t.charAt(1)) {
        case 'x', 'X' -> { radix = 16; prefix = 2; }
        case 'o', 'O' -> { radix = 8; prefix = 2; }
        case 'b', 'B' -> { radix = 2; prefix = 2; }
        default -> { radix = 8; prefix = 1; }
      }
    }
    t = t.substring(prefix);
    if (t.isEmpty()) {
      return OptionalLong.empty();
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 0x80 || Character.digit(c, radix) < 0) {
        return OptionalLong.empty();
      }
    }
    try {
      return OptionalLong.of(Long.parseLong(sign + t, radix));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
