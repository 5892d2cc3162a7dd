package dev.kubeward.secrets;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of credential the detector knows: a stable id ({@code github-pat}), what a message
 * calls it ({@code a GitHub personal access token}), and how it is recognised: by its own shape
 * anywhere in a text (a {@link Token}), by a name that says what the value is together with the
 * value's shape (a {@link Named} rule), or both. Ids never change once published: users allow and
 * count findings by them.
 */
public final class SecretPattern {

  /** Where a pattern's credential comes from, to group the catalogue for readers. */
  public enum Family {
    CLOUD("Cloud providers"),
    CODE("Source hosting and CI"),
    CHAT("Chat and webhooks"),
    PAYMENTS("Payments and commerce"),
    MESSAGING("E-mail and messaging"),
    REGISTRIES("Package and image registries"),
    PLATFORMS("Platforms, infrastructure and observability"),
    AI("AI services"),
    KEYS("Private keys and signed tokens"),
    CONNECTIONS("Connection strings, URLs and headers"),
    GENERIC("Generic assignments");

    private final String title;

    Family(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /**
   * Where a token match puts the secret, or that the match is not one (a header without a key
   * body, a JWT whose header is not JSON): from the whole text and the match, the secret's range.
   */
  @FunctionalInterface
  interface Resolver {
    Optional<int[]> resolve(String text, Matcher m);
  }

  /**
   * A resolver whose secret, when the match is one, is exactly the match's {@link #group}: the
   * detector can tell before judging the match whether an earlier (more specific) detection covers
   * some of those characters, which would drop whatever the judgement found.
   */
  record OfGroup(Resolver judge) implements Resolver {

    @Override
    public Optional<int[]> resolve(String text, Matcher m) {
      return judge.resolve(text, m);
    }

    /** Group 1 when the expression has one and it took part in the match; else the whole match. */
    static int group(Matcher m) {
      return m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
    }
  }

  /**
   * A shape found anywhere in a text. {@code keywords} (lower case) gate the regular expression:
   * it runs only on texts that contain one, so a pattern without keywords runs on every text and
   * must stay cheap. Every match contains one of the keywords, starting at most {@code lead}
   * characters after the match does ({@code 0}: the match starts with its keyword), so the
   * expression is only tried at the starts that allow it rather than at every character of a long
   * value. {@code prefix} is how many leading characters of the secret are a fixed, public marker
   * ({@code AKIA}, {@code ghp_}) that a redacted value may show. {@code gate} is a cheaper test than
   * the expression that a text must pass first (an {@code @} for a URL with a password).
   */
  record Token(Pattern regex, List<String> keywords, int lead, int prefix, Resolver resolver, Predicate<String> gate) {

    Token(Pattern regex, List<String> keywords, int prefix, Resolver resolver, Predicate<String> gate) {
      this(regex, keywords, 0, prefix, resolver, gate);
    }

    Token(Pattern regex, List<String> keywords, int prefix, Resolver resolver) {
      this(regex, keywords, prefix, resolver, text -> true);
    }

    /** The same token whose keyword may come {@code chars} characters into a match. */
    Token lead(int chars) {
      return new Token(regex, keywords, chars, prefix, resolver, gate);
    }
  }

  /** A value recognised because a name says what it is: {@code name} tests the name, {@code value} the stripped value. */
  record Named(Predicate<Name> name, Predicate<String> value) {}

  /**
   * A name read once for every named pattern: its words joined with {@code _} and framed by
   * {@code _} ({@code dd-api-key} and {@code ddApiKey} both read {@code _DD_API_KEY_}), and the
   * kind of secret it announces ({@code null}: none).
   */
  record Name(String framed, SecretNames.Kind kind) {

    static Name of(String name) {
      List<String> words = SecretNames.words(name);
      return new Name("_" + String.join("_", words) + "_", SecretNames.kind(words).orElse(null));
    }
  }

  private final String id;
  private final String label;
  private final Family family;
  private final Optional<Token> token;
  private final Optional<Named> named;

  SecretPattern(String id, String label, Family family, Optional<Token> token, Optional<Named> named) {
    if (token.isEmpty() && named.isEmpty()) {
      throw new IllegalArgumentException(id + " recognises nothing");
    }
    this.id = id;
    this.label = label;
    this.family = family;
    this.token = token;
    this.named = named;
  }

  /** Stable id, kebab-case: {@code aws-access-key-id}. */
  public String id() {
    return id;
  }

  /** What a message calls it, with its article: {@code an AWS access key id}. */
  public String label() {
    return label;
  }

  /** The label without its article, for tables: {@code AWS access key id}. */
  public String name() {
    if (label.startsWith("an ")) {
      return label.substring(3);
    }
    return label.startsWith("a ") ? label.substring(2) : label;
  }

  public Family family() {
    return family;
  }

  /** Keywords that gate the token's expression (lower case); empty when it has none or no token. */
  public List<String> keywords() {
    return token.map(Token::keywords).orElse(List.of());
  }

  /** Whether the value's own shape is enough (a token), or a name must say what it is. */
  public boolean needsName() {
    return token.isEmpty();
  }

  /** The same pattern whose token's keyword may come {@code chars} characters into a match. */
  SecretPattern lead(int chars) {
    return new SecretPattern(id, label, family, token.map(t -> t.lead(chars)), named);
  }

  Optional<Token> token() {
    return token;
  }

  Optional<Named> named() {
    return named;
  }

  @Override
  public String toString() {
    return id;
  }
}
