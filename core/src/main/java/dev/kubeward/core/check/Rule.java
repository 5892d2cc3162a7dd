package dev.kubeward.core.check;

import java.util.List;
import java.util.Optional;

/**
 * A check with its metadata, read once from its {@link CheckInfo}. {@code description} is the
 * longer prose of the side-car markdown ({@code <slug>.md} beside the check class), if any.
 */
public record Rule(
    String id,
    String slug,
    String summary,
    Severity severity,
    Category category,
    String remediation,
    List<Reference> references,
    List<String> aliases,
    boolean deprecated,
    Optional<String> description,
    Check check) {

  public static Rule of(Check check) {
    Class<?> type = check.getClass();
    CheckInfo info = type.getAnnotation(CheckInfo.class);
    if (info == null) {
      throw new IllegalStateException(type.getName() + " has no @CheckInfo");
    }
    List<Reference> refs =
        java.util.Arrays.stream(info.references())
            .map(
                r ->
                    Reference.parse(r)
                        .orElseThrow(
                            () -> new IllegalStateException(type.getName() + ": bad reference " + r)))
            .toList();
    String slug = slugOf(type.getSimpleName());
    return new Rule(
        info.id(),
        slug,
        info.summary(),
        info.severity(),
        info.category(),
        info.remediation(),
        refs,
        List.of(info.aliases()),
        info.deprecated(),
        readDescription(type, slug),
        check);
  }

  /** {@code RunAsRoot} to {@code run-as-root}; an acronym stays one word ({@code HostIPC}: host-ipc). */
  public static String slugOf(String className) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < className.length(); i++) {
      char c = className.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char prev = className.charAt(i - 1);
        boolean nextLower = i + 1 < className.length() && Character.isLowerCase(className.charAt(i + 1));
        if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
          sb.append('-');
        }
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  private static Optional<String> readDescription(Class<?> type, String slug) {
    try (var in = type.getResourceAsStream(slug + ".md")) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code name} (id, slug or alias, any case) names this rule. */
  public boolean isNamed(String name) {
    String n = name.strip();
    return id.equalsIgnoreCase(n) || slug.equalsIgnoreCase(n) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(n));
  }

  public List<Reference> references(Framework framework) {
    return references.stream().filter(r -> r.framework() == framework).toList();
  }
}
