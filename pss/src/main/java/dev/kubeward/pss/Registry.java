package dev.kubeward.pss;

import dev.kubeward.core.k8s.PodSpecView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of each level at each policy version, worked out once as upstream's registry does:
 * every version from v1.0 to the newest revision of any check gets, per check, the latest revision
 * at or before it; restricted gets the baseline checks that no restricted revision of that version
 * overrides; checks run baseline first, then restricted, each group in id order. A version past
 * the newest revision, and {@code latest}, use the newest.
 */
public final class Registry {

  /** A check with the revision that applies at one version. */
  public record Active(PssCheck check, PssCheck.Revision revision) {}

  private final List<PssCheck> checks;
  private final int maxMinor;
  private final Active[][] baseline;
  private final Active[][] restricted;
  private final List<Set<String>> overridden;

  public Registry(List<PssCheck> checks) {
    validate(checks);
    this.checks = List.copyOf(checks);
    this.maxMinor = checks.stream()
        .mapToInt(c -> c.revisions().get(c.revisions().size() - 1).since().minor())
        .max().orElse(0);
    List<PssCheck> ordered = new ArrayList<>(checks);
    ordered.sort(Comparator.comparing((PssCheck c) -> c.level() == Level.RESTRICTED).thenComparing(PssCheck::id));
    this.baseline = new Active[maxMinor + 1][];
    this.restricted = new Active[maxMinor + 1][];
    this.overridden = new ArrayList<>();
    for (int minor = 0; minor <= maxMinor; minor++) {
      Version v = Version.of(minor);
      Set<String> overrides = new HashSet<>();
      List<Active> b = new ArrayList<>();
      List<Active> r = new ArrayList<>();
      for (PssCheck c : ordered) {
        revisionAt(c, v).ifPresent(rev -> {
          if (c.level() == Level.RESTRICTED) {
            overrides.addAll(rev.overrides());
          }
        });
      }
      for (PssCheck c : ordered) {
        Optional<PssCheck.Revision> rev = revisionAt(c, v);
        if (rev.isEmpty()) {
          continue;
        }
        Active a = new Active(c, rev.get());
        if (c.level() == Level.BASELINE) {
          b.add(a);
          if (!overrides.contains(c.id())) {
            r.add(a);
          }
        } else {
          r.add(a);
        }
      }
      baseline[minor] = b.toArray(Active[]::new);
      restricted[minor] = r.toArray(Active[]::new);
      overridden.add(Set.copyOf(overrides));
    }
  }

  private static void validate(List<PssCheck> checks) {
    Map<String, Level> ids = new HashMap<>();
    for (PssCheck c : checks) {
      if (ids.put(c.id(), c.level()) != null) {
        throw new IllegalArgumentException("multiple checks registered for id " + c.id());
      }
      if (c.level() == Level.PRIVILEGED) {
        throw new IllegalArgumentException("check " + c.id() + ": level must be baseline or restricted");
      }
      if (c.revisions().isEmpty()) {
        throw new IllegalArgumentException("check " + c.id() + " has no revision");
      }
      Version previous = null;
      for (PssCheck.Revision r : c.revisions()) {
        if (previous != null && !previous.olderThan(r.since())) {
          throw new IllegalArgumentException("check " + c.id() + ": revisions must have strictly increasing versions");
        }
        previous = r.since();
      }
    }
    for (PssCheck c : checks) {
      for (PssCheck.Revision r : c.revisions()) {
        if (!r.overrides().isEmpty() && c.level() != Level.RESTRICTED) {
          throw new IllegalArgumentException("check " + c.id() + ": only restricted checks override");
        }
        for (String o : r.overrides()) {
          if (ids.containsKey(o) && ids.get(o) != Level.BASELINE) {
            throw new IllegalArgumentException("check " + c.id() + " overrides " + o + ", which is not a baseline check");
          }
        }
      }
    }
  }

  private static Optional<PssCheck.Revision> revisionAt(PssCheck c, Version v) {
    PssCheck.Revision found = null;
    for (PssCheck.Revision r : c.revisions()) {
      if (!v.olderThan(r.since())) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  public List<PssCheck> checks() {
    return checks;
  }

  public Optional<PssCheck> check(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The newest version at which any check changed: what {@code latest} means. */
  public Version newest() {
    return Version.of(maxMinor);
  }

  /** The version whose checks apply for {@code v}: {@code v} itself, or the newest when {@code v} is past it. */
  public Version effective(Version v) {
    return v.latest() || v.minor() > maxMinor ? newest() : v;
  }

  /** The checks that run at a level and version, in the order they run. */
  public List<Active> active(LevelVersion lv) {
    return List.of(table(lv));
  }

  /** The revision of {@code check} that runs at a level and version; empty when it does not run there. */
  public Optional<PssCheck.Revision> revision(PssCheck check, LevelVersion lv) {
    for (Active a : table(lv)) {
      if (a.check().id().equals(check.id())) {
        return Optional.of(a.revision());
      }
    }
    return Optional.empty();
  }

  /** The baseline checks that restricted checks override at this version (none below restricted). */
  public Set<String> overridden(LevelVersion lv) {
    return lv.level() == Level.RESTRICTED ? overridden.get(effective(lv.version()).minor()) : Set.of();
  }

  private Active[] table(LevelVersion lv) {
    int minor = effective(lv.version()).minor();
    return switch (lv.level()) {
      case PRIVILEGED -> new Active[0];
      case BASELINE -> baseline[minor];
      case RESTRICTED -> restricted[minor];
    };
  }

  public Evaluation evaluate(PodSpecView pod, LevelVersion lv) {
    return evaluate(PodFacts.of(pod), lv);
  }

  public Evaluation evaluate(PodFacts pod, LevelVersion lv) {
    List<Violation> violations = List.of();
    for (Active a : table(lv)) {
      Optional<Violation> v = a.revision().condition().evaluate(pod);
      if (v.isPresent()) {
        if (violations.isEmpty()) {
          violations = new ArrayList<>(4);
        }
        violations.add(v.get());
      }
    }
    return new Evaluation(lv, effective(lv.version()), violations);
  }
}
