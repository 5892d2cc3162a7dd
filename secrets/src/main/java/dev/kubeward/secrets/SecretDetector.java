package dev.kubeward.secrets;

import dev.kubeward.secrets.SecretPattern.Named;
import dev.kubeward.secrets.SecretPattern.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in values: the one detector every secrets rule uses. Immutable and thread-safe;
 * its patterns are compiled once.
 *
 * <p>A value is scanned in three steps. (1) One pass of the keyword automaton says which token
 * patterns can match and where their keywords are; only those run their expressions (after a
 * cheaper gate where a pattern has one, such as an {@code @} for a URL with a password), and only
 * at the starts a match holding the keyword can have, not at every character of a long value.
 * (2) When the value has a name (an environment variable, a YAML key) and no token was found, the
 * named patterns judge the name and the whole value. (3) When the text mentions a secret-sounding
 * word, each {@code key = value}, {@code key: value} or {@code "key": "value"} assignment in it is
 * judged like a named value.
 * Overlapping detections keep the most specific pattern (the earlier in the {@link Catalogue}).
 */
public final class SecretDetector {

  private static final Comparator<Detection> BY_POSITION = Comparator.comparingInt(Detection::start);

  /** Texts shorter than this hold no secret any pattern recognises. */
  private static final int MIN_LENGTH = 6;

  /** A generic assignment found in free text needs this many characters (a named field: {@link Values#strongEnough} at 6). */
  static final int MIN_TEXT_VALUE = 8;

  /**
   * key = value, key: value, "key": "value", --key=value; the value ends at a space, quote, comma,
   * semicolon or &. The detector matches it by hand ({@link #valueStart}): its value's character
   * class costs the regular expression engine several calls a character. The expression stays the
   * definition, which the equivalence tests run.
   */
  static final Pattern ASSIGNMENT = Pattern.compile(
      "(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_.-]{0,80})[\"']?[ \\t]{0,5}(?::=|=>|=|:)[ \\t]{0,5}[\"'`]?([^\\s\"'`,;&]{1,500})");

  /** Words whose presence makes a text worth searching for assignments. */
  static final List<String> ASSIGNMENT_WORDS =
      List.of("pass", "pwd", "pw=", "pw:", "secret", "token", "key", "auth", "cred", "bearer");

  private final List<SecretPattern> patterns;
  private final List<SecretPattern> tokens;
  private final List<SecretPattern> named;
  private final Keywords keywords;
  /** For each token pattern (by its index in {@link #tokens}), whether it has no keyword and always runs. */
  private final boolean[] always;
  /** For each token pattern, its {@link Token#gate}. */
  private final java.util.function.Predicate<String>[] gates;
  /** The indexes of the token patterns that always run, in order. */
  private final int[] alwaysRun;
  /** A bit per token pattern (by index, 64 to a word), and a bit per token pattern that always runs. */
  private final long[] tokenBits;
  private final long[] alwaysBits;
  private final int assignmentId;

  SecretDetector(List<SecretPattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.tokens = patterns.stream().filter(p -> p.token().isPresent()).toList();
    this.named = patterns.stream().filter(p -> p.named().isPresent()).toList();
    List<List<String>> kw = new ArrayList<>();
    always = new boolean[tokens.size()];
    @SuppressWarnings("unchecked")
    java.util.function.Predicate<String>[] g = tokens.stream().map(t -> t.token().orElseThrow().gate())
        .toArray(java.util.function.Predicate[]::new);
    gates = g;
    for (int i = 0; i < tokens.size(); i++) {
      List<String> k = tokens.get(i).keywords();
      always[i] = k.isEmpty();
      kw.add(k);
    }
    alwaysRun = java.util.stream.IntStream.range(0, tokens.size()).filter(i -> always[i]).toArray();
    // As long as KeywordHits' bits, which also hold the assignment words' id after the tokens'.
    tokenBits = new long[(tokens.size() + 1 + 63) / 64];
    alwaysBits = new long[tokenBits.length];
    for (int i = 0; i < tokens.size(); i++) {
      tokenBits[i >>> 6] |= 1L << i;
      alwaysBits[i >>> 6] |= always[i] ? 1L << i : 0;
    }
    assignmentId = kw.size();
    kw.add(ASSIGNMENT_WORDS);
    this.keywords = new Keywords(kw);
  }

