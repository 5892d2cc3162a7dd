package dev.kubeward.core.engine;

import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.Location;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.List;
import java.util.Optional;

/** The {@link Findings} a check reports to, bound to one rule, resource and container. */
final class FindingCollector implements Findings {

  private final Rule rule;
  private final Severity severity;
  private final Resource resource;
  private final Optional<String> container;
  private final CheckOptions options;
  private final List<Finding> out;

  FindingCollector(
      Rule rule, Severity severity, Resource resource, Optional<String> container, CheckOptions options, List<Finding> out) {
    this.rule = rule;
    this.severity = severity;
    this.resource = resource;
    this.container = container;
    this.options = options;
    this.out = out;
  }

  @Override
  public Reporter at(Field field) {
    return (format, args) -> out.add(new Finding(
        rule,
        severity,
        resource.ref(),
        new Location(resource.file().name(), field.line(), field.column()),
        field.path().toString(),
        container,
        args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args)));
  }

  @Override
  public CheckOptions options() {
    return options;
  }
}
