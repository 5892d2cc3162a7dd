package dev.kubeward.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingMessageTest {

  @Test
  void plainPlaceholdersReadAsStringFormatDoes() {
    Random random = new Random(42);
    String[] pieces = {"container ", "%s", " runs ", "%%", "50% ", "%d", "\"", "%n", "x", "%-5s", "%05d"};
    for (int n = 0; n < 2_000; n++) {
      StringBuilder format = new StringBuilder();
      int placeholders = 0;
      for (int k = random.nextInt(6); k >= 0; k--) {
        String p = pieces[random.nextInt(pieces.length)];
        format.append(p);
        placeholders += p.equals("%s") || p.equals("%d") || p.equals("%-5s") || p.equals("%05d") ? 1 : 0;
      }
      Object[] args = new Object[placeholders + random.nextInt(2)];
      for (int i = 0; i < args.length; i++) {
        args[i] = random.nextBoolean() ? "v" + i : (Object) random.nextInt(100);
      }
      String f = format.toString();
      String expected;
      try {
        // Without arguments a message is taken as written (a check's literal text may hold a %).
        expected = args.length == 0 ? f : String.format(Locale.ROOT, f, args);
      } catch (RuntimeException e) {
        continue; // a mismatched format fails the same way through the fallback
      }
      assertThat(Finding.message(f, args)).as(f).isEqualTo(expected);
    }
  }

  @Test
  void noArgumentsLeavesTheTextAlone() {
    assertThat(Finding.message("100% sure")).isEqualTo("100% sure");
  }
}
