package dev.kubeward.core.k8s;

import java.util.Locale;
import java.util.Optional;

/**
 * A container image reference, parsed as the container runtime does: an optional registry host
 * (the first component when it has a dot or colon, is {@code localhost} or has an upper-case
 * letter; otherwise {@code docker.io}, and {@code index.docker.io} is read as {@code docker.io}),
 * the repository ({@code library/} prefixed for an official Docker Hub image), an optional tag
 * and an optional digest.
 */
public record ImageReference(
    String registry, String repository, Optional<String> tag, Optional<String> digest) {

  public static final String DEFAULT_REGISTRY = "docker.io";

  /** Docker Hub's old name, which the runtimes rewrite to {@link #DEFAULT_REGISTRY}. */
  private static final String LEGACY_DEFAULT_REGISTRY = "index.docker.io";

  /*
   * The digest, tag and repository grammars are matched by hand: every container of every scanned
   * workload is parsed, and these loops cost a fraction of the equivalent regular expressions
   * (ImageReferenceTest compares both on generated references):
   *   digest      sha256:[a-f0-9]{64} | sha384:[a-f0-9]{96} | sha512:[a-f0-9]{128}
   *   tag         [\w][\w.-]{0,127}
   *   repository  component(/component)*, component = [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*
   *   registry    a host name or bracketed IPv6 address, with an optional port:
   *               (label(\.label)* | \[[0-9a-fA-F:.]+]) (:[0-9]+)?, label = [a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?
   */

  static boolean isRegistry(String h) {
    int n = h.length();
    int i = 0;
    if (n > 0 && h.charAt(0) == '[') {
      int close = h.indexOf(']');
      if (close < 2) {
        return false;
      }
      for (int j = 1; j < close; j++) {
        char c = h.charAt(j);
        if (!(isHex(c) || c == ':' || c == '.')) {
          return false;
        }
      }
      i = close + 1;
    } else {
      // Labels joined by single dots, each alphanumeric at both ends: a label ends where a dot, a
      // port or the end follows, so a trailing dash can never be given back to make a match.
      while (true) {
        if (i == n || !isAlnum(h.charAt(i))) {
          return false;
        }
        while (i < n && (isAlnum(h.charAt(i)) || h.charAt(i) == '-')) {
          i++;
        }
        if (h.charAt(i - 1) == '-') {
          return false;
        }
        if (i < n && h.charAt(i) == '.') {
          i++;
          continue;
        }
        break;
      }
    }
    if (i == n) {
      return true;
    }
    if (h.charAt(i) != ':' || i + 1 == n) {
      return false;
    }
    for (int j = i + 1; j < n; j++) {
      if (h.charAt(j) < '0' || h.charAt(j) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** A digest the runtimes verify: an algorithm they know and its exact length in lower-case hex. */
  static boolean isDigest(String d) {
    int hex = d.startsWith("sha256:") ? 64 : d.startsWith("sha384:") ? 96 : d.startsWith("sha512:") ? 128 : -1;
    if (hex < 0 || d.length() != "sha256:".length() + hex) {
      return false;
    }
    for (int i = "sha256:".length(); i < d.length(); i++) {
      char c = d.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  static boolean isTag(String t) {
    if (t.isEmpty() || t.length() > 128 || !isWordChar(t.charAt(0))) {
      return false;
    }
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(isWordChar(c) || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * Path components of lower-case letters and digits, separated inside a component by one
   * {@code .}, one or two {@code _}, or any number of {@code -}, and from each other by {@code /}.
   */
  static boolean isRepository(String r) {
    int i = 0;
    int n = r.length();
    while (true) {
      // A component: alphanumeric runs joined by separators, alphanumeric at both ends.
      if (i == n || !isLowerAlnum(r.charAt(i))) {
        return false;
      }
      while (i < n && isLowerAlnum(r.charAt(i))) {
        i++;
      }
      if (i == n) {
        return true;
      }
      char c = r.charAt(i);
      if (c == '/') {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (r.charAt(i) == '.' || r.charAt(i) == '_' || r.charAt(i) == '-')) {
        i++;
      }
      if (!isSeparator(r, start, i)) {
        return false;
      }
      if (i == n || !isLowerAlnum(r.charAt(i))) {
        return false;
      }
    }
  }

  /** Whether {@code r[from, to)} is {@code .}, {@code _}, {@code __} or one or more {@code -}. */
  private static boolean isSeparator(String r, int from, int to) {
    int length = to - from;
    char first = r.charAt(from);
    if (first == '-') {
      for (int i = from + 1; i < to; i++) {
        if (r.charAt(i) != '-') {
          return false;
        }
      }
      return true;
    }
    return length == 1 ? first == '.' || first == '_' : length == 2 && first == '_' && r.charAt(from + 1) == '_';
  }

  private static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Parses {@code text}; empty when it is not a valid reference. */
  public static Optional<ImageReference> parse(String text) {
    String s = text.strip();
    if (s.isEmpty() || hasWhitespace(s)) {
      return Optional.empty();
    }
    Optional<String> digest = Optional.empty();
    int at = s.indexOf('@');
    if (at >= 0) {
      String d = s.substring(at + 1);
      if (!isDigest(d)) {
        return Optional.empty();
      }
      digest = Optional.of(d);
      s = s.substring(0, at);
    }
    Optional<String> tag = Optional.empty();
    int lastSlash = s.lastIndexOf('/');
    int colon = s.lastIndexOf(':');
    if (colon > lastSlash) {
      String t = s.substring(colon + 1);
      if (!isTag(t)) {
        return Optional.empty();
      }
      tag = Optional.of(t);
      s = s.substring(0, colon);
    }
    String registry = DEFAULT_REGISTRY;
    String repository = s;
    int slash = s.indexOf('/');
    if (slash > 0) {
      String first = s.substring(0, slash);
      // As the container runtimes decide: a host has a dot or a port, is localhost, or is not lower case.
      if (first.contains(".") || first.contains(":") || first.equals("localhost")
          || !first.equals(first.toLowerCase(Locale.ROOT))) {
        if (!isRegistry(first)) {
          return Optional.empty();
        }
        registry = first.equals(LEGACY_DEFAULT_REGISTRY) ? DEFAULT_REGISTRY : first;
        repository = s.substring(slash + 1);
      }
    }
    if (registry.equals(DEFAULT_REGISTRY) && !repository.contains("/")) {
      repository = "library/" + repository;
    }
    if (!isRepository(repository)) {
      return Optional.empty();
    }
    return Optional.of(new ImageReference(registry, repository, tag, digest));
  }

  private static boolean hasWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A tag that names no fixed content: none at all means {@code latest}. */
  public boolean hasMutableTag() {
    return digest.isEmpty();
  }

  public boolean isLatest() {
    return digest.isEmpty() && tag.map(t -> t.equals("latest")).orElse(true);
  }
}
