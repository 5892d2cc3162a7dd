package dev.kubeward.core.engine;

import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.Location;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.yaml.SharedStrings;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@link Findings} the checks of one resource report to. The engine binds it to each rule
 * (and container) in turn before calling the check, so that a check that finds nothing costs no
 * allocation; a report captures the binding of the moment.
 */
final class FindingCollector implements Findings {

  private final ResourceRef resource;
  private final String file;
  private final List<RawFinding> out;
  private final SharedStrings interner;
  private Rule rule;
  private Severity severity;
  private CheckOptions options = CheckOptions.NONE;
  private Optional<String> container = Optional.empty();

  FindingCollector(Resource resource, List<RawFinding> out, SharedStrings interner) {
    this(resource.ref(), resource.file().name(), out, interner);
  }

  /** For a resource whose tree the index did not keep: its checks report at {@link Anchor}s. */
  FindingCollector(ResourceRef resource, String file, List<RawFinding> out, SharedStrings interner) {
    this.resource = resource;
    this.file = file;
    this.out = out;
    this.interner = interner;
  }

  /** Makes the next reports the rule's, attributed to {@code container}. */
  void bind(Engine.Bound bound, Optional<String> container) {
    this.rule = bound.rule();
    this.severity = bound.severity();
    this.options = bound.options();
    this.container = container;
  }

  @Override
  public Reporter at(Field field) {
    return new At(rule, severity, container, field, null, Optional.empty());
  }

  @Override
  public Reporter at(Anchor anchor) {
    return new At(rule, severity, container, null, anchor, Optional.empty());
  }

  /** A report at one field (or at an anchor, when field is null), unconditional or held until the index is built. */
  private final class At implements Reporter {
    private final Rule rule;
    private final Severity severity;
    private final Optional<String> container;
    private final Field field;
    private final Anchor anchor;
    private final Optional<Predicate<ResourceIndex>> cleared;

    At(Rule rule, Severity severity, Optional<String> container, Field field, Anchor anchor,
        Optional<Predicate<ResourceIndex>> cleared) {
      this.rule = rule;
      this.severity = severity;
      this.container = container;
      this.field = field;
      this.anchor = anchor;
      this.cleared = cleared;
    }

    @Override
    public void report(String format, Object... args) {
      // The message is made when a reporter reads it (Finding.of): most are different, and
      // making them here cost more than any rule's own work.
      // The arguments' array is this call's own: kept without a copy.
      out.add(new RawFinding(Finding.ofReport(
          rule,
          severity,
          resource,
          field != null ? new Location(file, field.line(), field.column()) : new Location(file, anchor.line(), anchor.column()),
          interner.share(field != null ? field.path().toString() : anchor.path()),
          container,
          format,
          args), cleared));
    }

    @Override
    public Reporter unless(Predicate<ResourceIndex> condition) {
      return new At(rule, severity, container, field, anchor, Optional.of(cleared.map(c -> c.or(condition)).orElse(condition)));
    }
  }

  @Override
  public CheckOptions options() {
    return options;
  }
}
