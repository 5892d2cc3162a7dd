package dev.kubeward.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  private static BigDecimal q(String text) {
    return Quantity.parse(text).orElseThrow(() -> new AssertionError("no quantity: " + text));
  }

  @ParameterizedTest
  @CsvSource({
    "500m, 0.5",
    "1, 1",
    "0, 0",
    "1.5Gi, 1610612736",
    "1Ki, 1024",
    "1Mi, 1048576",
    "1Ei, 1152921504606846976",
    "2e3, 2000",
    "2E3, 2000",
    "1e-3, 0.001",
    "1E, 1000000000000000000",
    "1k, 1000",
    "1M, 1000000",
    "3G, 3000000000",
    "1T, 1000000000000",
    "1P, 1000000000000000",
    "100n, 0.0000001",
    "5u, 0.000005",
    "1., 1",
    ".5, 0.5",
    "+.5, 0.5",
    "-1.5Gi, -1610612736",
    "0.1m, 0.0001",
    "' 250m ', 0.25",
  })
  void parsesTheKubernetesGrammar(String text, String expected) {
    assertThat(q(text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", " ", "-", "+", ".", "m", "Gi", "1ki", "1KI", "1 Gi", "1e", "1e+", "1.5.5", "0x10", "1Gb", "1iB",
    "one", "1_000", "--1", "1e3.5", "1mm", "1e99999999999", "1,5"
  })
  void refusesWhatIsNoQuantity(String text) {
    assertThat(Quantity.parse(text)).as("'%s'", text).isEmpty();
  }

  @Test
  void roundsUpToANanoAwayFromZeroAsTheApiServerDoes() {
    assertThat(q("0.1n")).isEqualByComparingTo("0.000000001");
    assertThat(q("-0.1n")).isEqualByComparingTo("-0.000000001");
    assertThat(q("1.0000000001")).isEqualByComparingTo("1.000000001");
    assertThat(q("1e-999999999")).isEqualByComparingTo("0.000000001");
    assertThat(q("0e-999999999")).isEqualByComparingTo("0");
  }

  @Test
  void capsTheMagnitudeAtTheLargestLongAsTheApiServerDoes() {
    assertThat(q("9223372036854775807")).isEqualByComparingTo(Quantity.MAX);
    assertThat(q("9223372036854775808")).isEqualByComparingTo(Quantity.MAX);
    assertThat(q("16Ei")).isEqualByComparingTo(Quantity.MAX);
    assertThat(q("1e999999999")).isEqualByComparingTo(Quantity.MAX);
    assertThat(q("-1e999999999")).isEqualByComparingTo(Quantity.MAX.negate());
  }

  /** Seeded property test: a quantity is its number times its suffix's factor. */
  @Test
  void everySuffixScalesTheNumberExactly() {
    Random random = new Random(20240611L);
    List<String> suffixes = List.of("", "n", "u", "m", "k", "M", "G", "T", "Ki", "Mi", "Gi", "Ti");
    List<BigDecimal> factors = List.of(
        BigDecimal.ONE, new BigDecimal("1e-9"), new BigDecimal("1e-6"), new BigDecimal("1e-3"),
        new BigDecimal("1e3"), new BigDecimal("1e6"), new BigDecimal("1e9"), new BigDecimal("1e12"),
        BigDecimal.valueOf(1024), BigDecimal.valueOf(1024L * 1024), BigDecimal.valueOf(1024L * 1024 * 1024),
        BigDecimal.valueOf(1024L * 1024 * 1024 * 1024));
    for (int i = 0; i < 5_000; i++) {
      BigDecimal number = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4));
      if (random.nextBoolean()) {
        number = number.negate();
      }
      int s = random.nextInt(suffixes.size());
      String text = number.toPlainString() + suffixes.get(s);
      BigDecimal expected = number.multiply(factors.get(s));
      if (expected.scale() > 9) {
        expected = expected.setScale(9, RoundingMode.UP);
      }

      assertThat(q(text)).as(text).isEqualByComparingTo(expected);
    }
  }

  /** Seeded property test: suffixes relate as their factors do, and an exponent is a decimal suffix. */
  @Test
  void suffixesRelateAsTheirFactors() {
    Random random = new Random(7L);
    for (int i = 0; i < 5_000; i++) {
      String n = random.nextInt(100_000) + "." + random.nextInt(1000);
      assertThat(q(n + "Gi")).as(n).isEqualByComparingTo(q(n + "Mi").multiply(BigDecimal.valueOf(1024)));
      assertThat(q(n + "Ki")).as(n).isEqualByComparingTo(q(n).multiply(BigDecimal.valueOf(1024)));
      assertThat(q(n + "k")).as(n).isEqualByComparingTo(q(n + "e3"));
      assertThat(q(n + "M")).as(n).isEqualByComparingTo(q(n + "E6"));
      assertThat(q(n + "m").multiply(BigDecimal.valueOf(1000))).as(n).isEqualByComparingTo(q(n));
      assertThat(q(n).add(q(n))).as(n).isEqualByComparingTo(q(n + "e0").multiply(BigDecimal.TWO));
    }
  }

  @Test
  void theCommonFormsReadAsTheGrammarReadsThem() {
    java.util.Random random = new java.util.Random(20261122);
    String[] tails = {"", "m", "n", "u", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "K", "i", "mi",
        "Kb", ".5", "e3", "E2", "x", " ", "Mi ", "\u00b5"};
    int read = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder sb = new StringBuilder();
      int digits = random.nextInt(20);
      for (int i = 0; i < digits; i++) {
        sb.append((char) ('0' + random.nextInt(10)));
      }
      String text = (random.nextInt(8) == 0 ? " " : "") + sb + tails[random.nextInt(tails.length)];
      java.util.Optional<BigDecimal> expected = Quantity.parseGrammar(text.strip());
      assertThat(Quantity.parse(text)).as("'%s'", text).isEqualTo(expected);
      read += expected.isPresent() ? 1 : 0;
    }
    assertThat(read).as("generated quantities the grammar accepts").isGreaterThan(10_000);
  }
}
