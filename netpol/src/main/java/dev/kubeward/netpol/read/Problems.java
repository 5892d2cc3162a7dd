package dev.kubeward.netpol.read;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.netpol.model.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The problems found in one file, at the line and column of the field they concern. A quiet
 * instance ({@link #quiet}) serves readers whose problems nobody reports: it keeps no warning and
 * ends the read at the first error ({@link Rejected}), since an object with an error is left out
 * whatever else is wrong with it.
 */
final class Problems {

  private final String file;
  private final boolean quiet;
  /** The problems kept; a quiet instance keeps none, and has no list. */
  private final List<InputProblem> list;
  private int errors;

  Problems(String file) {
    this(file, false);
  }

  private Problems(String file, boolean quiet) {
    this.file = file;
    this.quiet = quiet;
    this.list = quiet ? List.of() : new ArrayList<>();
  }

  /** Problems that are not reported: the first error throws {@link Rejected}, warnings are dropped. */
  static Problems quiet(String file) {
    return new Problems(file, true);
  }

  /**
   * Thrown by a quiet instance at the first error: the object being read is rejected. One shared
   * instance without a stack trace, as it only carries control back to the reader's caller:
   * whoever makes a quiet instance catches it ({@code ResourceReader}), so it never leaves this package.
   */
  static final class Rejected extends RuntimeException {
    static final Rejected INSTANCE = new Rejected();

    private Rejected() {
      super("rejected", null, false, false);
    }
  }

  String file() {
    return file;
  }

  /** An error at {@code at}; the message is made only when the problem is kept (never by a quiet instance). */
  void error(Field at, Supplier<String> message) {
    if (quiet) {
      throw Rejected.INSTANCE;
    }
    list.add(InputProblem.error(file, at.line(), at.column(), message.get()));
    errors++;
  }

  void error(Field at, String message) {
    error(at, () -> message);
  }

  /** A warning at {@code at}; the message is made only when the problem is kept (never by a quiet instance). */
  void warning(Field at, Supplier<String> message) {
    if (!quiet) {
      list.add(InputProblem.warning(file, at.line(), at.column(), message.get()));
    }
  }

  void warning(Field at, String message) {
    warning(at, () -> message);
  }

  void addAll(Collection<InputProblem> problems) {
    for (InputProblem p : problems) {
      if (p.error()) {
        if (quiet) {
          throw Rejected.INSTANCE;
        }
        errors++;
      }
      if (!quiet) {
        list.add(p);
      }
    }
  }

  int errors() {
    return errors;
  }

  List<InputProblem> list() {
    return list;
  }

  Source source(Field f) {
    return new Source(file, f.line(), f.column());
  }

  /** Reports every key of {@code map} not in {@code known}, with the closest known one when it is a likely typo. */
  void unknownFields(Field map, Set<String> known, String what) {
    if (!(map.node() instanceof MapNode m) || allKnown(m, known)) {
      return; // the common case, told from the keys alone, with no field made for each entry
    }
    for (Field.Entry e : map.entries()) {
      if (!known.contains(e.key())) {
        String hint = closest(e.key(), known).map(k -> " (did you mean \"" + k + "\"?)").orElse("");
        error(e.value(), "unknown field \"" + e.key() + "\" in " + what + hint + "; the API server rejects it"
            + " (strict field validation), and ignoring it would change what the policy allows");
      }
    }
  }

  private static boolean allKnown(MapNode m, Set<String> known) {
    for (int i = 0, n = m.size(); i < n; i++) {
      if (!known.contains(m.name(i))) {
        return false;
      }
    }
    return true;
  }

  private static java.util.Optional<String> closest(String key, Set<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String k : known) {
      int d = distance(key.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
