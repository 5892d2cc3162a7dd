package dev.kubeward.core.finding;

import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.ResourceRef;
import java.util.Optional;

/**
 * One problem found: which rule, how severe (after configuration), in which resource and
 * container, at which field path and source position, and what is wrong.
 */
public record Finding(
    Rule rule,
    Severity severity,
    ResourceRef resource,
    Location location,
    String path,
    Optional<String> container,
    String message) {

  /**
   * Identifies a finding across runs, whatever the line numbers: rule, resource, container and
   * path. A container is named, so its position in the list is left out of the path: reordering
   * containers does not resurface accepted findings.
   */
  public String fingerprint() {
    String stablePath = container.isPresent() ? CONTAINER_INDEX.matcher(path).replaceFirst("$1[*]") : path;
    return rule.id()
        + "|" + resource.kind()
        + "|" + resource.namespace().orElse("")
        + "|" + resource.name()
        + "|" + stablePath
        + "|" + container.orElse("");
  }

  private static final java.util.regex.Pattern CONTAINER_INDEX =
      java.util.regex.Pattern.compile("((?:^|\\.)(?:containers|initContainers|ephemeralContainers))\\[\\d+\\]");
}
