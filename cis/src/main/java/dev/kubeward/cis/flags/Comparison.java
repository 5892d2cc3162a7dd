package dev.kubeward.cis.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The comparisons the CIS benchmark's audits are written with (kube-bench's {@code compare.op}),
 * with their exact meaning, so that a value read here is judged as the benchmark's reference
 * tooling judges it: booleans compared without case, numbers as decimal integers (anything else
 * fails), {@code has} as a substring, {@code bitmask} as octal permissions no wider than the
 * allowed ones.
 */
public enum Comparison {
  EQ("eq"),
  NOTEQ("noteq"),
  GT("gt"),
  GTE("gte"),
  LT("lt"),
  LTE("lte"),
  HAS("has"),
  NOTHAVE("nothave"),
  REGEX("regex"),
  VALID_ELEMENTS("valid_elements"),
  BITMASK("bitmask");

  private final String op;

  Comparison(String op) {
    this.op = op;
  }

  public String op() {
    return op;
  }

  public static Optional<Comparison> parse(String op) {
    for (Comparison c : values()) {
      if (c.op.equals(op)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code value} (what was found) compares as this operator says to {@code expected}. */
  public boolean test(String value, String expected) {
    return switch (this) {
      case EQ -> equal(value, expected);
      case NOTEQ -> !equal(value, expected);
      case GT, GTE, LT, LTE -> numbers(value, expected);
      case HAS -> value.contains(expected);
      case NOTHAVE -> !value.contains(expected);
      case REGEX -> regex(value, expected);
      case VALID_ELEMENTS -> validElements(value, expected);
      case BITMASK -> bitmask(value, expected);
    };
  }

  private static boolean equal(String value, String expected) {
    String lower = value.toLowerCase(Locale.ROOT);
    return lower.equals("true") || lower.equals("false") ? lower.equals(expected) : value.equals(expected);
  }

  private boolean numbers(String value, String expected) {
    Optional<Long> a = decimal(value);
    Optional<Long> b = decimal(expected);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int c = Long.compare(a.get(), b.get());
    return switch (this) {
      case GT -> c > 0;
      case GTE -> c >= 0;
      case LT -> c < 0;
      default -> c <= 0;
    };
  }

  /** A decimal integer with an optional sign, surrounding white space allowed; nothing else. */
  public static Optional<Long> decimal(String text) {
    String t = text.strip();
    if (!t.matches("[+-]?\\d+")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(t.startsWith("+") ? t.substring(1) : t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean regex(String value, String expected) {
    try {
      return Pattern.compile(expected).matcher(value).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private static boolean validElements(String value, String allowed) {
    List<String> items = elements(value);
    List<String> valid = elements(allowed);
    if (items.isEmpty() || valid.isEmpty()) {
      return items.isEmpty() && valid.isEmpty();
    }
    return valid.containsAll(items);
  }

  private static List<String> elements(String s) {
    String t = s.strip();
    while (t.endsWith(",")) {
      t = t.substring(0, t.length() - 1);
    }
    List<String> out = new ArrayList<>();
    if (t.isEmpty()) {
      return out;
    }
    for (String e : t.split(",", -1)) {
      out.add(e.strip());
    }
    return out;
  }

  private static boolean bitmask(String value, String allowed) {
    Optional<Long> mode = octal(value);
    Optional<Long> max = octal(allowed);
    return mode.isPresent() && max.isPresent() && (max.get() & mode.get()) == mode.get();
  }

  /** Permission bits written in octal ({@code 644}); empty for anything else. */
  public static Optional<Long> octal(String text) {
    if (!text.matches("[+-]?[0-7]+")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(text, 8));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
