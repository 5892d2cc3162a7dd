package dev.kubeward.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What keeps false positives low: placeholders and references that are not secrets, example
 * values from vendors' documentation, and the strength a value needs before a secret-sounding
 * name alone makes it a finding (length, character classes, Shannon entropy).
 */
public final class Values {

  private Values() {}

  /** Minimum entropy, in bits per character, of the random part of a vendor token. */
  static final double TOKEN_ENTROPY = 3.0;

  /**
   * Marks of a reference or template anywhere in a value: $(VAR), ${VAR}, {{ .x }}, #{x},
   * %(x), @@x@@, ENC[...]. Each holds $ { % @ or [, which {@link #referenceSyntax} looks for first.
   */
  private static final List<String> REFERENCE_MARKS = List.of("$(", "${", "{{", "#{", "%(", "@@", "ENC[");

  /** Values that are a reference as a whole: <password>, $VAR, %VAR%. */
  private static final Pattern WHOLE_REFERENCE = Pattern.compile(
      "<[^<>]{1,80}>|\\$[A-Za-z_][A-Za-z0-9_]{0,80}|%[A-Za-z_][A-Za-z0-9_]{0,80}%");

  /** The longest value {@link #WHOLE_REFERENCE} can match, with a line end. */
  private static final int WHOLE_REFERENCE_MAX = 85;

  /** Pointers into a secret store rather than a secret: vault:..., ref+vault://..., arn:aws:..., op://... */
  private static final Anchored STORE_REFERENCE = Anchored.of(
      "(?i)^(?:vault:|ref\\+|arn:aws|arn:aws-|op://|sm://|awssm:|gcpsm:|azurekeyvault:|akv://|secretsmanager:|doppler://"
          + "|projects/[^/\\s]{1,100}/secrets/)", "vraosgdp", true);

  /** Strings only of mask characters: xxxx, ****, ...., ----. */
  private static final Anchored MASK = Anchored.of("[xX*•.#_\\-]{1,4096}", "xX*•.#_-", false);

  /** Words that mark a value as a stand-in wherever they appear in it. */
  private static final List<String> MARKERS = List.of(
      "changeme", "change_me", "change-me", "changeit", "replaceme", "replace_me", "replace-me", "replace_with",
      "placeholder", "your_", "your-", "yourpass", "yoursecret", "yourtoken", "yourkey", "yourapikey", "example",
      "sample", "dummy", "redacted", "notreal", "not-real", "not_real", "notasecret", "not-a-secret", "fake", "xxxx",
      "****", "<insert", "insert_", "insert-", "_here", "-here", "todo", "fixme", "lorem");

  /** {@link #MARKERS} found in one pass (they are lower case, as the text they are looked for in). */
  private static final Keywords MARKER_AUTOMATON = new Keywords(List.of(MARKERS));

  /** Whole values that stand in for a secret: placeholders, and the well-known defaults of images and samples. */
  private static final Set<String> STAND_INS = Set.of(
      "secret", "password", "passwd", "pass", "token", "apikey", "key", "value", "string", "test", "testing", "tests",
      "admin", "administrator", "root", "guest", "user", "username", "default", "demo", "foo", "bar", "foobar", "baz",
      "none", "null", "nil", "undefined", "empty", "unset", "notset", "tbd", "na", "true", "false", "yes", "no",
      "postgres", "postgresql", "mysql", "mariadb", "mongo", "mongodb", "redis", "rabbitmq", "minio", "minioadmin",
      "elastic", "kibana", "grafana", "prometheus", "keycloak", "airflow", "jenkins", "insecure", "nopassword", "nopass",
      "secretkey", "accesskey", "secretpassword", "mypassword", "mysecret", "mytoken", "supersecret", "topsecret",
      "s3cr3t", "p4ssw0rd", "passw0rd", "password1", "password123", "admin123", "qwerty", "letmein", "abc123",
      "123456", "12345678", "123456789", "1234567890");

  private static final int LONGEST_STAND_IN = STAND_INS.stream().mapToInt(String::length).max().orElse(0);

  /** Letters-only values that embed one of these read as stand-ins too: adminpassword, secrettoken. */
  private static final List<String> STAND_IN_WORDS = List.of("password", "passwd", "secret", "token", "apikey", "changeme");

