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
import java.util.Arrays;
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
      out.add(new RawFinding(new Finding(
          rule,
          severity,
          resource,
          field != null ? new Location(file, field.line(), field.column()) : new Location(file, anchor.line(), anchor.column()),
          interner.share(field != null ? field.path().toString() : anchor.path()),
          container,
          // A message without arguments is its format, a constant: one copy already.
          args.length == 0 ? format : MESSAGES.get().of(format, args, interner)), cleared));
    }

    @Override
    public Reporter unless(Predicate<ResourceIndex> condition) {
      return new At(rule, severity, container, field, anchor, Optional.of(cleared.map(c -> c.or(condition)).orElse(condition)));
    }
  }

  private static final ThreadLocal<Messages> MESSAGES = ThreadLocal.withInitial(Messages::new);

  /**
   * The messages this thread made last, by format and arguments: most findings repeat one made
   * a few resources before (the same check on a container of the same name), and finding it
   * here costs the arguments' hashes, not building the message and hashing it to share it.
   * Formats are matched by identity (they are constants; a format built per call only misses),
   * arguments by value, and only arguments whose text is their value are remembered.
   */
  private static final class Messages {
    private static final int SLOTS = 1024;
    private final String[] formats = new String[SLOTS];
    private final Object[][] arguments = new Object[SLOTS][];
    private final String[] messages = new String[SLOTS];

    String of(String format, Object[] args, SharedStrings interner) {
      int h = System.identityHashCode(format);
      for (Object a : args) {
        if (!(a instanceof String || a instanceof Integer || a instanceof Long || a instanceof Boolean)) {
          return interner.share(message(format, args));
        }
        h = 31 * h + a.hashCode();
      }
      int i = (h ^ (h >>> 16)) & (SLOTS - 1);
      if (formats[i] == format && Arrays.equals(arguments[i], args)) {
        return messages[i];
      }
      String m = interner.share(message(format, args));
      formats[i] = format;
      arguments[i] = args.clone();
      messages[i] = m;
      return m;
    }
  }

  /**
   * {@code String.format(Locale.ROOT, format, args)}, without a {@link java.util.Formatter} for the
   * usual case of plain {@code %s} placeholders: findings are reported by the hundred thousand.
   */
  static String message(String format, Object... args) {
    if (args.length == 0) {
      return format;
    }
    StringBuilder sb = new StringBuilder(format.length() + 16 * args.length);
    int arg = 0;
    int from = 0;
    for (int pct = format.indexOf('%'); pct >= 0; pct = format.indexOf('%', from)) {
      if (pct + 1 < format.length() && format.charAt(pct + 1) == 's' && arg < args.length) {
        sb.append(format, from, pct).append(args[arg++]);
        from = pct + 2;
      } else {
        return String.format(java.util.Locale.ROOT, format, args);
      }
    }
    return sb.append(format, from, format.length()).toString();
  }

  @Override
  public CheckOptions options() {
    return options;
  }
}
