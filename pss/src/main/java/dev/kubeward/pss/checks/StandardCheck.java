package dev.kubeward.pss.checks;

import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PssCheck;
import dev.kubeward.pss.Violation;
import java.util.Optional;

/** What every standard check shares: its id and level, and how it words a violation. */
abstract class StandardCheck implements PssCheck {

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

  final Optional<Violation> violation(String reason, String detail, Locator at) {
    return Optional.of(new Violation(id, reason, detail, at));
  }

  @Override
  public String toString() {
    return id;
  }
}
