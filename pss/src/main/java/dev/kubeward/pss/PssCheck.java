package dev.kubeward.pss;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One Pod Security Standards check, named and versioned as upstream's: its id, the level it
 * belongs to, and its revisions, each the condition that applies from a policy version on.
 * Baseline checks also run at restricted, unless a restricted check overrides them there.
 */
public interface PssCheck {

  /** The upstream check id: {@code privileged}, {@code seccompProfile_restricted}, ... */
  String id();

  /** {@link Level#BASELINE} or {@link Level#RESTRICTED}. */
  Level level();

  /** The revisions, oldest first, with strictly increasing versions. */
  List<Revision> revisions();

  /** A condition on a pod: a violation, or empty when the pod passes. */
  @FunctionalInterface
  interface Condition {
    Optional<Violation> evaluate(PodFacts pod);
  }

  /**
   * The condition that applies from {@code since} until the next revision.
   *
   * @param overrides baseline checks that do not run at restricted while this revision applies,
   *     because this one is their stricter form
   */
  record Revision(Version since, Condition condition, Set<String> overrides) {

    public Revision {
      if (since.latest()) {
        throw new IllegalArgumentException("a revision starts at a numbered version, not latest");
      }
      overrides = Set.copyOf(overrides);
    }

    public static Revision since(int minor, Condition condition, String... overrides) {
      return new Revision(Version.of(minor), condition, Set.of(overrides));
    }
  }
}
