package dev.kubeward.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The reference test is searches and anchored matches; it answers as the one expression it replaced. */
class ValuesReferenceTest {

  /** The expression the searches replaced, kept here as the reading to agree with. */
  private static final Pattern EXPRESSION = Pattern.compile(
      "\\$\\(|\\$\\{|\\{\\{|#\\{|%\\(|@@|ENC\\[|^<[^<>]{1,80}>$|^\\$[A-Za-z_][A-Za-z0-9_]{0,80}$|^%[A-Za-z_][A-Za-z0-9_]{0,80}%$");

  private static final Pattern STORE = Pattern.compile(
      "(?i)^(?:vault:|ref\\+|arn:aws|arn:aws-|op://|sm://|awssm:|gcpsm:|azurekeyvault:|akv://|secretsmanager:|doppler://"
          + "|projects/[^/\\s]{1,100}/secrets/)");

  private static final Pattern MASK = Pattern.compile("[xX*•.#_\\-]{1,4096}");

  @Test
  void agreesWithTheExpressionOnGeneratedValues() {
    String[] pieces = {"$", "(", "{", "}", "#", "%", "@", "ENC[", "<", ">", "a", "Z", "_", "9", "pass", "\n", "\r\n", "\r", "\u2028", " ",
        "vault:", "op://", "x", "*", "-", "=", "\"", "'"};
    Random random = new Random(7);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder v = new StringBuilder();
      int length = random.nextInt(8);
      for (int i = 0; i < length; i++) {
        v.append(pieces[random.nextInt(pieces.length)]);
      }
      if (random.nextInt(20) == 0) {
        v.append("a".repeat(75 + random.nextInt(10)));
      }
      String raw = v.toString();
      String u = Values.unquote(raw);
      boolean expected = u.isBlank() || MASK.matcher(u).matches() || EXPRESSION.matcher(u).find() || STORE.matcher(u).find();
      assertThat(Values.isReference(raw)).as("%s", raw.replace("\n", "\\n")).isEqualTo(expected);
    }
  }
}