  /** Hashed passwords are what a config should hold: bcrypt, sha-crypt, argon2, pbkdf2, LDAP {SSHA}, digest prefixes. */
  private static final Anchored HASHED = Anchored.of(
      "^(?:\\$(?:2[abxy]?|5|6|y|argon2(?:id|i|d)|pbkdf2[-a-z0-9]{0,20}|scrypt|sha1|md5)\\$|\\{(?i:SHA|SSHA|SHA256|SSHA256|SHA512|SSHA512|MD5|SMD5|CRYPT|BCRYPT|PBKDF2[-A-Z0-9]{0,20})\\}"
          + "|(?i:sha1|sha256|sha384|sha512|md5):[0-9a-fA-F]{16,})", "${sm", true);

  private static final Anchored NUMBER = Anchored.of("[+-]?[0-9][0-9_.,:]{0,4095}", "+-0123456789", false);
  private static final Anchored PATH = Anchored.of("^(?:/|\\./|\\.\\./|~/|file:)", "/.~f", false);

  /** The expressions above that run behind their first characters, for the test that they lose nothing. */
  static final List<Anchored> ANCHORED = List.of(STORE_REFERENCE, MASK, HASHED, NUMBER, PATH);
  private static final Pattern URL_WITHOUT_USERINFO = Pattern.compile("(?i)[a-z][a-z0-9+.-]{0,20}://[^@\\s]{0,4000}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,200}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,10}");
  private static final Pattern DOTTED_NAME = Pattern.compile("[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,20}(?:/[a-z0-9._-]{1,200})?");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9]{0,100}(?:[-_.][a-z0-9]{1,100}){1,20}");

  /**
   * SHA-256 of example values published in vendors' documentation (Stripe, jwt.io; AWS's contain EXAMPLE),
   * kept as digests so that no example token sits in this repository for a scanner to trip on.
   */
  private static final Set<String> VENDOR_EXAMPLES = Set.of(
      "7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606", // jwt.io's example token
      "2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326", // Stripe API reference's test key
      "f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397"); // Stripe's older documented test key

  /** The lengths of the values behind {@link #VENDOR_EXAMPLES}: no other value needs hashing. */
  private static final Set<Integer> VENDOR_EXAMPLE_LENGTHS = Set.of(32, 155);

  /**
   * Words that mark a random-looking token as a stand-in (ghp_xxxx..., sk_live_EXAMPLE...): long or
   * rare enough that a random token does not contain one by chance.
   */
  private static final List<String> TOKEN_MARKERS = List.of(
      "xxxx", "****", "example", "placeholder", "changeme", "replaceme", "dummy", "redacted", "notreal", "0000000000",
      "1234567890", "abcdefghij");

  /** Whether a vendor-shaped token is a placeholder: a reference, a mask, a marker word or a vendor's example. */
  static boolean isTokenPlaceholder(String token) {
    if (MASK.matches(token) || referenceSyntax(token)) {
      return true;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    for (String m : TOKEN_MARKERS) {
      if (lower.contains(m)) {
        return true;
      }
    }
    return isVendorExample(token);
  }

  /**
   * Whether a value only stands for one given elsewhere: empty, a mask, a reference or template
   * ({@code $(VAR)}, {@code {{ .Values.x }}}, {@code <password>}, SOPS's {@code ENC[...]}), or a
   * pointer into a secret store. Stand-in words (changeme, admin) are not references: a Secret
   * that holds "password" still commits a password.
   */
  public static boolean isReference(String raw) {
    String v = unquote(raw);
    if (v.isBlank() || MASK.matches(v)) {
      return true;
    }
    if (referenceSyntax(v)) {
      return true;
    }
    return STORE_REFERENCE.lookingAt(v);
  }

  /**
   * An expression every match of which starts with one of {@code starts} ({@code anyCase}: ASCII
   * letters in either case), tested before it runs: most values fail at their first character,
   * and a matcher costs more than that test.
   */
  record Anchored(Pattern regex, String starts, boolean anyCase) {

    static Anchored of(String regex, String starts, boolean anyCase) {
      return new Anchored(Pattern.compile(regex), starts, anyCase);
    }

    boolean mayStart(String v) {
      if (v.isEmpty()) {
        return false;
      }
      char c = v.charAt(0);
      return starts.indexOf(anyCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) >= 0;
    }

    boolean matches(String v) {
      return mayStart(v) && regex.matcher(v).matches();
    }

    boolean lookingAt(String v) {
      return mayStart(v) && regex.matcher(v).lookingAt();
    }
  }

  /**
   * $(VAR), ${VAR}, {{ .Values.x }}, #{x}, %(x)s, @@X@@, ENC[...] (SOPS) anywhere; <password>,
   * $PASSWORD, %PASSWORD% as the whole value. Plain searches and anchored expressions: Secrets hold
   * values of many kilobytes, where an unanchored alternation is tried at every position.
   */
  private static boolean referenceSyntax(String v) {
    // Every mark holds one of these characters; random secrets of kilobytes rarely hold any.
    boolean markCharacter = v.indexOf('$') >= 0 || v.indexOf('{') >= 0 || v.indexOf('%') >= 0 || v.indexOf('@') >= 0
        || v.indexOf('[') >= 0;
    for (int i = 0; markCharacter && i < REFERENCE_MARKS.size(); i++) {
      if (v.contains(REFERENCE_MARKS.get(i))) {
        return true;
      }
    }
    if (v.length() > WHOLE_REFERENCE_MAX) {
      return false;
    }
    // As "$" in an expression, the end of the value may come before one final line break.
    String line = v;
    if (v.endsWith("\r\n")) {
      line = v.substring(0, v.length() - 2);
    } else if (!v.isEmpty() && "\n\r\u0085\u2028\u2029".indexOf(v.charAt(v.length() - 1)) >= 0) {
      line = v.substring(0, v.length() - 1);
    }
    // Each of WHOLE_REFERENCE's alternatives starts with < $ or %: a line that does not cannot match it.
    if (line.isEmpty() || "<$%".indexOf(line.charAt(0)) < 0) {
      return false;
    }
    return WHOLE_REFERENCE.matcher(line).matches();
  }

  /** Whether the value is a placeholder, a reference or a stand-in rather than a secret. */
  public static boolean isPlaceholder(String raw) {
    return isPlaceholder(raw, true);
  }

  /** {@link #isPlaceholder}; without the ASCII shortcut (lower-casing every value) for the equivalence test. */
  static boolean isPlaceholder(String raw, boolean asciiShortcut) {
    String v = unquote(raw);
    if (isReference(v)) {
      return true;
    }
    // Lower-casing an ASCII value changes only A-Z into a-z, which the automaton (case-insensitive)
    // and the count (any case) read alike: most values are long random ASCII, decided without a
    // lower-cased copy. Beyond ASCII, lower case can change the length or make ASCII letters.
    boolean ascii = asciiShortcut && SecretDetector.isAscii(v);
    String lower = ascii ? null : v.toLowerCase(Locale.ROOT);
    if (MARKER_AUTOMATON.anyIn(ascii ? v : lower)) {
      return true;
    }
    // The letters and digits matter as a whole stand-in (short) or as the whole value (letters only).
    if (ascii ? manyLettersAndDigitsAndOther(v) : manyLettersAndDigitsAndOther(countLettersAndDigits(lower), v.length())) {
      return isVendorExample(v);
    }
    lower = lower == null ? v.toLowerCase(Locale.ROOT) : lower;
    String alnum = lettersAndDigits(lower);
    if (STAND_INS.contains(alnum) || lower.length() <= LONGEST_STAND_IN && STAND_INS.contains(lower)) {
      return true;
    }
    if (alnum.length() == v.length() && alnum.chars().allMatch(Character::isLetter)) {
      for (String w : STAND_IN_WORDS) {
        if (alnum.contains(w)) {
          return true;
        }
      }
    }
    return isVendorExample(v);
  }

  /** Whether more than {@link #LONGEST_STAND_IN} characters of a value are kept letters and digits, and not all are. */
  static boolean manyLettersAndDigitsAndOther(int kept, int length) {
    return kept > LONGEST_STAND_IN && kept != length;
  }

  /**
   * {@link #manyLettersAndDigitsAndOther} for an ASCII value, whose characters count one or none:
   * decided at the first character that has seen both more than {@link #LONGEST_STAND_IN} letters and
   * digits and another character, which in a long random value comes early, rather than after all.
   */
  static boolean manyLettersAndDigitsAndOther(String ascii) {
    int kept = 0;
    int other = 0;
    for (int i = 0; i < ascii.length(); i++) {
      int k = LETTER_OR_DIGIT[ascii.charAt(i)];
      kept += k;
      other |= k ^ 1;
      if (kept > LONGEST_STAND_IN && other != 0) {
        return true;
      }
    }
    return false;
  }

  /** The ASCII lower-case letters and digits of a value, counted by table (see {@link #classes} for why). */
  static int countLettersAndDigits(String lower) {
    int n = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      n += c < LOWER_OR_DIGIT.length ? LOWER_OR_DIGIT[c] : 0;
    }
    return n;
  }

  /** The ASCII lower-case letters and digits of a lower-cased value, in order. */
  private static String lettersAndDigits(String lower) {
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      }
    }
    return sb.length() == lower.length() ? lower : sb.toString();
  }

  /** Whether a token is one of the example values vendors publish in their documentation. */
  static boolean isVendorExample(String token) {
    if (token.contains("EXAMPLE")) {
      return true;
    }
    return VENDOR_EXAMPLE_LENGTHS.contains(token.length()) && VENDOR_EXAMPLES.contains(sha256(token));
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether a value under a secret-sounding name is strong enough to be a real secret: at least
   * {@code minLength} characters, no placeholder, not a number, path, URL, e-mail, host name,
   * identifier, hashed password or base64 of ordinary text, and either two classes of character
   * (lower, upper, digit, symbol) at 2.5 bits of entropy a character, or 16 characters at 3.3.
   */
  static boolean strongEnough(String raw, int minLength) {
    String v = unquote(raw);
    if (v.length() < minLength || v.length() > 8192) {
      return false;
    }
    // One walk counts each character of an ASCII value: the counts then answer what the plain way
    // asks in several walks (white space, the characters the shape expressions need, the classes of
    // character, the entropy). Beyond ASCII, the plain way.
    int[] counts = new int[128];
    int classBits = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= 128) {
        return strongEnoughPlain(v, minLength);
      }
      counts[c]++;
      classBits |= CLASS_BITS[c];
    }
    for (int c = 0; c <= ' '; c++) {
      if (counts[c] > 0 && Character.isWhitespace(c)) {
        return false;
      }
    }
    if (isPlaceholder(v)) {
      return false;
    }
    boolean separator = counts['-'] > 0 || counts['_'] > 0 || counts['.'] > 0;
    if (NUMBER.matches(v) || PATH.lookingAt(v)
        || counts[':'] > 0 && v.contains("://") && URL_WITHOUT_USERINFO.matcher(v).matches()
        || counts['@'] > 0 && EMAIL.matcher(v).matches()
        || counts['.'] > 0 && DOTTED_NAME.matcher(v).matches()
        || separator && IDENTIFIER.matcher(v).matches()
        || HASHED.lookingAt(v) || base64Decoy(v)) {
      return false;
    }
    double h = entropyOfCounts(counts, v.length());
    return (Integer.bitCount(classBits) >= 2 && atLeast(h, v, 2.5)) || (v.length() >= 16 && atLeast(h, v, 3.3));
  }

  /**
   * A test that every value a name can make a secret passes, cheaper than reading the name: of the
   * value stripped and unquoted as {@link #strongEnough} reads it, at least 6 and at most 8192
   * characters, none of them white space, and two classes of character or 16 characters. Every
   * named pattern's value test needs it: {@link #strongEnough} (at 6 characters and more) returns
   * true only past these tests; a vendor's expression matches 26 characters and more, none white
   * space nor a quote (the stripped value is then its own unquoted value). Words, numbers, short
   * settings and text with spaces fail it. A value of 16 characters and more needs only its white
   * space looked for, in its first {@value #MAY_BE_NAMED_READS} characters at most: a long random
   * value passes anyway, and the test is only ever a shortcut (true: judge the name).
   */
  static boolean mayBeNamedSecret(String raw) {
    // unquote(raw) as bounds [from, to) of raw, without copying a value (a config file that ends with a line break).
    int from = afterWhitespace(raw, 0, raw.length());
    int to = beforeWhitespace(raw, from, raw.length());
    if (to - from >= 2 && (raw.charAt(from) == '"' || raw.charAt(from) == '\'') && raw.charAt(to - 1) == raw.charAt(from)) {
      from = afterWhitespace(raw, from + 1, to - 1);
      to = beforeWhitespace(raw, from, to - 1);
    }
    int length = to - from;
    if (length < 6 || length > 8192) {
      return false;
    }
    int classBits = 0;
    for (int i = from, n = Math.min(to, from + MAY_BE_NAMED_READS); i < n; i++) {
      char c = raw.charAt(i);
      if (isWhitespace(c)) {
        return false;
      }
      classBits |= c < CLASS_BITS.length ? CLASS_BITS[c] : SYMBOL;
    }
    return Integer.bitCount(classBits) >= 2 || length >= 16;
  }

  /** Past the white space that starts {@code s[from..to)}, as {@link String#strip} skips it (no white space is beyond the BMP). */
  private static int afterWhitespace(String s, int from, int to) {
    int i = from;
    while (i < to && isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Before the white space that ends {@code s[from..to)}. */
  private static int beforeWhitespace(String s, int from, int to) {
    int i = to;
    while (i > from && isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The characters of a value {@link #mayBeNamedSecret} reads at most. */
  private static final int MAY_BE_NAMED_READS = 64;

  /** {@link #strongEnough} as the plain way reads it, walk after walk; for values beyond ASCII and the equivalence test. */
  static boolean strongEnoughPlain(String raw, int minLength) {
    String v = unquote(raw);
    if (v.length() < minLength || v.length() > 8192 || isPlaceholder(v)) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (isWhitespace(v.charAt(i))) {
        return false;
      }
    }
    // PATH and HASHED are anchored at the start: lookingAt finds what find would, without trying every position.
    // Each expression runs only on values with a character its match needs (a URL's ://, an e-mail's @, a dot or separator).
    if (NUMBER.matches(v) || PATH.lookingAt(v)
        || v.contains("://") && URL_WITHOUT_USERINFO.matcher(v).matches()
        || v.indexOf('@') >= 0 && EMAIL.matcher(v).matches()
        || v.indexOf('.') >= 0 && DOTTED_NAME.matcher(v).matches()
        || hasSeparator(v) && IDENTIFIER.matcher(v).matches()
        || HASHED.lookingAt(v) || base64Decoy(v)) {
      return false;
    }
    return (classes(v) >= 2 && entropyAtLeast(v, 2.5)) || (v.length() >= 16 && entropyAtLeast(v, 3.3));
  }

  /**
   * {@link Character#isWhitespace(char)}, asked only of the characters that can be white space: in
   * ASCII none above the space, beyond it none below U+1680 (Ogham's space mark). Most characters of
   * a value are neither, and two comparisons cost less than the character's properties.
   */
  static boolean isWhitespace(char c) {
    return (c <= ' ' || c >= '\u1680') && Character.isWhitespace(c);
  }

  private static boolean hasSeparator(String v) {
    return v.indexOf('-') >= 0 || v.indexOf('_') >= 0 || v.indexOf('.') >= 0;
  }

  /**
   * Whether base64 decodes to ordinary words (an encoded label, not a secret), to a placeholder,
   * or to user:password with a placeholder password (ci:changeme).
   */
  private static boolean base64Decoy(String v) {
    if (v.length() < 8 || v.length() % 4 != 0) {
      return false;
    }
    return Base64Text.decodeText(v).filter(t -> Base64Text.isOrdinaryText(t) || placeholderOrUserPlaceholder(t)).isPresent();
  }

  private static boolean placeholderOrUserPlaceholder(String t) {
    return isPlaceholder(t) || (t.indexOf(':') > 0 && isPlaceholder(t.substring(t.indexOf(':') + 1)));
  }

  /** Lower case, upper case, digits, and symbols other than the separators - _ . */
  static int classes(String v) {
    // A bit per class, from a table rather than a chain of tests: the class of a random character
    // is not predictable, and each wrong guess of a branch costs more than the lookup.
    int seen = 0;
    for (int i = 0; i < v.length() && seen != ALL_CLASSES; i++) {
      char c = v.charAt(i);
      seen |= c < CLASS_BITS.length ? CLASS_BITS[c] : SYMBOL;
    }
    return Integer.bitCount(seen);
  }

  private static final int SYMBOL = 8;
  private static final int ALL_CLASSES = 15;

  /** For each ASCII character, its class bit for {@link #classes}: 1 lower, 2 upper, 4 digit, 8 symbol, 0 separator. */
  private static final byte[] CLASS_BITS = new byte[128];

  /** 1 for the ASCII lower-case letters and digits, which {@link #countLettersAndDigits} counts. */
  private static final byte[] LOWER_OR_DIGIT = new byte[128];
  private static final byte[] LETTER_OR_DIGIT = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      CLASS_BITS[c] = (byte) (c >= 'a' && c <= 'z' ? 1 : c >= 'A' && c <= 'Z' ? 2 : c >= '0' && c <= '9' ? 4
          : c == '-' || c == '_' || c == '.' ? 0 : SYMBOL);
      LOWER_OR_DIGIT[c] = (byte) (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? 1 : 0);
      LETTER_OR_DIGIT[c] = (byte) (LOWER_OR_DIGIT[c] == 1 || c >= 'A' && c <= 'Z' ? 1 : 0);
    }
  }

  /**
   * Whether {@code entropy(s) >= min}, counting ASCII characters in an array rather than a map and
   * summing as {@code log2(n) - sum(c * log2(c)) / n} with {@code c * log2(c)} from a table, which
   * saves two logarithms for every distinct character. The terms are the same quantity; only their
   * rounding differs, by far less than 1e-9, so a sum that close to {@code min} (and text beyond
   * ASCII) is left to {@link #entropy}.
   */
  static boolean entropyAtLeast(CharSequence s, double min) {
    int n = s.length();
    if (n == 0) {
      return 0 >= min;
    }
    int[] counts = new int[128];
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= counts.length) {
        return entropy(s) >= min;
      }
      counts[c]++;
    }
    return atLeast(entropyOfCounts(counts, n), s, min);
  }

  /** The entropy, by the table's terms, of {@code n} ASCII characters counted in {@code counts}. */
  private static double entropyOfCounts(int[] counts, int n) {
    double sum = 0;
    for (int c : counts) {
      if (c > 0) {
        sum += c < C_LOG2_C.length ? C_LOG2_C[c] : c * log2(c);
      }
    }
    return log2(n) - sum / n;
  }

  /** Whether {@code h}, {@code s}'s entropy by table, is at least {@code min}; a tie within rounding is left to {@link #entropy}. */
  private static boolean atLeast(double h, CharSequence s, double min) {
    return Math.abs(h - min) < 1e-9 ? entropy(s) >= min : h >= min;
  }

  /** {@code c * log2(c)} for the counts most values have. */
  private static final double[] C_LOG2_C = java.util.stream.IntStream.range(0, 1024)
      .mapToDouble(c -> c == 0 ? 0 : c * log2(c)).toArray();

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Shannon entropy in bits per character. */
  static double entropy(CharSequence s) {
    if (s.isEmpty()) {
      return 0;
    }
    java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
    for (int i = 0; i < s.length(); i++) {
      counts.merge(s.charAt(i), 1, Integer::sum);
    }
    double h = 0;
    for (int n : counts.values()) {
      double p = (double) n / s.length();
      h -= p * (Math.log(p) / Math.log(2));
    }
    return h;
  }

  /** Whether a run of {@code n} identical characters occurs: 000000, aaaaaa. */
  static boolean hasRun(CharSequence s, int n) {
    int run = 1;
    for (int i = 1; i < s.length(); i++) {
      run = s.charAt(i) == s.charAt(i - 1) ? run + 1 : 1;
      if (run >= n) {
        return true;
      }
    }
    return false;
  }

  static String unquote(String raw) {
    String v = raw.strip();
    if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
      v = v.substring(1, v.length() - 1).strip();
    }
    return v;
  }
}
