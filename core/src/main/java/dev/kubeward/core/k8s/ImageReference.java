package dev.kubeward.core.k8s;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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

  private static final String HOST_LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";

  /** A host name or bracketed IPv6 address, with an optional port. */
  private static final Pattern REGISTRY =
      Pattern.compile("(?:" + HOST_LABEL + "(?:\\." + HOST_LABEL + ")*|\\[[0-9a-fA-F:.]+])(?::[0-9]+)?");

  /** The digests the runtimes verify: an algorithm they know and its exact length in lower-case hex. */
  private static final Pattern DIGEST =
      Pattern.compile("sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128}");

  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");

  private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";

  private static final Pattern REPOSITORY =
      Pattern.compile(PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*");

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
      if (!DIGEST.matcher(d).matches()) {
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
      if (!TAG.matcher(t).matches()) {
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
        if (!REGISTRY.matcher(first).matches()) {
          return Optional.empty();
        }
        registry = first.equals(LEGACY_DEFAULT_REGISTRY) ? DEFAULT_REGISTRY : first;
        repository = s.substring(slash + 1);
      }
    }
    if (registry.equals(DEFAULT_REGISTRY) && !repository.contains("/")) {
      repository = "library/" + repository;
    }
    if (!REPOSITORY.matcher(repository).matches()) {
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
