package dev.kubeward.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.testing.Manifests;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written label key and value syntax of {@link LabelSelector} against the API server's
 * regular expressions, on generated text that hits every boundary (dots, dashes, slashes,
 * upper case, non-ASCII, lengths around 63 and 253).
 */
class LabelSelectorSyntaxTest {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final String ALPHABET = "abzAZ09-_./ é\u0660";

  /** The key rule as the API server states it, written with the regexes. */
  private static boolean keyByRegex(String key) {
    int slash = key.lastIndexOf('/');
    String prefix = slash < 0 ? "" : key.substring(0, slash);
    String name = slash < 0 ? key : key.substring(slash + 1);
    return !name.isEmpty() && name.length() <= 63 && NAME.matcher(name).matches()
        && (slash < 0 || (!prefix.isEmpty() && prefix.length() <= 253 && DNS_SUBDOMAIN.matcher(prefix).matches()));
  }

  private static String text(SplittableRandom random, String alphabet, int maxLength) {
    int n = random.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void stringValuesAreThoseFieldShapeCallsStrings() {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: X\nmetadata: {name: x}\nvalues:\n");
    String[] words = {"web", "true", "Yes", "n", "null", "~", "0x1F", "0o17", "1_000", "_5", "+3", "-2", "1e3", "1.5",
        ".5", "7.", "0b101", "v1", "a1b", "0", "inf", ".inf", "NaN", "x_y", "-", "+", ".", "_-5", "__1", "-_0x1F", "+.5e1",
        "0o", "0x", "e5", "1e", "profile-1", "_", "-.5", "1_0.0_0"};
    for (int i = 0; i < 3_000; i++) {
      String value = words[random.nextInt(words.length)] + (random.nextInt(3) == 0 ? words[random.nextInt(words.length)] : "");
      yaml.append(switch (random.nextInt(4)) {
        case 0 -> "- \"" + value + "\"\n";
        case 1 -> "- '" + value + "'\n";
        default -> "- " + value + "\n";
      });
    }
    yaml.append("- {a: b}\n- [a]\n- \n");
    int strings = 0;
    int items = 0;
    for (Field f : Manifests.read(yaml.toString()).resources().get(0).root().get("values").orElseThrow().items()) {
      assertThat(LabelSelector.isString(f)).as("%s", f.text()).isEqualTo(f.shape().equals("a string"));
      strings += LabelSelector.isString(f) ? 1 : 0;
      items++;
    }
    assertThat(strings).isBetween(items / 4, items - items / 10);
  }

  @Test
  void handWrittenSyntaxEqualsTheRegexes() {
    SplittableRandom random = new SplittableRandom(20261122);
    int validNames = 0;
    int validPrefixes = 0;
    int validKeys = 0;
    for (int i = 0; i < 200_000; i++) {
      // Short texts over the whole alphabet, and longer ones mostly of valid characters (to reach the length limits).
      String alphabet = random.nextBoolean() ? ALPHABET : "abz09-.";
      String s = text(random, alphabet, random.nextInt(4) == 0 ? 300 : 12);
      assertThat(LabelSelector.validName(s)).as("name \"%s\"", s).isEqualTo(NAME.matcher(s).matches());
      assertThat(LabelSelector.validDnsSubdomain(s)).as("prefix \"%s\"", s).isEqualTo(DNS_SUBDOMAIN.matcher(s).matches());
      assertThat(LabelSelector.validKey(s)).as("key \"%s\"", s).isEqualTo(keyByRegex(s));
      String key = text(random, "abz09-.", random.nextInt(3) == 0 ? 260 : 10) + "/" + text(random, alphabet, 70);
      assertThat(LabelSelector.validKey(key)).as("key \"%s\"", key).isEqualTo(keyByRegex(key));
      validNames += NAME.matcher(s).matches() ? 1 : 0;
      validPrefixes += DNS_SUBDOMAIN.matcher(s).matches() ? 1 : 0;
      validKeys += keyByRegex(key) ? 1 : 0;
    }
    // The generator reaches both answers often enough for the comparison to mean something.
    assertThat(validNames).isGreaterThan(10_000);
    assertThat(validPrefixes).isGreaterThan(10_000);
    assertThat(validKeys).isGreaterThan(10_000);
  }
}
