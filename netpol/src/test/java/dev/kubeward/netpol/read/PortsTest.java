package dev.kubeward.netpol.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written port name check says what the regular expression and the plain rules say. */
class PortsTest {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

  @Test
  void handCheckEqualsTheRegexOnGeneratedNames() {
    Random random = new Random(7_2026L);
    String alphabet = "abz09-A_.";
    int valid = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(18);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 5 : alphabet.length())));
      }
      String name = sb.toString();
      assertThat(Ports.invalidName(name)).as(name).isEqualTo(invalidNameByRegex(name));
      if (Ports.invalidName(name).isEmpty()) {
        valid++;
      }
    }
    assertThat(valid).isGreaterThan(1000);
  }

  @Test
  void examples() {
    assertThat(Ports.invalidName("metrics-1")).isEmpty();
    assertThat(Ports.invalidName("http")).isEmpty();
    assertThat(Ports.invalidName("a--b")).contains("single hyphens");
    assertThat(Ports.invalidName("-a")).contains("single hyphens");
    assertThat(Ports.invalidName("8080")).contains("at least one letter");
    assertThat(Ports.invalidName("")).contains("1 to 15");
    assertThat(Ports.invalidName("abcdefghijklmnop")).contains("1 to 15");
  }

  /** {@code Ports.invalidName}, as the regular expression and the rules read. */
  private static String invalidNameByRegex(String name) {
    if (name.isEmpty() || name.length() > 15) {
      return Ports.LENGTH;
    }
    if (!NAME.matcher(name).matches() || name.contains("--")) {
      return Ports.CHARACTERS;
    }
    if (name.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      return Ports.LETTER;
    }
    return "";
  }
}
