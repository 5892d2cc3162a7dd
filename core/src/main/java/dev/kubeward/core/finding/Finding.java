package dev.kubeward.core.finding;

import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.ResourceRef;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found: which rule, how severe (after configuration), in which resource and
 * container, at which field path and source position, and what is wrong.
 *
 * <p>A value: two findings are equal when every part, the message text included, is. A check's
 * finding keeps its message as the format and arguments the check reported (see {@link #of}) and
 * makes the text when a reporter first reads it: a scan records findings by the hundred thousand,
 * most messages are different, and a report reads each of them once.
 */
public final class Finding {

  private final Rule rule;
  private final Severity severity;
  private final ResourceRef resource;
  private final Location location;
  private final String path;
  private final Optional<String> container;
  /** The message, or its format when {@link #arguments} is not null. */
  private final String format;
  private final Object[] arguments;

  public Finding(Rule rule, Severity severity, ResourceRef resource, Location location, String path,
      Optional<String> container, String message) {
    this(rule, severity, resource, location, path, container, message, null);
  }

  private Finding(Rule rule, Severity severity, ResourceRef resource, Location location, String path,
      Optional<String> container, String format, Object[] arguments) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.resource = Objects.requireNonNull(resource, "resource");
    this.location = Objects.requireNonNull(location, "location");
    this.path = Objects.requireNonNull(path, "path");
    this.container = Objects.requireNonNull(container, "container");
    this.format = Objects.requireNonNull(format, "format");
    this.arguments = arguments;
  }

  /**
   * A finding whose message is {@code String.format(Locale.ROOT, format, args)}, made when it is
   * read. Only a format of plain {@code %s} placeholders, one per argument, with arguments that
   * are strings, numbers, booleans or characters (they cannot change), is kept as it is: any other
   * is made into its text now, so that the message says what an object said when the check
   * reported it, and a format that does not fit its arguments fails in the check that wrote it.
   */
  public static Finding of(Rule rule, Severity severity, ResourceRef resource, Location location, String path,
      Optional<String> container, String format, Object... args) {
    return of(rule, severity, resource, location, path, container, format, args, true);
  }

  /**
   * {@link #of}, keeping the array of arguments itself rather than a copy: for the engine, which
   * passes the array a check's report call made (see
   * {@link dev.kubeward.core.check.Findings.Reporter#report}), so that no one else holds it.
   */
  public static Finding ofReport(Rule rule, Severity severity, ResourceRef resource, Location location, String path,
      Optional<String> container, String format, Object[] args) {
    return of(rule, severity, resource, location, path, container, format, args, false);
  }

  private static Finding of(Rule rule, Severity severity, ResourceRef resource, Location location, String path,
      Optional<String> container, String format, Object[] args, boolean copy) {
    if (args.length == 0) {
      return new Finding(rule, severity, resource, location, path, container, format, null);
    }
    boolean keep = plainPlaceholders(format) == args.length;
    for (int i = 0; keep && i < args.length; i++) {
      keep = isConstant(args[i]);
    }
    return keep
        ? new Finding(rule, severity, resource, location, path, container, format, copy ? args.clone() : args)
        : new Finding(rule, severity, resource, location, path, container, message(format, args), null);
  }

  /** The number of {@code %s} in {@code format}, or -1 when it holds any other conversion. */
  private static int plainPlaceholders(String format) {
    int n = 0;
    for (int pct = format.indexOf('%'); pct >= 0; pct = format.indexOf('%', pct + 2)) {
      if (pct + 1 == format.length() || format.charAt(pct + 1) != 's') {
        return -1;
      }
      n++;
    }
    return n;
  }

  private static boolean isConstant(Object a) {
    return a instanceof String || a instanceof Integer || a instanceof Long || a instanceof Boolean
        || a instanceof Character || a instanceof Short || a instanceof Byte;
  }

  /**
   * {@code String.format(Locale.ROOT, format, args)}, without a {@link java.util.Formatter} for the
   * usual case of plain {@code %s} placeholders.
   */
  public static String message(String format, Object... args) {
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
        return String.format(Locale.ROOT, format, args);
      }
    }
    return sb.append(format, from, format.length()).toString();
  }

  public Rule rule() {
    return rule;
  }

  public Severity severity() {
    return severity;
  }

  public ResourceRef resource() {
    return resource;
  }

  public Location location() {
    return location;
  }

  public String path() {
    return path;
  }

  public Optional<String> container() {
    return container;
  }

  /** The message; made anew on each call when the check reported a format with arguments. */
  public String message() {
    return arguments == null ? format : message(format, arguments);
  }

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

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && rule.equals(f.rule)
        && severity == f.severity
        && resource.equals(f.resource)
        && location.equals(f.location)
        && path.equals(f.path)
        && container.equals(f.container)
        && message().equals(f.message());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, resource, location, path, container, message());
  }

  @Override
  public String toString() {
    return "Finding[rule=" + rule + ", severity=" + severity + ", resource=" + resource + ", location=" + location
        + ", path=" + path + ", container=" + container + ", message=" + message() + "]";
  }
}
