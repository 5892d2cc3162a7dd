package dev.kubeward.netpol.ip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written dotted-quad reader says what the plain one (split on dots) says, on generated text. */
class IpAddressParseTest {

  @Test
  void handReaderEqualsThePlainOne() {
    Random random = new Random(3_2026L);
    String[] parts = {"0", "00", "010", "1", "10", "99", "255", "256", "300", "999", "1000", "", "a", "1a", "-1", "+1", " 1", "0x1"};
    int valid = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(6);
      for (int j = 0; j < n; j++) {
        if (j > 0) {
          sb.append(random.nextInt(20) == 0 ? ":" : ".");
        }
        sb.append(random.nextInt(3) == 0 ? parts[random.nextInt(parts.length)] : String.valueOf(random.nextInt(256)));
      }
      String text = sb.toString();
      if (text.indexOf(':') < 0) {
        assertThat(IpAddress.parse(text)).as(text).isEqualTo(parseV4BySplit(text));
        valid += IpAddress.parse(text).isPresent() ? 1 : 0;
      }
    }
    assertThat(valid).isGreaterThan(5_000);
  }

  /** {@code IpAddress.parseV4}, written plainly. */
  private static Optional<IpAddress.Parsed> parseV4BySplit(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    long value = 0;
    boolean legacy = false;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.empty();
      }
      int n = Integer.parseInt(p);
      if (n > 255) {
        return Optional.empty();
      }
      legacy |= p.length() > 1 && p.charAt(0) == '0';
      value = (value << 8) | n;
    }
    return Optional.of(new IpAddress.Parsed(IpAddress.v4(value), legacy));
  }
}
