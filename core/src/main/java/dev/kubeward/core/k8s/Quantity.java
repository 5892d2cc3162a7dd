package dev.kubeward.core.k8s;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 1.5Gi}, {@code 2e3}), parsed to the value
 * the API server stores, following its grammar: a signed decimal number, then a binary suffix
 * (Ki..Ei), a decimal suffix (n, u, m, k, M, G, T, P, E) or a decimal exponent. A suffix is
 * tried before an exponent, so {@code 1E} is one exa. Like the API server, a non-zero value is
 * rounded away from zero to a whole nano ({@code 0.1n} is {@code 1n}) and a magnitude above
 * 2^63-1 is capped there, which also keeps an exponent like {@code 1e999999999} cheap.
 */
public final class Quantity {

  private static final Pattern GRAMMAR =
      Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?");

  private static final Map<String, BigDecimal> SUFFIX =
      Map.ofEntries(
          Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
          Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
          Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
          Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
          Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
          Map.entry("Ei", BigDecimal.valueOf(1L << 60)),
          Map.entry("n", new BigDecimal("1e-9")),
          Map.entry("u", new BigDecimal("1e-6")),
          Map.entry("m", new BigDecimal("1e-3")),
          Map.entry("k", new BigDecimal("1e3")),
          Map.entry("M", new BigDecimal("1e6")),
          Map.entry("G", new BigDecimal("1e9")),
          Map.entry("T", new BigDecimal("1e12")),
          Map.entry("P", new BigDecimal("1e15")),
          Map.entry("E", new BigDecimal("1e18")));

  /** The largest magnitude the API server keeps. */
  public static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private static final int NANO_SCALE = 9;

  private Quantity() {}

  public static Optional<BigDecimal> parse(String text) {
    int hash = text.hashCode();
    Parsed seen = RECENT[(hash * 0x9E3779B9) >>> 23];
    // The hash first: another text in the slot is told apart without reading its characters.
    if (seen != null && seen.hash() == hash && seen.text().equals(text)) {
      return seen.value();
    }
    Optional<BigDecimal> value = read(text);
    RECENT[(hash * 0x9E3779B9) >>> 23] = new Parsed(hash, text, value);
    return value;
  }

  /** A text, its hash, and what {@link #read} made of it. */
  private record Parsed(int hash, String text, Optional<BigDecimal> value) {}

  /**
   * The quantities parsed last, by the hash of their text: manifests write the same few (100m,
   * 128Mi, 1) again and again (the real-world corpus: 117 quantities, 22 distinct texts), and a
   * quantity's value depends on its text alone. Shared by all threads without a lock: an entry is
   * immutable (final fields), so a thread sees it whole or not at all, and a lost write only costs
   * a parse.
   */
  private static final Parsed[] RECENT = new Parsed[1 << 9]; // indexed by the hash's top 9 bits

  /** {@link #parse} without the memo. */
  static Optional<BigDecimal> read(String text) {
    String s = text.strip();
    BigDecimal common = common(s);
    return common != null ? Optional.of(common) : parseGrammar(s);
  }

  /**
   * The usual quantity, up to 17 digits and an optional suffix ({@code 500m}, {@code 128Mi},
   * {@code 2}), read without the regular expression: the same number and factor as
   * {@link #parseGrammar}, through the same {@link #bounded}. Null for any other text.
   */
  private static BigDecimal common(String s) {
    int n = s.length();
    int i = 0;
    long digits = 0;
    while (i < n && i < 17 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      digits = digits * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i == 0 || i == 17) {
      return null;
    }
    BigDecimal number = BigDecimal.valueOf(digits);
    BigDecimal factor;
    if (i == n) {
      return bounded(number);
    } else if (i == n - 1) {
      factor = decimalSuffix(s.charAt(i));
    } else if (i == n - 2 && s.charAt(i + 1) == 'i') {
      factor = binarySuffix(s.charAt(i));
    } else {
      return null;
    }
    return factor == null ? null : bounded(number.multiply(factor));
  }

  /** The factors of {@link #SUFFIX} by their (first) character, for {@link #common}. */
  private static final BigDecimal[] DECIMAL_SUFFIX = byCharacter(1);
  private static final BigDecimal[] BINARY_SUFFIX = byCharacter(2);

  private static BigDecimal[] byCharacter(int length) {
    BigDecimal[] out = new BigDecimal[128];
    SUFFIX.forEach((suffix, factor) -> {
      if (suffix.length() == length) {
        out[suffix.charAt(0)] = factor;
      }
    });
    return out;
  }

  private static BigDecimal decimalSuffix(char c) {
    return c < 128 ? DECIMAL_SUFFIX[c] : null;
  }

  /** The factor of {@code c} followed by {@code i}. */
  private static BigDecimal binarySuffix(char c) {
    return c < 128 ? BINARY_SUFFIX[c] : null;
  }

  /** {@link #parse} by the grammar: every quantity, stripped. */
  static Optional<BigDecimal> parseGrammar(String stripped) {
    Matcher m = GRAMMAR.matcher(stripped);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(m.group(1));
    String suffix = m.group(2);
    if (suffix == null) {
      return Optional.of(bounded(number));
    }
    BigDecimal factor = SUFFIX.get(suffix);
    if (factor != null) {
      return Optional.of(bounded(number.multiply(factor)));
    }
    try {
      return Optional.of(bounded(number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)))));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty(); // an exponent beyond any int
    }
  }

  /** Rounds to whole nanos and caps the magnitude, without ever expanding a huge exponent. */
  private static BigDecimal bounded(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    // Digits before the decimal point: above 19 is surely beyond MAX, below -8 surely under 1n.
    long integerDigits = (long) v.precision() - v.scale();
    if (integerDigits > 19 || (integerDigits > 18 && v.abs().compareTo(MAX) > 0)) {
      return v.signum() > 0 ? MAX : MAX.negate();
    }
    if (integerDigits < -NANO_SCALE + 1) {
      return BigDecimal.ONE.movePointLeft(NANO_SCALE).multiply(BigDecimal.valueOf(v.signum()));
    }
    return v.scale() > NANO_SCALE ? v.setScale(NANO_SCALE, RoundingMode.UP) : v;
  }
}
