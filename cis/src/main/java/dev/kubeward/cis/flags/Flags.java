package dev.kubeward.cis.flags;

import dev.kubeward.core.model.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flags of one command line, parsed as the Kubernetes components' flag library (pflag) and
 * etcd's read them: {@code --name=value}; {@code --name value} for a flag that takes a value;
 * a bare {@code --name} for a boolean one, meaning true; one leading dash as good as two; a lone
 * {@code --} ends the flags. Whether a bare flag takes the next argument depends on its type:
 * flags known to be boolean never do, others do when the next argument is not itself a flag.
 * Arguments that are not flags (the binary, a {@code ps} line's columns) are skipped.
 *
 * <p>A flag given twice takes its last value, except list flags ({@link #list}), which
 * accumulate, and map flags ({@link #map}), which merge, as the flag library's slice and map
 * types do.
 */
public final class Flags {

  /** One flag as written: its name without dashes, its value, the argument it came from. */
  public record Occurrence(String name, String value, boolean bare, Arg arg) {

    public Optional<Field> field() {
      return arg.field();
    }

    /** As written on a command line, for messages: {@code --name=value}. */
    public String written() {
      return bare ? "--" + name : "--" + name + "=" + value;
    }
  }

  public static final Flags NONE = new Flags(List.of());

  private final List<Occurrence> occurrences;

  private Flags(List<Occurrence> occurrences) {
    this.occurrences = List.copyOf(occurrences);
  }

  /** Parses {@code args}; {@code booleans} names the flags that never take the next argument. */
  public static Flags parse(List<Arg> args, Set<String> booleans) {
    List<Occurrence> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      String t = a.text();
      if (t.equals("--")) {
        break;
      }
      Optional<String> body = body(t);
      if (body.isEmpty()) {
        continue;
      }
      String b = body.get();
      int eq = b.indexOf('=');
      if (eq > 0) {
        out.add(new Occurrence(b.substring(0, eq), b.substring(eq + 1), false, a));
      } else if (!booleans.contains(b) && i + 1 < args.size() && body(args.get(i + 1).text()).isEmpty()
          && !args.get(i + 1).text().equals("--")) {
        out.add(new Occurrence(b, args.get(i + 1).text(), false, a));
        i++;
      } else {
        out.add(new Occurrence(b, "true", true, a));
      }
    }
    return new Flags(out);
  }

  /** The name (and value) of a flag argument without its dashes; empty for anything else. */
  private static Optional<String> body(String t) {
    int dashes = t.startsWith("--") ? 2 : t.startsWith("-") ? 1 : 0;
    if (dashes == 0 || t.length() == dashes) {
      return Optional.empty();
    }
    String b = t.substring(dashes);
    char c = b.charAt(0);
    // "---x", "-=x" and negative numbers are not flags.
    return Character.isLetter(c) ? Optional.of(b) : Optional.empty();
  }

  public List<Occurrence> all() {
    return occurrences;
  }

  public boolean has(String name) {
    return last(name).isPresent();
  }

  /** The flag's last occurrence: the one that wins. */
  public Optional<Occurrence> last(String name) {
    for (int i = occurrences.size() - 1; i >= 0; i--) {
      if (occurrences.get(i).name().equals(name)) {
        return Optional.of(occurrences.get(i));
      }
    }
    return Optional.empty();
  }

  public List<Occurrence> all(String name) {
    return occurrences.stream().filter(o -> o.name().equals(name)).toList();
  }

  /** A list flag's items over all its occurrences, comma-separated and trimmed, empty items left out. */
  public List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (Occurrence o : all(name)) {
      out.addAll(splitList(o.value()));
    }
    return out;
  }

  /** A map flag ({@code --feature-gates=A=true,B=false}) merged over its occurrences, later keys winning. */
  public Map<String, String> map(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Occurrence o : all(name)) {
      for (String item : splitList(o.value())) {
        int eq = item.indexOf('=');
        out.put(eq < 0 ? item : item.substring(0, eq).strip(), eq < 0 ? "" : item.substring(eq + 1).strip());
      }
    }
    return out;
  }

  public static List<String> splitList(String value) {
    List<String> out = new ArrayList<>();
    for (String s : value.split(",")) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
