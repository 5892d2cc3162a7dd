package dev.kubeward.core.config;

/**
 * An exception in the configuration: findings of {@code rules} on matching resources do not
 * count, for {@code reason}, until {@code expires} (inclusive) if set.
 */
public record ConfigException(
    java.util.List<String> rules,
    java.util.Optional<String> kind,
    java.util.Optional<Glob> namespace,
    java.util.Optional<Glob> name,
    java.util.Optional<String> container,
    String reason,
    java.util.Optional<java.time.LocalDate> expires,
    String source) {

  public boolean expiredOn(java.time.LocalDate today) {
    return expires.map(today::isAfter).orElse(false);
  }

  /** A short description for reports: {@code run-as-root on Deployment default/web*}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(String.join(",", rules)).append(" on ");
    sb.append(kind.orElse("*")).append(' ');
    sb.append(namespace.map(Glob::text).orElse("*")).append('/').append(name.map(Glob::text).orElse("*"));
    container.ifPresent(c -> sb.append(" container ").append(c));
    return sb.toString();
  }
}
