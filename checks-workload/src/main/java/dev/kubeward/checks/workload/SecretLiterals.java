package dev.kubeward.checks.workload;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether an environment variable holds a secret in plain text: by the value's own shape
 * (a known credential format) or by a secret-sounding name with a literal value that is not a
 * placeholder. It says only which kind of secret; it never returns or keeps the value.
 */
final class SecretLiterals {

  private record Shape(String kind, Pattern pattern) {}

  private static final List<Shape> SHAPES = List.of(
      new Shape("an AWS access key id", Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b")),
      new Shape("a PEM private key", Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")),
      new Shape("a GitHub token", Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})")),
      new Shape("a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}")),
      new Shape("a JSON Web Token", Pattern.compile("\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*")),
      new Shape("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b")),
      new Shape("a Stripe live key", Pattern.compile("\\b[rs]k_live_[0-9A-Za-z]{20,}")));

  /**
   * Name parts that mean the value is a secret, found across word boundaries (DBPASSWORD, apiKey)
   * but ending where a word of the name ends, so that TOKENIZER and MAX_TOKENS are not tokens.
   */
  private static final List<String> SECRET_WORDS = List.of("PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "SECRETKEY",
      "TOKEN", "APIKEY", "ACCESSKEY", "PRIVATEKEY", "CREDENTIAL", "CREDENTIALS");

  /** Name parts that count only as whole words: inside other words they mean nothing (PASSIVE, PWDUMP). */
  private static final Set<String> SECRET_TOKENS = Set.of("PASS", "PWD", "PW");

  /**
   * Whole words that name a secret only at the end of a name or before KEY (REDIS_AUTH, AUTH_KEY):
   * elsewhere they open a section of settings (GF_AUTH_ANONYMOUS_ORG_ROLE, AUTH_SERVER).
   */
  private static final Set<String> AUTH_TOKENS = Set.of("AUTH", "AUTHORIZATION");

  /** A last name part that makes the variable about a secret (TOKEN_URL, PASSWORD_FILE), not the secret. */
  private static final Set<String> ABOUT_A_SECRET = Set.of(
      "FILE", "PATH", "DIR", "URL", "URI", "ENDPOINT", "HOST", "PORT", "NAME", "ID", "EMAIL", "USER", "USERNAME",
      "REF", "TTL", "EXPIRY", "EXPIRATION", "LIFETIME", "DURATION", "SECONDS", "TIMEOUT", "INTERVAL", "AGE",
      "ENABLED", "DISABLED", "ENABLE", "DISABLE", "REQUIRED", "MODE", "TYPE", "METHOD", "PROVIDER", "BACKEND",
      "STORE", "STRATEGY", "SCHEME", "REALM", "SCOPE", "SCOPES", "DOMAIN", "HEADER", "LENGTH", "SIZE", "COUNT",
      "LIMIT", "POLICY", "VERSION", "ISSUER", "AUDIENCE", "ALGORITHM", "FORMAT", "ROTATION");

  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern WORD_SEPARATOR = Pattern.compile("[^A-Z0-9]+");
  private static final Pattern TRAILING_NUMBER = Pattern.compile("(?<=[A-Z])[0-9]+$");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\([A-Za-z_][A-Za-z0-9_.-]*\\)");
  private static final Pattern TEMPLATE = Pattern.compile("\\$\\{[^}]*}|\\{\\{.*?}}|<[^<>]+>");
  private static final Set<String> PLACEHOLDERS = Set.of(
      "changeme", "change-me", "change_me", "replaceme", "replace-me", "replace_me", "todo", "tbd", "placeholder",
      "redacted", "dummy", "none", "null", "nil", "undefined");

  /** Booleans, short numbers (a timeout, a port), paths to a file holding the secret, masks. */
  private static final Pattern NOT_A_SECRET = Pattern.compile("(?i)true|false|yes|no|on|off|-?[0-9]{1,5}|/.*|x+|[*.]+");

  private SecretLiterals() {}

  /** The kind of credential the value looks like, whatever its variable's name. */
  static Optional<String> credentialKind(String value) {
    return SHAPES.stream().filter(s -> s.pattern().matcher(value).find()).map(Shape::kind).findFirst();
  }

  /** Whether the variable's name says it holds a secret (DB_PASSWORD, apiKey), not a setting about one. */
  static boolean secretName(String name) {
    // A trailing number numbers the variable, not the word: PASSWORD1, DB_PASS2.
    List<String> words = WORD_SEPARATOR.splitAsStream(CAMEL_HUMP.matcher(name).replaceAll("$1_$2").toUpperCase(Locale.ROOT))
        .map(w -> TRAILING_NUMBER.matcher(w).replaceFirst("")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty() || ABOUT_A_SECRET.contains(words.getLast())) {
      return false;
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      joined.append(word);
      boolean lastOrBeforeKey = i == words.size() - 1 || words.get(i + 1).equals("KEY");
      if (SECRET_WORDS.stream().anyMatch(w -> joined.toString().endsWith(w))
          || (SECRET_TOKENS.contains(word) && !words.equals(List.of("PWD")))
          || (AUTH_TOKENS.contains(word) && lastOrBeforeKey)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a value is a literal rather than a $(VAR) reference, a template or a placeholder. */
  static boolean literal(String value) {
    String rest = TEMPLATE.matcher(REFERENCE.matcher(value).replaceAll("")).replaceAll("").strip();
    return !rest.isEmpty()
        && rest.chars().anyMatch(Character::isLetterOrDigit)
        && !PLACEHOLDERS.contains(rest.toLowerCase(Locale.ROOT))
        && !NOT_A_SECRET.matcher(rest).matches();
  }
}
