package dev.kubeward.pss;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy version: {@code v1.N} or {@code latest}. As upstream, {@code latest} is newer than every
 * numbered version, even future ones, and a version past the newest policy change means that change.
 */
public record Version(int minor, boolean latest) implements Comparable<Version> {

  public static final Version LATEST = new Version(0, true);

  /** Upstream's pattern: {@code v1.} and a minor without leading zeros. */
  private static final Pattern NUMBERED = Pattern.compile("v1\\.([0-9]|[1-9][0-9]{0,8})");

  public Version {
    if (minor < 0) {
      throw new IllegalArgumentException("a version's minor is not negative: " + minor);
    }
  }

  public static Version of(int minor) {
    return new Version(minor, false);
  }

  /** {@code latest} or {@code v1.N}, as the API server parses a {@code -version} label. */
  public static Optional<Version> parse(String text) {
    if (text.equals("latest")) {
      return Optional.of(LATEST);
    }
    Matcher m = NUMBERED.matcher(text);
    return m.matches() ? Optional.of(of(Integer.parseInt(m.group(1)))) : Optional.empty();
  }

  public boolean olderThan(Version other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Version o) {
    if (latest || o.latest) {
      return Boolean.compare(latest, o.latest);
    }
    return Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return latest ? "latest" : "v1." + minor;
  }
}
