package dev.kubeward.secrets;

/**
 * A secret found in a value: which pattern, where (offsets into the value and the 1-based line
 * of the value it starts on), and its redacted form. It never holds the secret itself, so no
 * message, log or report built from it can leak it.
 *
 * @param redacted the public prefix the pattern allows (AKIA, ghp_) with the rest masked, and the
 *     length: {@code AKIA****, 20 characters}; only the length when the pattern has no prefix
 */
public record Detection(SecretPattern pattern, int start, int end, int line, String redacted) {

  static Detection of(SecretPattern pattern, String text, int start, int end, int prefix) {
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    int length = end - start;
    // A prefix is shown only when at least 12 characters stay hidden behind it.
    String shown = prefix > 0 && length - prefix >= 12 ? text.substring(start, start + prefix) + "****, " : "";
    return new Detection(pattern, start, end, line, shown + grouped(length) + " characters");
  }

  /** A count with a comma between groups of three digits: 12,345. */
  static String grouped(int n) {
    String digits = Integer.toString(n);
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  boolean overlaps(int s, int e) {
    return s < end && start < e;
  }
}
