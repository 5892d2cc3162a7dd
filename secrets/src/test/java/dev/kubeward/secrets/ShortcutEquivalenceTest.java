package dev.kubeward.secrets;

import static dev.kubeward.secrets.testing.SyntheticSecrets.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.secrets.SecretPattern.Token;
import dev.kubeward.secrets.testing.SyntheticSecrets;
import dev.kubeward.secrets.testing.SyntheticSecrets.Sample;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The detector's shortcuts lose nothing: over seeded generated values (random base64, soups of
 * keywords and near-misses, synthetic secrets planted at a value's edges, behind the longest
 * prefixes their patterns allow, in config lines and JSON), {@link SecretDetector#scan} finds
 * exactly what a straightforward reading of the same catalogue finds: every token expression run
 * with {@link Matcher#find} over the whole value when one of its keywords is anywhere in it, and
 * the assignment expression over every line that mentions a secret-sounding word; no pattern's
 * gate is consulted.
 */
class ShortcutEquivalenceTest {

  private static final SecretDetector DETECTOR = SecretDetector.standard();
  private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String HEX = "0123456789abcdef";
  private static final List<String> NAMES = List.of("", "", "DB_PASSWORD", "api-key", "tls.key", "auth", "GITHUB_TOKEN",
      "MAILGUN_API_KEY", "config.yaml", "clientSecret", "AWS_SECRET_ACCESS_KEY", "DD_API_KEY", "--token");

  /** {@link Catalogue#BASE64} lists its characters one by one: it holds exactly the characters of the ranges it spells out. */
  /**
   * Bytes read as text by the decoder's result, as by the decoder that throws on bytes that are not
   * UTF-8: random bytes, mostly valid UTF-8 with a byte broken or cut off, and every sequence's edge.
   */
  @Test
  void bytesAreTextExactlyWhenTheThrowingDecoderReadsThem() {
    Random r = new Random(20261123L);
    String[] pieces = {"a", "é", "€", "😀", "\t", "\n", "key=", "\u00ff", "\u07ff", "\u0800", "\uffff"};
    int text = 0;
    int notText = 0;
    for (int round = 0; round < 40_000; round++) {
      byte[] bytes;
      if (round % 2 == 0) {
        bytes = new byte[r.nextInt(12)];
        r.nextBytes(bytes);
      } else {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(8); i >= 0; i--) {
          sb.append(pieces[r.nextInt(pieces.length)]);
        }
        bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 && r.nextInt(3) == 0) {
          bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
        }
        if (bytes.length > 0 && r.nextInt(3) == 0) {
          bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length));
        }
      }
      Optional<String> expected = thrownWay(bytes);
      assertThat(Base64Text.text(bytes)).as("bytes %s", java.util.Arrays.toString(bytes)).isEqualTo(expected);
      if (expected.isPresent()) {
        text++;
      } else {
        notText++;
      }
    }
    assertThat(text).isGreaterThan(5_000);
    assertThat(notText).isGreaterThan(5_000);
  }

  private static Optional<String> thrownWay(byte[] bytes) {
    for (byte b : bytes) {
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
  }

  @Test
  void listedBase64ClassIsTheRangesClass() {
    java.util.regex.Pattern listed = java.util.regex.Pattern.compile(Catalogue.BASE64);
    java.util.regex.Pattern ranges = java.util.regex.Pattern.compile("[A-Za-z0-9+/]");
    List<Integer> differ = new ArrayList<>();
    int members = 0;
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      boolean inRanges = ranges.matcher(s).matches();
      members += inRanges ? 1 : 0;
      if (listed.matcher(s).matches() != inRanges) {
        differ.add(c);
      }
    }
    assertThat(differ).isEmpty();
    assertThat(members).isEqualTo(64);
  }

  @Test
  void randomBase64AsSecretsHoldIt() {
    Random r = new Random(20261122L);
    int detections = 0;
    for (int i = 0; i < 1000; i++) {
      String value = s(r, i % 3 == 0 ? B64.replace('+', '-').replace('/', '_') : B64, 6 + r.nextInt(2000));
      if (i % 5 == 0) {
        value = value.replaceAll("(.{76})", "$1\n");
      }
      detections += compare(NAMES.get(r.nextInt(NAMES.size())), value);
    }
    assertThat(detections).as("values under secret names are found").isPositive();
  }

  @Test
  void soupsOfKeywordsAndNearMisses() {
    Random r = new Random(7L);
    List<String> fragments = new ArrayList<>();
    for (SecretPattern p : DETECTOR.patterns()) {
      fragments.addAll(p.keywords());
    }
    fragments.addAll(SecretDetector.ASSIGNMENT_WORDS);
    fragments.addAll(List.of("=", ":", ": ", " = ", "://", "@", "\"", "'", " ", "\n", ".", "-", "_", "~", ";", "&", "$",
        "password", "auth", "\"auth\": \"", "token=", "sig=", "sv=2022&se=1", "mailgun", "AA", "SK", "Q~", "-us1", ">.",
        "-----END RSA PRIVATE KEY-----", "ü", "\t", ":=", "=>", "`", "     ", "      ", "\t\t\t", "\u000B", "\f", "\r",
        "',", "\";", "=`"));
    int detections = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + r.nextInt(40);
      for (int k = 0; k < parts; k++) {
        switch (r.nextInt(5)) {
          case 0 -> sb.append(s(r, ALNUM, 1 + r.nextInt(70)));
          case 1 -> sb.append(s(r, HEX, 1 + r.nextInt(40)));
          case 2 -> sb.append(s(r, "0123456789", 1 + r.nextInt(12)));
          default -> sb.append(randomCase(r, fragments.get(r.nextInt(fragments.size()))));
        }
      }
      detections += compare(NAMES.get(r.nextInt(NAMES.size())), sb.toString());
    }
    assertThat(detections).isPositive();
  }

  /**
   * The Discord gate skips the dots that cannot start a token: texts full of dots (config files,
   * host names), with real-looking tokens planted after dots at every distance.
   */
  @Test
  void discordTokensAmongDots() {
    Random r = new Random(11L);
    String urlSafe = ALNUM + "-_";
    int detections = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + r.nextInt(12);
      for (int k = 0; k < parts; k++) {
        if (r.nextBoolean()) {
          sb.append(" \n:=\",/".charAt(r.nextInt(7)));
        }
        switch (r.nextInt(4)) {
          case 0 -> sb.append(s(r, urlSafe + "...", 1 + r.nextInt(60)));
          case 1 -> sb.append('.').append(s(r, urlSafe, r.nextInt(30)));
          case 2 -> sb.append(s(r, urlSafe, 20 + r.nextInt(8))).append('.').append(s(r, urlSafe, 5 + r.nextInt(3)))
              .append('.').append(s(r, urlSafe, 20 + r.nextInt(20)));
          default -> sb.append(discordToken(r));
        }
      }
      detections += compare(NAMES.get(r.nextInt(NAMES.size())), sb.toString());
    }
    assertThat(detections).isPositive();
  }

  /** A bot token whose first part is base64 of a numeric id, as Discord's are. */
  private static String discordToken(Random r) {
    String id = (1 + r.nextInt(9)) + s(r, "0123456789", 17);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.US_ASCII)) + "."
        + s(r, ALNUM + "-_", 6) + "." + s(r, ALNUM + "-_", 27 + r.nextInt(12));
  }

  @Test
  void plantedSecretsAtTheEdgesOfValues() {
    Random r = new Random(42L);
    List<Sample> samples = new SyntheticSecrets(42L).secrets(4);
    int detections = 0;
    for (Sample s : samples) {
      String secret = s.value();
      List<String> around = List.of(
          secret,
          s(r, B64, 1 + r.nextInt(300)) + secret,
          secret + s(r, B64, 1 + r.nextInt(300)),
          s(r, B64, 1 + r.nextInt(300)) + " " + secret + "\n" + s(r, B64, r.nextInt(300)),
          s(r, ALNUM, r.nextInt(200)) + secret.substring(0, secret.length() / 2),
          secret.substring(secret.length() / 3) + s(r, ALNUM, r.nextInt(50)),
          "server.port=8080\n" + (s.name().isEmpty() ? "note" : s.name()) + "=" + secret + "\nlog.level=info\n",
          "{\"auths\":{\"r.example\":{\"username\":\"ci\",\"password\":\"" + secret + "\",\"auth\":\""
              + b64("ci:" + secret) + "\"}}}",
          "token: " + secret + ", key=" + secret,
          secret + secret);
      for (String value : around) {
        detections += compare(s.name(), value);
        detections += compare("", value);
      }
    }
    assertThat(detections).as("most planted secrets are found").isGreaterThan(samples.size() * 4);
  }

  /** Each pattern whose keyword may sit inside its match, with the most characters its expression allows before it. */
  @Test
  void keywordsAsFarIntoTheirMatchesAsTheExpressionsAllow() {
    Random r = new Random(3L);
    String pem = "MIIE" + s(r, B64, 200) + "\n";
    List<String[]> cases = List.of(
        new String[] {"openai-api-key", "sk-svcacct-" + s(r, ALNUM, 160) + "T3BlbkFJ" + s(r, ALNUM, 40)},
        new String[] {"openai-api-key", "sk-" + s(r, ALNUM, 160) + "T3BlbkFJ" + s(r, ALNUM, 160)},
        new String[] {"mailchimp-api-key", s(r, HEX, 32) + "-us12"},
        new String[] {"telegram-bot-token", s(r, "123456789", 10) + ":AA" + s(r, ALNUM, 33)},
        new String[] {"terraform-cloud-token", s(r, ALNUM, 14) + ".atlasv1." + s(r, ALNUM, 70)},
        new String[] {"azure-ad-client-secret", s(r, ALNUM, 3) + "7Q~" + s(r, ALNUM, 34)},
        new String[] {"digitalocean-token", "dor_v1_" + s(r, HEX, 64)},
        new String[] {"teams-webhook", "https://shop.webhook.office.com/webhookb2/" + s(r, ALNUM, 300)},
        new String[] {"url-credentials", "abcdefghij+klmnop.q-r://deploy:" + s(r, ALNUM, 12) + "@git.example.com/x"},
        new String[] {"gcp-service-account-key", "{\"type\"     :     \"service_account\", \"private_key\": \""
            + "-----BEGIN PRIVATE KEY-----\\n" + pem.replace("\n", "\\n") + "-----END PRIVATE KEY-----\\n\"}"},
        new String[] {"private-key-openssh", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + pem + "-----END OPENSSH PRIVATE KEY-----"},
        new String[] {"private-key-pkcs8", "-----BEGIN PRIVATE KEY-----\n" + pem + "-----END PRIVATE KEY-----"});
    for (String[] c : cases) {
      for (String value : List.of(c[1], "x " + c[1] + " y", s(r, B64, 40) + "\n" + c[1])) {
        assertThat(ids(DETECTOR.scan(value))).as(c[0] + " found in a value of %d characters", value.length())
            .contains(c[0]);
        compare("", value);
      }
    }
  }

  /**
   * A resolver marked {@link SecretPattern.OfGroup} puts every secret it finds exactly at the match's
   * group, which lets the detector skip judging a match an earlier detection overlaps: over planted
   * secrets in several surroundings, every such resolver's answer is that group's range or nothing.
   */
  @Test
  void groupResolversFindTheirGroup() {
    Random r = new Random(17L);
    List<SecretPattern> marked = DETECTOR.patterns().stream()
        .filter(p -> p.token().filter(t -> t.resolver() instanceof SecretPattern.OfGroup).isPresent()).toList();
    assertThat(marked).hasSizeGreaterThan(50);
    int found = 0;
    for (Sample s : new SyntheticSecrets(17L).secrets(4)) {
      for (String value : List.of(s.value(), "x " + s.value() + " y", "k=" + s.value() + "\n" + s(r, B64, 80),
          "postgres://u:" + s.value() + "@h/x and https://u:" + s.value() + "@h")) {
        for (SecretPattern p : marked) {
          Token t = p.token().orElseThrow();
          Matcher m = t.regex().matcher(value);
          while (m.find()) {
            Optional<int[]> range = t.resolver().resolve(value, m);
            if (range.isPresent()) {
              int g = SecretPattern.OfGroup.group(m);
              assertThat(range.get()).as(p.id()).containsExactly(m.start(g), m.end(g));
              found++;
            }
          }
        }
      }
    }
    assertThat(found).isGreaterThan(100);
  }

  /**
   * {@link Values#strongEnough} counts an ASCII value's characters in one walk and answers from the
   * counts: as {@link Values#strongEnoughPlain} does walk after walk, over random tokens, words,
   * white space of every kind, the characters the shape tests look for, references, hashes, base64
   * of words, quotes and characters beyond ASCII.
   */
  @Test
  void strongEnoughInOneWalkAsInSeveral() {
    Random r = new Random(23L);
    List<String> parts = List.of(" ", "\t", "\n", "\u000B", "\u001C", "\u00A0", "\u2028", "\u3000", "é", "\u212A", ".", "-",
        "_", "@", "://", ":", "/", "./", "~/", "$", "${X}", "{{", "%", "[", "ENC[", "<pw>", "$2a$", "{SSHA}", "sha256:",
        "vault:", "op://", "\"", "'", "+", "1", "1.5", "0000", "password", "changeme", "EXAMPLE", "xxxx", "admin",
        "example.com", "user@example.com", "https://h.example/x", "a-b_c", b64("hello world"), b64("ci:changeme"));
    int strong = 0;
    for (int i = 0; i < 30_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
        sb.append(switch (r.nextInt(6)) {
          case 0 -> s(r, B64, r.nextInt(40));
          case 1 -> s(r, HEX, r.nextInt(40));
          case 2 -> s(r, "ab", r.nextInt(20));
          case 3 -> s(r, ALNUM + "!#&*", r.nextInt(30));
          default -> parts.get(r.nextInt(parts.size()));
        });
      }
      String v = i % 7 == 0 ? "\"" + sb + "\"" : sb.toString();
      for (int min : new int[] {6, 8}) {
        boolean plain = Values.strongEnoughPlain(v, min);
        assertThat(Values.strongEnough(v, min)).as("a value of %d characters at %d", v.length(), min).isEqualTo(plain);
        strong += plain ? 1 : 0;
      }
    }
    assertThat(strong).isBetween(3_000, 57_000);
  }

  /** A name is judged in the walk that tells whether it is ASCII as the plain way judges it, characters beyond ASCII included. */
  @Test
  void namesMayNameASecretInOneWalk() {
    Random r = new Random(29L);
    List<String> parts = List.of("PASS", "pwd", "Token", "KEY", "auth", "cred", "bearer", "mailgun", "secret", "\u212A", "\u212Aey",
        "\u0130", "\u00E9", "\u00DF", "_", "-", ".", "LOG", "level", "port", "p", "w", "ke", "y");
    int named = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = r.nextInt(5); k < n; k++) {
        sb.append(r.nextInt(3) == 0 ? s(r, ALNUM, r.nextInt(6)) : parts.get(r.nextInt(parts.size())));
      }
      String name = sb.toString();
      boolean plain = SecretDetector.mayNameASecretPlain(name);
      assertThat(SecretDetector.mayNameASecret(name)).as(name).isEqualTo(plain);
      named += plain ? 1 : 0;
    }
    assertThat(named).isBetween(2_000, 18_000);
  }

  /**
   * A name's verdict remembered by its key string is the verdict of the name cut out of the key: over keys met again
   * and again (the same string, and equal strings that are not the same), from every position, enough of them to
   * overwrite each other's entries, and keys too long to be kept.
   */
  @Test
  void aNameJudgedByItsKeyIsJudgedAsTheNameCutOut() {
    Random r = new Random(41L);
    List<String> parts = List.of("PASS", "pwd", "Token", "KEY", "auth", "secret", "\u212Aey", "_", "-", "/", ".", "LOG",
        "level", "port", "example.com/", "app.kubernetes.io/");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = 1 + r.nextInt(6); k < n; k++) {
        sb.append(r.nextInt(3) == 0 ? s(r, ALNUM, r.nextInt(6)) : parts.get(r.nextInt(parts.size())));
      }
      keys.add(r.nextInt(10) == 0 ? sb + "x".repeat(70) : sb.toString());
    }
    int named = 0;
    for (int i = 0; i < 60_000; i++) {
      String key = keys.get(r.nextInt(keys.size()));
      if (r.nextBoolean()) {
        key = new String(key); // equal, not the same
      }
      int from = key.isEmpty() ? 0 : r.nextInt(key.length());
      boolean plain = SecretDetector.mayNameASecret(key.substring(from));
      assertThat(SecretDetector.mayNameASecret(key, from)).as("%s from %d", key, from).isEqualTo(plain);
      named += plain ? 1 : 0;
    }
    assertThat(named).isBetween(6_000, 54_000);
  }

  /**
   * A value that fails {@link Values#mayBeNamedSecret} passes no named pattern's value test, whatever its name: the
   * detector then leaves the name unread. Over values shaped like each vendor's (hex of 32 and 40, {@code key-} and
   * hex, UUIDs, {@code s.} and 24 characters, base64 of 40 and of 86 with its padding), random ones of every mix of
   * classes and length, quoted, padded, with a space inside or beyond ASCII.
   */
  @Test
  void valuesNoNameCanMakeASecretPassNoNamedValueTest() {
    Random r = new Random(37L);
    List<SecretPattern.Named> named = DETECTOR.patterns().stream().flatMap(p -> p.named().stream()).toList();
    List<String> alphabets = List.of("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789", HEX, ALNUM,
        B64, "-_.", "abc-_.", "!@#$%^&*:/", "abc!", "ab\u00E9\u00DF", "ab c", "ab\tc", "x", "xX*");
    int skipped = 0;
    int passed = 0;
    for (int i = 0; i < 40_000; i++) {
      String v = switch (r.nextInt(10)) {
        case 0 -> s(r, HEX, r.nextBoolean() ? 32 : 40);
        case 1 -> r.nextBoolean() ? "key-" + s(r, HEX, 32) : s(r, HEX, 32) + "-" + s(r, HEX, 8) + "-" + s(r, HEX, 8);
        case 2 -> s(r, HEX, 8) + "-" + s(r, HEX, 4) + "-" + s(r, HEX, 4) + "-" + s(r, HEX, 4) + "-" + s(r, HEX, 12);
        case 3 -> "s." + s(r, ALNUM, 24);
        case 4 -> r.nextBoolean() ? s(r, B64, 40) : s(r, B64, 86) + "==";
        default -> s(r, alphabets.get(r.nextInt(alphabets.size())), r.nextInt(30));
      };
      v = switch (r.nextInt(6)) {
        case 0 -> "\"" + v + "\"";
        case 1 -> "'" + v + "'";
        case 2 -> " " + v + "\n";
        case 3 -> v.isEmpty() ? v : v.substring(0, v.length() / 2) + " " + v.substring(v.length() / 2);
        default -> v;
      };
      assertThat(Values.mayBeNamedSecret(v)).as(v).isEqualTo(mayBeNamedSecretPlain(v));
      String stripped = v.strip();
      boolean anyPasses = false;
      for (SecretPattern.Named n : named) {
        anyPasses |= n.value().test(stripped);
      }
      if (Values.mayBeNamedSecret(v)) {
        passed += anyPasses ? 1 : 0;
      } else {
        assertThat(anyPasses).as(v).isFalse();
        skipped++;
      }
    }
    assertThat(skipped).isBetween(5_000, 35_000);
    assertThat(passed).isBetween(3_000, 35_000);
  }

  /** {@link Values#mayBeNamedSecret} over the unquoted copy of the value, as {@link Values#strongEnough} reads it. */
  private static boolean mayBeNamedSecretPlain(String raw) {
    String v = Values.unquote(raw);
    if (v.length() < 6 || v.length() > 8192) {
      return false;
    }
    String read = v.substring(0, Math.min(v.length(), 64));
    return read.chars().noneMatch(Character::isWhitespace) && (Values.classes(read) >= 2 || v.length() >= 16);
  }

  /** A value scanned under a key's last segment, cut out only when read, holds what it holds under the segment itself. */
  @Test
  void aNameCutOutOfAKeyOnlyWhenReadFindsWhatTheCutNameFinds() {
    Random r = new Random(43L);
    List<String> prefixes = List.of("", "example.com/", "vault.hashicorp.com/", "a/b/", "x/");
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      String name = NAMES.get(r.nextInt(NAMES.size()));
      String key = prefixes.get(r.nextInt(prefixes.size())) + name + (r.nextInt(10) == 0 ? "/" : "");
      String value = switch (r.nextInt(5)) {
        case 0 -> s(r, B64, 8 + r.nextInt(60));
        case 1 -> s(r, HEX, 32);
        case 2 -> "\"" + s(r, ALNUM, 6 + r.nextInt(20)) + "\"\n";
        case 3 -> "some words " + s(r, ALNUM, 12);
        default -> s(r, "abc", r.nextInt(20));
      };
      int from = key.lastIndexOf('/') + 1;
      List<Detection> cut = DETECTOR.scan(key.substring(from), value);
      assertThat(DETECTOR.scan(key, from, value)).as(key + " " + value).isEqualTo(cut);
      found += cut.isEmpty() ? 0 : 1;
    }
    assertThat(found).isBetween(1_000, 19_000);
  }

  /** An ASCII name's words cut out of it are the words the plain way builds a character at a time. */
  @Test
  void asciiNamesSplitIntoTheWordsThePlainWayBuilds() {
    Random r = new Random(41L);
    List<String> parts = List.of("db", "DB", "Password", "PASSWORD", "apiKey", "api", "Key", "2", "10", "x1", "_", "-", ".",
        "--", " ", "/", "aB", "Ab", "9a", "a9B", "TOKEN", "secret", "\u00E9", "\u212A", "\u0130");
    int ascii = 0;
    for (int i = 0; i < 30_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = r.nextInt(7); k < n; k++) {
        sb.append(r.nextInt(4) == 0 ? s(r, ALNUM + "_-.", r.nextInt(5)) : parts.get(r.nextInt(parts.size())));
      }
      String name = sb.toString();
      if (SecretDetector.isAscii(name)) {
        ascii++;
        assertThat(SecretNames.asciiWords(name)).as(name).isEqualTo(SecretNames.wordsPlain(name));
      }
      assertThat(SecretNames.words(name)).as(name).isEqualTo(SecretNames.wordsPlain(name));
    }
    assertThat(ascii).isBetween(10_000, 29_000);
  }

  /** A vendor's name expression runs only on names with one of its words: it finds nothing in the others. */
  @Test
  void nameExpressionsRunOnlyWhereTheirWordsAre() {
    Random r = new Random(11L);
    List<String> words = List.of("AWS", "SECRET", "ACCESS", "KEY", "AZURE", "STORAGE", "ACCOUNT", "TWILIO", "AUTH",
        "TOKEN", "MAILGUN", "API", "HEROKU", "APIKEY", "DD", "DATADOG", "APP", "APPLICATION", "APPKEY", "VAULT", "ROOT",
        "AWSX", "XDD", "DB", "PASSWORD", "1");
    List<Catalogue.NameTest> tests = DETECTOR.patterns().stream().flatMap(p -> p.named().stream())
        .filter(n -> n.name() instanceof Catalogue.NameTest).map(n -> (Catalogue.NameTest) n.name()).toList();
    assertThat(tests).hasSize(8);
    int matched = 0;
    for (int i = 0; i < 20000; i++) {
      StringBuilder name = new StringBuilder();
      for (int k = 0, n = 1 + r.nextInt(6); k < n; k++) {
        name.append(k == 0 ? "" : List.of("_", "-", ".", "").get(r.nextInt(4))).append(words.get(r.nextInt(words.size())));
      }
      SecretPattern.Name read = SecretPattern.Name.of(name.toString());
      for (Catalogue.NameTest t : tests) {
        boolean expected = t.regex().matcher(read.framed()).find();
        assertThat(t.test(read)).as(read.framed() + " against " + t.regex()).isEqualTo(expected);
        matched += expected ? 1 : 0;
      }
    }
    assertThat(matched).isPositive();
  }

  /** The entropy test by table gives the answer of the plain formula, ties and text beyond ASCII included. */
  @Test
  void entropyByTableAsByTheFormula() {
    Random r = new Random(5L);
    List<String> alphabets = List.of(B64, HEX, "ab", "abcd", "aabbccdd", "0123456789", "aé", ALNUM + "!@#$%^&*()");
    int near = 0;
    for (int i = 0; i < 20000; i++) {
      String s = s(r, alphabets.get(r.nextInt(alphabets.size())), r.nextInt(i % 100 == 0 ? 3000 : 80));
      double exact = Values.entropy(s);
      for (double min : new double[] {2.5, 3.0, 3.3, 1.0, 2.0, exact}) {
        assertThat(Values.entropyAtLeast(s, min)).as("entropy of %d characters against %s", s.length(), min)
            .isEqualTo(exact >= min);
        near += min == exact ? 1 : 0;
      }
    }
    // Uniform strings of 2, 4 or 8 distinct characters have exactly 1, 2 or 3 bits: ties are tested.
    for (String s : List.of("ab", "abcd", "abcdefgh", "aabbccddeeffgghh", "abababab")) {
      assertThat(Values.entropyAtLeast(s, Values.entropy(s))).isTrue();
    }
    assertThat(near).isPositive();
  }

  /** An anchored expression of {@link Values} matches nothing that its first-character test turns away. */
  @Test
  void anchoredExpressionsStartAsTheirTestsSay() {
    Random r = new Random(13L);
    List<String> fragments = List.of("vault:", "VAULT:", "Ref+", "arn:aws", "ARN:AWS-", "op://", "sm://", "awssm:", "gcpsm:",
        "AzureKeyVault:", "akv://", "secretsmanager:", "Doppler://", "projects/p/secrets/", "$2a$", "$argon2id$", "$6$",
        "{SSHA}", "{pbkdf2-sha256}", "sha256:", "MD5:", "0123456789abcdef", "file:", "./", "../", "~/", "/", "+", "-",
        "12", "3.5", "1,000", "xxxx", "***", "•", "#", "_", ".", "X", "k", "s", "S", "a", "é", " ", "$", "{", "}", ":");
    int matched = 0;
    for (int i = 0; i < 30000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = r.nextInt(5); k < n; k++) {
        sb.append(r.nextInt(4) == 0 ? s(r, ALNUM, 1 + r.nextInt(20)) : fragments.get(r.nextInt(fragments.size())));
      }
      String v = sb.toString();
      for (Values.Anchored a : Values.ANCHORED) {
        boolean plain = a.regex().matcher(v).matches();
        boolean prefix = a.regex().matcher(v).lookingAt();
        assertThat(a.matches(v)).as("%s matches a value of %d characters", a.regex(), v.length()).isEqualTo(plain);
        assertThat(a.lookingAt(v)).as("%s at the start of a value of %d characters", a.regex(), v.length())
            .isEqualTo(prefix);
        matched += prefix ? 1 : 0;
      }
    }
    assertThat(matched).isGreaterThan(1000);
  }

  /**
   * {@link Values#isPlaceholder} decides an ASCII value without lower-casing it when it can: as it
   * does lower-casing every value, over random values, planted markers and stand-ins in any case,
   * EXAMPLE tokens, quotes, references and characters beyond ASCII (the Kelvin sign, a dotted I).
   */
  @Test
  void placeholdersWithoutLowerCasingAsWithIt() {
    Random r = new Random(20261122L);
    List<String> parts = List.of("changeme", "ChangeMe", "EXAMPLE", "example", "password", "Password", "xxxx", "****",
        "your_", "admin", "secret", "Token", "apikey", "\u212A", "\u0130", "\u00DF", "${X}", "\"", "'", " ", "_", "-",
        "lorem", "FIXME", "test", "Dummy");
    int placeholders = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(4);
      for (int k = 0; k < n; k++) {
        sb.append(r.nextInt(3) == 0 ? parts.get(r.nextInt(parts.size())) : s(r, i % 2 == 0 ? B64 : ALNUM, r.nextInt(i % 5 == 0 ? 40 : 12)));
      }
      String v = sb.toString();
      boolean plain = Values.isPlaceholder(v, false);
      assertThat(Values.isPlaceholder(v, true)).as(v).isEqualTo(plain);
      placeholders += plain ? 1 : 0;
    }
    // Both outcomes are exercised.
    assertThat(placeholders).isBetween(1_000, 19_000);
  }

  private static List<String> ids(List<Detection> found) {
    return found.stream().map(d -> d.pattern().id()).toList();
  }

  /** Asserts that the detector and the reference agree on a value; returns how many detections they made. */
  private static int compare(String name, String value) {
    List<Detection> expected = reference(name, value);
    assertThat(DETECTOR.scan(name, value))
        .as("value of %d characters named '%s' (seeded; the value is not printed)", value.length(), name)
        .isEqualTo(expected);
    return expected.size();
  }

  // ---- the straightforward reading ----

  static List<Detection> reference(String name, String value) {
    if (value.length() < 6) {
      return List.of();
    }
    String lower = asciiLower(value);
    List<Detection> found = new ArrayList<>();
    for (SecretPattern p : DETECTOR.patterns()) {
      Optional<Token> token = p.token();
      if (token.isEmpty()) {
        continue;
      }
      Token t = token.get();
      // No gate: a gate may only spare the expression where it cannot match.
      if (!t.keywords().isEmpty() && t.keywords().stream().noneMatch(lower::contains)) {
        continue;
      }
      Matcher m = t.regex().matcher(value);
      while (m.find()) {
        t.resolver().resolve(value, m).ifPresent(
            range -> add(found, Detection.of(p, value, range[0], range[1], t.prefix())));
      }
    }
    if (!name.isEmpty() && found.isEmpty()) {
      String v = value.strip();
      int start = value.indexOf(v);
      DETECTOR.namedMatch(name, v).ifPresent(p -> add(found, Detection.of(p, value, start, start + v.length(), 0)));
    }
    Matcher m = SecretDetector.ASSIGNMENT.matcher(value).useTransparentBounds(true);
    for (int line = 0; line <= value.length(); ) {
      int end = value.indexOf('\n', line);
      end = end < 0 ? value.length() : end;
      String text = lower.substring(line, end);
      if (SecretDetector.ASSIGNMENT_WORDS.stream().anyMatch(text::contains)) {
        m.region(line, end);
        while (m.find()) {
          int s = m.start(2);
          int e = SecretDetector.trimTrailing(value, s, m.end(2));
          if (e - s >= SecretDetector.MIN_TEXT_VALUE && found.stream().noneMatch(d -> d.overlaps(s, e))) {
            DETECTOR.namedMatch(m.group(1), value.substring(s, e))
                .ifPresent(p -> add(found, Detection.of(p, value, s, e, 0)));
          }
        }
      }
      line = end + 1;
    }
    found.sort(Comparator.comparingInt(Detection::start));
    return found;
  }

  private static void add(List<Detection> found, Detection d) {
    if (found.stream().noneMatch(f -> f.overlaps(d.start(), d.end()))) {
      found.add(d);
    }
  }

  /** Lower case for ASCII letters only, as the keyword automaton compares. */
  private static String asciiLower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + 32);
      }
    }
    return new String(c);
  }

  // ---- generators ----

  private static String randomCase(Random r, String s) {
    if (r.nextBoolean()) {
      return s;
    }
    return r.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
