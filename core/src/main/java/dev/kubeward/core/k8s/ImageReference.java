package dev.kubeward.core.k8s;

import java.util.Optional;

/**
 * A container image reference, parsed as the container runtime does: an optional registry host
 * (the first component when it has a dot or colon or is {@code localhost}; otherwise
 * {@code docker.io}), the repository, an optional tag and an optional digest.
 */
public record ImageReference(
    String registry, String repository, Optional<String> tag, Optional<String> digest) {

  public static final String DEFAULT_REGISTRY = "docker.io";

  /** Parses {@code text}; empty when it is not a valid reference. */
  public static Optional<ImageReference> parse(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    Optional<String> digest = Optional.empty();
    int at = s.indexOf('@');
    if (at >= 0) {
      String d = s.substring(at + 1);
      if (!d.matches("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}")) {
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
      if (!t.matches("[\\w][\\w.-]{0,127}")) {
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
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        repository = s.substring(slash + 1);
      }
    }
    if (registry.equals(DEFAULT_REGISTRY) && !repository.contains("/")) {
      repository = "library/" + repository;
    }
    if (repository.isEmpty()
        || !repository.matches("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*")) {
      return Optional.empty();
    }
    return Optional.of(new ImageReference(registry, repository, tag, digest));
  }

  /** A tag that names no fixed content: none at all means {@code latest}. */
  public boolean hasMutableTag() {
    return digest.isEmpty();
  }

  public boolean isLatest() {
    return digest.isEmpty() && tag.map(t -> t.equals("latest")).orElse(true);
  }
}