  /** The detector over the whole {@link Catalogue}. */
  public static SecretDetector standard() {
    return Standard.DETECTOR;
  }

  /** Built on first use, after this class's constants. */
  private static final class Standard {
    static final SecretDetector DETECTOR = new SecretDetector(Catalogue.patterns());
  }

  public List<SecretPattern> patterns() {
    return patterns;
  }

  /** Secrets in a text that has no name of its own (a command line, an annotation's JSON). */
  public List<Detection> scan(String text) {
    return scan("", text);
  }

  /**
   * Secrets in a value; {@code name} (may be empty) is what the value is called: an environment
   * variable, a map key, a flag. Detections are in the order of their position.
   */
  public List<Detection> scan(String name, String value) {
    return scan(name, 0, value);
  }

  /**
   * {@link #scan(String, String)} of a value whose name is {@code key} from {@code nameFrom} on (an
   * annotation's key after its prefix: example.com/api-token names its value api-token), cut out
   * of the key only when the name is read, which most values do not need.
   */
  public List<Detection> scan(String key, int nameFrom, String value) {
    if (value.length() < MIN_LENGTH) {
      return List.of();
    }
    KeywordHits hits = new KeywordHits(assignmentId + 1);
    keywords.scan(value, hits);
    // Takes no array until the first detection: most values have none.
    List<Detection> detections = new ArrayList<>();
    // Most values hold no keyword: then only the patterns without one run. Otherwise the patterns
    // whose keyword occurred and those without one run, found by the bits of the ids that hit
    // rather than by asking each of the catalogue's patterns, in the catalogue's order (the first
    // of overlapping detections is kept).
    // Each branch tests the pattern's gate at a call site of its own: the one that runs for every
    // value sees only the few gates of the patterns without keywords, and the JIT calls them directly.
    if (!hits.any()) {
      for (int i : alwaysRun) {
        if (gates[i].test(value)) {
          matchToken(tokens.get(i), value, NO_STARTS, detections);
        }
      }
    } else {
      long[] hit = hits.hit;
      for (int w = 0; w < tokenBits.length; w++) {
        for (long bits = (hit[w] | alwaysBits[w]) & tokenBits[w]; bits != 0; bits &= bits - 1) {
          int i = w * 64 + Long.numberOfTrailingZeros(bits);
          if (always[i]) {
            if (gates[i].test(value)) {
              matchToken(tokens.get(i), value, NO_STARTS, detections);
            }
          } else if (gates[i].test(value)) {
            matchToken(tokens.get(i), value, hits.starts(i), detections);
          }
        }
      }
    }
    // Most names (image, LOG_LEVEL, config.yaml) can name no secret: the value is then not stripped (a copy of a
    // config file that ends with a line break) nor matched, which namedMatch would find only after both. Most values
    // (words, numbers, text with spaces) no name can make a secret: their name, which is often not yet in the cache,
    // is then not read at all (namedPattern would find nothing whatever the name).
    if (detections.isEmpty() && Values.mayBeNamedSecret(value) && nameFrom < key.length()
        && mayNameASecret(key, nameFrom)) {
      String v = value.strip();
      int start = value.indexOf(v);
      SecretPattern p = namedPattern(key.substring(nameFrom), v);
      if (p != null) {
        add(detections, Detection.of(p, value, start, start + v.length(), 0));
      }
    }
    if (hits.has(assignmentId)) {
      assignments(value, hits.starts(assignmentId), detections);
    }
    if (detections.size() > 1) {
      detections.sort(BY_POSITION);
    }
    return detections;
  }

