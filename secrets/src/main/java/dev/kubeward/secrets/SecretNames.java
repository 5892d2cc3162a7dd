package dev.kubeward.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a name (an environment variable, a YAML key, a {@code key=} in a config file, a
 * {@code --flag}) says its value is a secret, and which kind: DB_PASSWORD, apiKey,
 * spring.datasource.password, --auth-token. A name about a secret rather than holding one
 * (PASSWORD_FILE, TOKEN_URL, secretName, existingSecret) is not one.
 */
public final class SecretNames {

  /** The kind of secret a name announces, in the order a name is tested for them. */
  public enum Kind {
    PASSWORD,
    API_KEY,
    TOKEN,
    SECRET
  }

  /**
   * Name parts that mean the value is a secret, found across word boundaries (DBPASSWORD, apiKey)
   * but ending where a word of the name ends, so that TOKENIZER and MAX_TOKENS are not tokens.
   */
  private static final List<Suffix> SECRET_WORDS = List.of(
      new Suffix("PASSWORD", Kind.PASSWORD), new Suffix("PASSWD", Kind.PASSWORD), new Suffix("PASSPHRASE", Kind.PASSWORD),
      new Suffix("APIKEY", Kind.API_KEY), new Suffix("ACCESSKEY", Kind.API_KEY), new Suffix("SECRETKEY", Kind.API_KEY),
      new Suffix("PRIVATEKEY", Kind.API_KEY), new Suffix("SIGNINGKEY", Kind.API_KEY), new Suffix("ENCRYPTIONKEY", Kind.API_KEY),
      new Suffix("MASTERKEY", Kind.API_KEY), new Suffix("LICENSEKEY", Kind.API_KEY),
      new Suffix("TOKEN", Kind.TOKEN), new Suffix("SECRET", Kind.SECRET), new Suffix("CREDENTIAL", Kind.SECRET),
      new Suffix("CREDENTIALS", Kind.SECRET), new Suffix("CREDS", Kind.SECRET));

  private record Suffix(String word, Kind kind) {}

  /** Name parts that count only as whole words: inside other words they mean nothing (PASSIVE, PWDUMP). */
  private static final Set<String> PASSWORD_TOKENS = Set.of("PASS", "PWD", "PW");

  /**
   * Whole words that name a secret only at the end of a name or before KEY (REDIS_AUTH, AUTH_KEY):
   * elsewhere they open a section of settings (GF_AUTH_ANONYMOUS_ORG_ROLE, AUTH_SERVER).
   */
  private static final Set<String> AUTH_TOKENS = Set.of("AUTH", "AUTHORIZATION", "BEARER");

  /** A last name part that makes the variable about a secret (TOKEN_URL, PASSWORD_FILE), not the secret. */
  private static final Set<String> ABOUT_A_SECRET = Set.of(
      "FILE", "FILES", "PATH", "DIR", "URL", "URI", "ENDPOINT", "HOST", "PORT", "NAME", "NAMES", "ID", "IDS", "EMAIL",
      "USER", "USERNAME", "REF", "REFS", "KEYREF", "TTL", "EXPIRY", "EXPIRATION", "EXPIRES", "LIFETIME", "DURATION",
      "SECONDS", "TIMEOUT", "INTERVAL", "AGE", "ENABLED", "DISABLED", "ENABLE", "DISABLE", "REQUIRED", "MODE", "TYPE",
      "METHOD", "PROVIDER", "BACKEND", "STORE", "STRATEGY", "SCHEME", "REALM", "SCOPE", "SCOPES", "DOMAIN", "HEADER",
      "LENGTH", "SIZE", "COUNT", "LIMIT", "POLICY", "POLICIES", "VERSION", "ISSUER", "AUDIENCE", "ALGORITHM", "FORMAT",
      "ROTATION", "HASH", "HASHED", "DIGEST", "CHECKSUM", "SHA", "FINGERPRINT", "PREFIX", "SUFFIX", "KEY", "KEYS",
      "FIELD", "PROPERTY", "MOUNT", "VOLUME", "TEMPLATE", "ANNOTATIONS", "LABELS", "SELECTOR", "NAMESPACE", "CREATE",
      "GENERATE", "RESET", "REFRESH", "VALIDATION", "REGEX", "PATTERN", "COMPLEXITY", "MIN", "MAX", "HINT", "HELP",
      "LOCATION", "SOURCE", "ENV", "VAR", "SECRETS");

