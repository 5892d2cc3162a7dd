package dev.kubeward.pss.checks;

import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.PssCheck;
import dev.kubeward.pss.ContainerFacts;
import dev.kubeward.pss.Version;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What every standard check shares: its id and level, how it words a violation, and how it runs
 * as a {@code kubeward scan} rule. As a rule it judges each pod spec at the level and version of
 * its options ({@code level}, {@code version}; by default its own level at latest) and reports
 * its violation, if the check runs there: a check the version predates, or that restricted
 * overrides, reports nothing, the overriding check's rule reporting instead.
 */
abstract class StandardCheck implements PssCheck, PodSpecCheck {

  private final String id;
  private final Level level;

  StandardCheck(String id, Level level) {
    this.id = id;
    this.level = level;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Level level() {
    return level;
  }

  /**
   * Whether any container passes {@code test}: the checks' early exit, so that a pod that passes
   * costs no more than reading it (the wording of a violation needs sets and lists; a pass does not).
   */
  static boolean any(List<ContainerFacts> containers, Predicate<ContainerFacts> test) {
    for (int i = 0, n = containers.size(); i < n; i++) {
      if (test.test(containers.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The containers {@code bad} picks, each located at {@code keys} within it. */
  static Offenders offenders(List<ContainerFacts> containers, Predicate<ContainerFacts> bad, Object... keys) {
    Offenders out = new Offenders();
    for (ContainerFacts c : containers) {
      if (bad.test(c)) {
        out.add(c.name(), c.locate(keys));
      }
    }
    return out;
  }

  final Optional<Violation> violation(String reason, String detail, Locator at) {
    return Optional.of(new Violation(id, reason, detail, at));
  }

  @Override
  public final void check(PodSpecView pod, Findings findings) {
    LevelVersion lv = policy(findings.options(), level);
    PssChecks.registry().revision(this, lv)
        .flatMap(r -> r.condition().evaluate(PodFacts.of(pod)))
        .ifPresent(v -> findings.at(v.at().resolve(pod)).report("%s", v.message()));
  }

  /**
   * The level and version a rule judges at, from its options.
   *
   * @throws IllegalArgumentException when an option is not a level or version
   */
  static LevelVersion policy(CheckOptions options, Level ownLevel) {
    Level l = options.string("level").map(t -> Level.parse(t).orElseThrow(
        () -> new IllegalArgumentException("level \"" + t + "\" is not privileged, baseline or restricted"))).orElse(ownLevel);
    Version v = options.string("version").map(t -> Version.parse(t).orElseThrow(
        () -> new IllegalArgumentException("version \"" + t + "\" is not latest or v1.N"))).orElse(Version.LATEST);
    return LevelVersion.of(l, v);
  }

  @Override
  public String toString() {
    return id;
  }
}