  /**
   * Runs a token pattern whose gate passed: its expression as {@link Matcher#find} over the whole value would, but
   * tries it only at the starts a match can have: from {@link Token#lead} characters before each
   * of its keywords' occurrences ({@code starts}, in order) up to the
   * occurrence. A pattern without keywords runs over the whole value.
   */
  private static void matchToken(SecretPattern p, String value, int[] starts, List<Detection> found) {
    Token t = p.token().orElseThrow();
    Matcher m = t.regex().matcher(value);
    if (starts.length == 0) {
      while (m.find()) {
        resolve(p, t, value, m, found);
      }
      return;
    }
    // The starts are in order (KeywordHits.starts).
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int keyword : starts) {
      int s = Math.max(next, keyword - t.lead());
      while (s <= keyword) {
        m.region(s, value.length());
        if (m.lookingAt()) {
          resolve(p, t, value, m, found);
          s = Math.max(m.end(), s + 1);
        } else {
          s++;
        }
      }
      next = Math.max(next, s);
    }
  }

  private static void resolve(SecretPattern p, Token t, String value, Matcher m, List<Detection> found) {
    // A match whose secret would be its group, which an earlier detection overlaps, would be dropped
    // whatever its judgement (a URL's password found by its scheme's pattern, then by the generic one).
    if (t.resolver() instanceof SecretPattern.OfGroup) {
      int g = SecretPattern.OfGroup.group(m);
      if (!noneOverlaps(found, m.start(g), m.end(g))) {
        return;
      }
    }
    Optional<int[]> range = t.resolver().resolve(value, m);
    if (range.isPresent()) {
      add(found, Detection.of(p, value, range.get()[0], range.get()[1], t.prefix()));
    }
  }

  /**
   * Judges each {@code key = value} assignment on the lines where a secret-sounding word occurs
   * ({@code starts}, in order) like a named value.
   */
  private void assignments(String value, int[] starts, List<Detection> found) {
    int searched = -1;
    for (int keyword : starts) {
      if (keyword < searched) {
        continue;
      }
      int line = value.lastIndexOf('\n', keyword) + 1;
      int end = value.indexOf('\n', keyword);
      end = end < 0 ? value.length() : end;
      searched = end;
      if (!hasOperator(value, line, end)) {
        continue;
      }
      // As find would, tried only where a key starts: the first match at or after each position.
      for (int at = line; at < end; at++) {
        if (!keyStart(value, at)) {
          continue;
        }
        int keyEnd = keyEnd(value, at, end);
        int s = keyEnd - at > MAX_KEY ? -1 : valueStart(value, keyEnd, end);
        if (s < 0) {
          continue;
        }
        int key = at;
        int valueEnd = valueEnd(value, s, end);
        at = valueEnd - 1;
        int e = trimTrailing(value, s, valueEnd);
        // The key is made of key characters, all ASCII: the name words are looked for in place, and the key and
        // value copied out only for a name that may name a secret.
        if (e - s >= MIN_TEXT_VALUE && noneOverlaps(found, s, e) && NAME_WORD_AUTOMATON.anyIn(value, key, keyEnd)) {
          SecretPattern p = namedPattern(value.substring(key, keyEnd), value.substring(s, e));
          if (p != null) {
            add(found, Detection.of(p, value, s, e, 0));
          }
        }
      }
    }
  }

  /** The longest key {@link #ASSIGNMENT} takes: its first character and 80 more. */
  private static final int MAX_KEY = 81;

  /** The most characters of a value {@link #ASSIGNMENT} takes. */
  private static final int MAX_VALUE = 500;

  /** Where the run of key characters that starts at {@code at} ends. */
  private static int keyEnd(String text, int at, int end) {
    int i = at;
    while (i < end && keyChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Where {@link #ASSIGNMENT}'s value starts when its key is {@code text[..keyEnd)}, or -1 when it
   * does not match there. Its key can only be the whole run of key characters (a shorter one would
   * be followed by a key character, which nothing after the key matches). The optional quote and
   * the spaces before the operator are taken greedily and giving one back cannot help (the operator
   * is neither), nor can it after the operator (the value's first character is neither): so the
   * expression matches when, after the key, an optional quote and at most 5 spaces or tabs, one of
   * its operators, tried in its order (:= => = :), is followed by at most 5 spaces or tabs, an
   * optional quote or backquote and a value character.
   */
  private static int valueStart(String text, int keyEnd, int end) {
    int i = keyEnd;
    if (i < end && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
      i++;
    }
    i = afterBlanks(text, i, end);
    if (i < 0 || i >= end) {
      return -1;
    }
    char c = text.charAt(i);
    char next = i + 1 < end ? text.charAt(i + 1) : 0;
    if (c == ':' && next == '=' || c == '=' && next == '>') {
      int s = valueAfterOperator(text, i + 2, end);
      if (s >= 0) {
        return s;
      }
    }
    return c == '=' || c == ':' ? valueAfterOperator(text, i + 1, end) : -1;
  }

  /** After an operator: at most 5 spaces or tabs, an optional quote or backquote, then a value character. */
  private static int valueAfterOperator(String text, int from, int end) {
    int i = afterBlanks(text, from, end);
    if (i < 0 || i >= end) {
      return -1;
    }
    char c = text.charAt(i);
    if (c == '"' || c == '\'' || c == '`') {
      i++;
    }
    return i < end && valueChar(text.charAt(i)) ? i : -1;
  }

  /** Past at most 5 spaces or tabs from {@code from}; -1 when a sixth follows (the expression allows 5). */
  private static int afterBlanks(String text, int from, int end) {
    int i = from;
    while (i < end && i - from <= 5 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i - from > 5 ? -1 : i;
  }

  /** Where the value that starts at {@code start} ends: at most {@value #MAX_VALUE} value characters. */
  private static int valueEnd(String text, int start, int end) {
    int limit = Math.min(end, start + MAX_VALUE);
    int i = start;
    while (i < limit && valueChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A character of {@link #ASSIGNMENT}'s value: not white space (as \s reads it) nor a quote, comma, semicolon or &. */
  private static boolean valueChar(char c) {
    return c >= ASCII || (CHARS[c] & NOT_VALUE) == 0;
  }

  private static boolean keyChar(char c) {
    return c < ASCII && (CHARS[c] & KEY) != 0;
  }

  /** Where {@link #ASSIGNMENT} can start: its key's first character, not preceded by what its lookbehind excludes. */
  private static boolean keyStart(String text, int at) {
    char c = text.charAt(at);
    if (c >= ASCII || (CHARS[c] & KEY_FIRST) == 0) {
      return false;
    }
    if (at == 0) {
      return true;
    }
    char b = text.charAt(at - 1);
    return b >= ASCII || (CHARS[b] & NO_KEY_AFTER) == 0;
  }

  /*
   * The assignment's character classes by table, a load for each character of a line rather than a
   * chain of range tests whose branches random text makes unpredictable. Each class is ASCII only.
   */
  private static final int ASCII = 128;
  /** A key's first character: [A-Za-z_]. */
  private static final byte KEY_FIRST = 1;
  /** A key's other characters: [A-Za-z0-9_.-]. */
  private static final byte KEY = 2;
  /** What the lookbehind excludes before a key: [A-Za-z0-9_.]. */
  private static final byte NO_KEY_AFTER = 4;
  /** What ends a value: white space as \s reads it, quotes, backquote, comma, semicolon, &. */
  private static final byte NOT_VALUE = 8;
  private static final byte[] CHARS = new byte[ASCII];

  static {
    for (int c = 0; c < ASCII; c++) {
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
      boolean digit = c >= '0' && c <= '9';
      int bits = 0;
      bits |= letter || c == '_' ? KEY_FIRST : 0;
      bits |= letter || digit || c == '_' || c == '.' || c == '-' ? KEY : 0;
      bits |= letter || digit || c == '_' || c == '.' ? NO_KEY_AFTER : 0;
      bits |= " \t\n\u000B\f\r\"'`,;&".indexOf(c) >= 0 ? NOT_VALUE : 0;
      CHARS[c] = (byte) bits;
    }
  }

  /** Whether {@code text[from..to)} holds a character every assignment operator has: = or :. */
  private static boolean hasOperator(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '=' || c == ':') {
        return true;
      }
    }
    return false;
  }

  private static final int[] NO_STARTS = {};

  /**
   * Keyword occurrences, as (id, start) pairs in the order the scan reports them. Most values have
   * none or a few: they are listed flat, with a bit per id that has any, rather than in an array
   * per id, which would cost every value with one occurrence an array as long as the catalogue.
   */
  private static final class KeywordHits implements Keywords.Hit {
    private final int idCount;
    /** Allocated at the first occurrence: most values have none. */
    private long[] hit;
    private int[] ids;
    private int[] starts;
    private int count;

    KeywordHits(int ids) {
      this.idCount = ids;
    }

    @Override
    public void at(int id, int start) {
      if (ids == null) {
        hit = new long[(idCount + 63) / 64];
        ids = new int[8];
        starts = new int[8];
      } else if (count == ids.length) {
        ids = Arrays.copyOf(ids, count * 2);
        starts = Arrays.copyOf(starts, count * 2);
      }
      ids[count] = id;
      starts[count++] = start;
      hit[id >>> 6] |= 1L << id;
    }

    boolean any() {
      return count > 0;
    }

    boolean has(int id) {
      return hit != null && (hit[id >>> 6] & 1L << id) != 0;
    }

    /**
     * The starts of an id's occurrences, in order: {@link Keywords#scan} interleaves two halves of
     * a long text, and the assignments are searched line by line forwards.
     */
    int[] starts(int id) {
      int n = 0;
      for (int i = 0; i < count; i++) {
        n += ids[i] == id ? 1 : 0;
      }
      int[] out = new int[n];
      for (int i = 0, j = 0; i < count; i++) {
        if (ids[i] == id) {
          out[j++] = starts[i];
        }
      }
      Arrays.sort(out);
      return out;
    }
  }

  /**
   * Words one of which every named pattern's name contains; a name with none of them (image,
   * LOG_LEVEL, server.port) is dismissed before any pattern splits it into words.
   */
  private static final List<String> NAME_WORDS =
      List.of("pass", "pwd", "pw", "secret", "token", "key", "auth", "cred", "bearer", "mailgun");

  private static final Keywords NAME_WORD_AUTOMATON = new Keywords(List.of(NAME_WORDS));

  /** The first named pattern that recognises a value by its name. */
  Optional<SecretPattern> namedMatch(String name, String value) {
    return mayNameASecret(name) ? Optional.ofNullable(namedPattern(name, value)) : Optional.empty();
  }

  /** {@link #namedMatch} for a name that {@link #mayNameASecret}: the pattern, or null. */
  private SecretPattern namedPattern(String name, String value) {
    SecretPattern.Name read = SecretPattern.Name.of(name);
    for (SecretPattern p : named) {
      Named n = p.named().orElseThrow();
      if (n.name().test(read) && n.value().test(value)) {
        return p;
      }
    }
    return null;
  }

  /**
   * {@link #mayNameASecret} of {@code key} from {@code from} on, remembered by the key string itself:
   * the same names (an environment variable's, an annotation's) come back resource after resource,
   * and a tree shares one string for each short key and value, so most names are judged once per
   * scan rather than walked each time. Racy but safe: an entry is immutable, and one lost or
   * overwritten is judged again. Long keys, rarely shared, are judged each time and not kept.
   */
  static boolean mayNameASecret(String key, int from) {
    if (key.length() > REMEMBERED_NAME) {
      return mayNameASecret(key.substring(from));
    }
    // The string's own hash, which a shared string keeps: an identity hash would mark each new key's header.
    int h = key.hashCode() * 31 + from;
    int slot = (h ^ (h >>> 16)) & (NAME_VERDICTS.length - 1);
    NameVerdict seen = NAME_VERDICTS[slot];
    if (seen != null && seen.key() == key && seen.from() == from) {
      return seen.verdict();
    }
    boolean verdict = mayNameASecret(key.substring(from));
    NAME_VERDICTS[slot] = new NameVerdict(key, from, verdict);
    return verdict;
  }

  private record NameVerdict(String key, int from, boolean verdict) {}

  /** The longest key whose verdict is kept. */
  private static final int REMEMBERED_NAME = 64;

  private static final NameVerdict[] NAME_VERDICTS = new NameVerdict[1 << 12];

  static boolean mayNameASecret(String name) {
    // The automaton ignores the case of ASCII letters: an ASCII name is judged as it is, in the walk
    // that also tells whether it is ASCII. Beyond ASCII, lower case can make a name word (the Kelvin
    // sign a k); a word found in the name as it is stays in its lower case (ASCII letters lower one by one).
    int found = NAME_WORD_AUTOMATON.findAscii(name);
    return found > 0 || found < 0 && NAME_WORD_AUTOMATON.anyIn(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** {@link #mayNameASecret} the plain way, for the equivalence test: the name lower-cased unless it is ASCII. */
  static boolean mayNameASecretPlain(String name) {
    return NAME_WORD_AUTOMATON.anyIn(isAscii(name) ? name : name.toLowerCase(java.util.Locale.ROOT));
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** A value in prose may end with a period or a closing bracket that is not part of it. */
  static int trimTrailing(String text, int start, int end) {
    int e = end;
    while (e > start && ")]}>.".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }

  /** Adds a detection unless a more specific one (found earlier) covers some of its characters. */
  private static boolean noneOverlaps(List<Detection> found, int start, int end) {
    for (Detection f : found) {
      if (f.overlaps(start, end)) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<Detection> found, Detection d) {
    for (Detection f : found) {
      if (f.overlaps(d.start(), d.end())) {
        return;
      }
    }
    found.add(d);
  }
}