  /**
   * A first name part that makes the value the name of another object (existingSecret,
   * EXISTING_SECRET_PASSWORD_KEY), not a secret.
   */
  private static final Set<String> REFERENCE_PREFIXES = Set.of("EXISTING", "USE", "CREATE", "SHOW", "REQUIRE", "SKIP");

  private SecretNames() {}

  /** The kind of secret {@code name} announces; empty when it announces none. */
  public static Optional<Kind> kind(String name) {
    return kind(words(name));
  }

  /** The kind of secret a name announces, from its {@link #words}. */
  static Optional<Kind> kind(List<String> words) {
    if (words.isEmpty() || ABOUT_A_SECRET.contains(words.getLast()) && !keyIsTheSecret(words)
        || REFERENCE_PREFIXES.contains(words.getFirst())) {
      return Optional.empty();
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      joined.append(word);
      boolean lastOrBeforeKey = i == words.size() - 1 || words.get(i + 1).equals("KEY");
      for (Suffix s : SECRET_WORDS) {
        if (endsWithWord(joined, s.word())) {
          return Optional.of(s.kind());
        }
      }
      if (PASSWORD_TOKENS.contains(word) && !words.equals(List.of("PWD"))) {
        return Optional.of(Kind.PASSWORD);
      }
      if (AUTH_TOKENS.contains(word) && lastOrBeforeKey) {
        return Optional.of(Kind.TOKEN);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code name} announces a secret. */
  public static boolean isSecret(String name) {
    return kind(name).isPresent();
  }

  /**
   * KEY at the end is itself the secret after a word that makes a key secret (API_KEY, ACCESS_KEY,
   * PRIVATE_KEY, SECRET_KEY) but names a Secret's key after a secret word (PASSWORD_KEY, TOKEN_KEY).
   */
  private static boolean keyIsTheSecret(List<String> words) {
    if (!words.getLast().equals("KEY") || words.size() < 2) {
      return false;
    }
    String before = words.get(words.size() - 2);
    return Set.of("API", "ACCESS", "SECRET", "PRIVATE", "SIGNING", "ENCRYPTION", "MASTER", "LICENSE", "AUTH", "CLIENT")
        .contains(before);
  }

  private static boolean endsWithWord(StringBuilder joined, String word) {
    int n = joined.length();
    int w = word.length();
    return n >= w && joined.indexOf(word, n - w) == n - w;
  }

  /** DB_PASSWORD, dbPassword, db.password, --db-password: DB, PASSWORD; a trailing number numbers the name (PASSWORD2). */
  static List<String> words(String name) {
    return SecretDetector.isAscii(name) ? asciiWords(name) : wordsPlain(name);
  }

  /**
   * {@link #words} of an ASCII name, each cut out of the name where it ends rather than built up a
   * character at a time: in ASCII a letter or digit is [A-Za-z0-9], and upper-casing a word's
   * characters one by one, then the word, is upper-casing the word.
   */
  static List<String> asciiWords(String name) {
    List<String> out = new ArrayList<>(4);
    int from = -1;
    char prev = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        addWord(name, from, i, out);
        from = -1;
      } else {
        if (c >= 'A' && c <= 'Z' && (prev >= 'a' && prev <= 'z' || prev >= '0' && prev <= '9')) {
          addWord(name, from, i, out);
          from = -1;
        }
        from = from < 0 ? i : from;
      }
      prev = c;
    }
    addWord(name, from, name.length(), out);
    return out;
  }

  /** The word {@code name[from..to)} ({@code from} -1: none), upper case, without its trailing digits unless it is all digits. */
  private static void addWord(String name, int from, int to, List<String> out) {
    if (from < 0) {
      return;
    }
    int end = to;
    while (end > from && name.charAt(end - 1) >= '0' && name.charAt(end - 1) <= '9') {
      end--;
    }
    out.add(name.substring(from, end == from ? to : end).toUpperCase(Locale.ROOT));
  }

  /** {@link #words} a character at a time: for names beyond ASCII, and the equivalence test. */
  static List<String> wordsPlain(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(w, out);
      } else {
        if (Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev))) {
          flush(w, out);
        }
        w.append(Character.toUpperCase(c));
      }
      prev = c;
    }
    flush(w, out);
    return out;
  }

  private static void flush(StringBuilder w, List<String> out) {
    if (w.isEmpty()) {
      return;
    }
    String word = w.toString();
    int end = word.length();
    while (end > 0 && Character.isDigit(word.charAt(end - 1))) {
      end--;
    }
    out.add((end == 0 ? word : word.substring(0, end)).toUpperCase(Locale.ROOT));
    w.setLength(0);
  }
}
