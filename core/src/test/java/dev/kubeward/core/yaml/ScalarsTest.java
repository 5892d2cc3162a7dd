package dev.kubeward.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScalarsTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0", "7, 7", "-7, -7", "+7, 7", "0644, 420", "-0644, -420", "0o644, 420", "0O17, 15",
    "0x1F, 31", "0XfF, 255", "-0x10, -16", "0b101, 5", "0B11, 3", "1_000_000, 1000000", "0x_ff, 255",
    "00, 0", "007, 7",
    "9223372036854775807, 9223372036854775807", "-9223372036854775808, -9223372036854775808",
    "0x7fffffffffffffff, 9223372036854775807",
  })
  void parsesIntegerLiterals(String text, long expected) {
    assertThat(Scalars.parseInteger(text)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "_", "-", "+", "0x", "0o", "0b", "08", "0b2", "0o9", "1.0", "1e3", "12a", "--1", "+-1", " 1", "0x1g",
    "9223372036854775808", "-9223372036854775809", "\u0663", "1\u0663", "\uFF11", "0x\uFF21", "∞"
  })
  void refusesWhatIsNoIntegerLiteral(String text) {
    assertThat(Scalars.parseInteger(text)).as("'%s'", text).isEmpty();
  }

  @Test
  void integralFloatsCountWhereAnIntegerIsRead() {
    assertThat(Scalars.integer(ScalarNode.of("1e3", true, 1, 1))).hasValue(1000);
    assertThat(Scalars.integer(ScalarNode.of("0.0", true, 1, 1))).hasValue(0);
    assertThat(Scalars.integer(ScalarNode.of("1e30", true, 1, 1))).isEmpty();
    assertThat(Scalars.integer(ScalarNode.of("1e999999999", true, 1, 1))).isEmpty();
    assertThat(Scalars.integer(ScalarNode.of("0.5", true, 1, 1))).isEmpty();
    assertThat(Scalars.integer(ScalarNode.of("1e3", false, 1, 1))).as("quoted").isEmpty();
  }

  /** Seeded property test: every long survives printing in any radix YAML knows. */
  @Test
  void everyLongRoundTripsThroughEveryRadix() {
    Random random = new Random(42L);
    for (int i = 0; i < 10_000; i++) {
      long v = switch (i % 4) {
        case 0 -> random.nextLong();
        case 1 -> random.nextInt();
        case 2 -> random.nextInt(1000);
        default -> -random.nextInt(1000);
      };
      String sign = v < 0 ? "-" : "";
      BigInteger m = BigInteger.valueOf(v).abs();
      assertThat(Scalars.parseInteger(Long.toString(v))).hasValue(v);
      assertThat(Scalars.parseInteger(sign + "0x" + m.toString(16))).hasValue(v);
      assertThat(Scalars.parseInteger(sign + "0o" + m.toString(8))).hasValue(v);
      assertThat(Scalars.parseInteger(sign + "0" + m.toString(8))).hasValue(v);
      assertThat(Scalars.parseInteger(sign + "0b" + m.toString(2))).hasValue(v);
    }
  }

  @Test
  void nullsAndBooleans() {
    for (String n : new String[] {"", "~", "null", "Null", "NULL"}) {
      assertThat(Scalars.isNull(n)).as(n).isTrue();
      assertThat(ScalarNode.of(n, true, 1, 1).isNull()).isTrue();
      assertThat(ScalarNode.of(n, false, 1, 1).isNull()).as("quoted %s", n).isFalse();
    }
    assertThat(Scalars.bool(ScalarNode.of("nULL", true, 1, 1))).isEmpty();
    assertThat(Scalars.bool(ScalarNode.of("oN", true, 1, 1))).as("mixed case is no YAML 1.1 boolean").isEmpty();
  }
}
