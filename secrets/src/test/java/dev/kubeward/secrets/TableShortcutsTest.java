package dev.kubeward.secrets;

import static dev.kubeward.secrets.testing.SyntheticSecrets.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The table-driven shortcuts answer as the plain code they stand for, over seeded generated input:
 * {@link Base64Text#decodeText}'s test of the first groups against decoding the whole, and the
 * character-class tables of {@link Values} against the chains of comparisons they replaced.
 */
class TableShortcutsTest {

  private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  /** Characters that break base64 in various ways, or change the alphabet, or are beyond ASCII. */
  private static final String NOISE = "=-_ \n\t\r.:\"$%é€\u0000\u00ff";

  @Test
  void decodeTextAgreesWithDecodingTheWhole() {
    Random r = new Random(20261122L);
    int texts = 0;
    int binaries = 0;
    for (int n = 0; n < 40_000; n++) {
      String encoded = generated(r);
      Optional<String> plain = Base64Text.decode(encoded).flatMap(Base64Text::text);
      assertThat(Base64Text.decodeText(encoded)).as("%s", encoded).isEqualTo(plain);
      texts += plain.isPresent() ? 1 : 0;
      binaries += plain.isEmpty() && Base64Text.decode(encoded).isPresent() ? 1 : 0;
    }
    assertThat(texts).as("texts decoded").isGreaterThan(5_000);
    assertThat(binaries).as("binary values decoded").isGreaterThan(5_000);
  }

  /** Base64 of random bytes or of text (ASCII, UTF-8, with rare control bytes), standard or URL-safe, then perhaps mutated. */
  private static String generated(Random r) {
    byte[] bytes;
    switch (r.nextInt(4)) {
      case 0 -> {
        bytes = new byte[r.nextInt(120)];
        r.nextBytes(bytes);
      }
      case 1 -> bytes = s(r, "abcXYZ019 :=_-/\n", r.nextInt(150)).getBytes(StandardCharsets.UTF_8);
      case 2 -> bytes = s(r, "passwörd€ \t", r.nextInt(90)).getBytes(StandardCharsets.UTF_8);
      default -> {
        bytes = s(r, "user:secret", 1 + r.nextInt(100)).getBytes(StandardCharsets.US_ASCII);
        bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(0x20);
      }
    }
    Base64.Encoder encoder = switch (r.nextInt(4)) {
      case 0 -> Base64.getUrlEncoder();
      case 1 -> Base64.getEncoder().withoutPadding();
      case 2 -> Base64.getMimeEncoder();
      default -> Base64.getEncoder();
    };
    StringBuilder s = new StringBuilder(encoder.encodeToString(bytes));
    int mutations = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
    for (int m = 0; m < mutations && !s.isEmpty(); m++) {
      int at = r.nextInt(s.length());
      char c = r.nextBoolean() ? NOISE.charAt(r.nextInt(NOISE.length())) : B64.charAt(r.nextInt(B64.length()));
      switch (r.nextInt(3)) {
        case 0 -> s.setCharAt(at, c);
        case 1 -> s.insert(at, c);
        default -> s.deleteCharAt(at);
      }
    }
    return s.toString();
  }

  /** Walking a long text as two halves or four quarters at once finds each occurrence the one walk finds, once. */
  @Test
  void keywordsInPartsAreTheOneWalksOccurrences() {
    SecretDetector detector = SecretDetector.standard();
    java.util.List<java.util.List<String>> words = new java.util.ArrayList<>();
    java.util.List<String> fragments = new java.util.ArrayList<>();
    for (SecretPattern p : detector.patterns()) {
      if (!p.keywords().isEmpty()) {
        words.add(p.keywords());
        fragments.addAll(p.keywords());
      }
    }
    words.add(SecretDetector.ASSIGNMENT_WORDS);
    fragments.addAll(SecretDetector.ASSIGNMENT_WORDS);
    Keywords keywords = new Keywords(words);
    Random r = new Random(5L);
    int found = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder sb = new StringBuilder();
      // Short texts walked whole, texts around the two-halves threshold, and long ones walked as quarters.
      int length = switch (r.nextInt(8)) {
        case 0, 1 -> r.nextInt(300);
        case 2 -> 480 + r.nextInt(2500);
        default -> 100 + r.nextInt(60);
      };
      while (sb.length() < length) {
        String f = fragments.get(r.nextInt(fragments.size()));
        sb.append(r.nextBoolean() ? f.toUpperCase(java.util.Locale.ROOT) : f);
        sb.append(s(r, B64 + "é\n=:", r.nextInt(8)));
      }
      // Cut anywhere, so that keywords straddle the middle and the ends.
      int from = Math.min(sb.length(), r.nextInt(5));
      String text = sb.substring(from, Math.max(from, sb.length() - r.nextInt(5)));
      java.util.List<String> halves = new java.util.ArrayList<>();
      java.util.List<String> oneWalk = new java.util.ArrayList<>();
      keywords.scan(text, (id, start) -> halves.add(id + "@" + start));
      keywords.scanStepwise(text, (id, start) -> oneWalk.add(id + "@" + start));
      java.util.Collections.sort(halves);
      java.util.Collections.sort(oneWalk);
      assertThat(halves).as("%s", text).isEqualTo(oneWalk);
      found += oneWalk.size();
    }
    assertThat(found).as("occurrences compared").isGreaterThan(50_000);
  }

  @Test
  void characterClassTablesAgreeWithComparisons() {
    Random r = new Random(11L);
    String alphabet = B64 + NOISE + "-_.!@#~ABCxyz09ÀßK\u212A";
    for (int n = 0; n < 20_000; n++) {
      String v = s(r, alphabet, r.nextInt(60));
      assertThat(Values.classes(v)).as("%s", v).isEqualTo(classesByComparisons(v));
      assertThat(Values.countLettersAndDigits(v)).as("%s", v).isEqualTo(lowerLettersAndDigitsByComparisons(v));
    }
  }

  /** The early exit of the ASCII count decides as counting every character of the lower-cased value does. */
  @Test
  void lettersAndDigitsDecidedEarlyAsCountedWhole() {
    Random r = new Random(12L);
    String ascii = B64 + "-_.!@#~ :=";
    int decided = 0;
    for (int n = 0; n < 20_000; n++) {
      String alphabet = n % 3 == 0 ? "ABCxyz019" : ascii;
      String v = s(r, alphabet, r.nextInt(40));
      boolean whole = Values.manyLettersAndDigitsAndOther(
          lowerLettersAndDigitsByComparisons(v.toLowerCase(java.util.Locale.ROOT)), v.length());
      assertThat(Values.manyLettersAndDigitsAndOther(v)).as("%s", v).isEqualTo(whole);
      decided += whole ? 1 : 0;
    }
    assertThat(decided).as("values with many letters and digits and another character").isGreaterThan(5_000);
  }

  /** The white space shortcut agrees with Character.isWhitespace on every char. */
  @Test
  void whitespaceShortcutIsCharacterIsWhitespace() {
    int spaces = 0;
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(Values.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
      spaces += Character.isWhitespace((char) c) ? 1 : 0;
    }
    assertThat(spaces).isGreaterThan(20);
  }

  private static int classesByComparisons(String v) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    for (char c : v.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '-' && c != '_' && c != '.') {
        symbol = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
  }

  private static int lowerLettersAndDigitsByComparisons(String v) {
    int n = 0;
    for (char c : v.toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        n++;
      }
    }
    return n;
  }
}
