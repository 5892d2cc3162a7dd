package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.Verdicts;
import java.util.Set;

/**
 * An authorizer the API server must use: passes when its authorization modes (the flag, or the
 * authorization configuration file) include {@code mode}, warns when they cannot be read.
 */
abstract class AuthorizerMissing extends CisCheck {

  private final String control;
  private final String mode;
  private final String consequence;

  /** {@code consequence}: what goes wrong without the mode, after "does not authorize with MODE (...): ". */
  AuthorizerMissing(String control, String mode, String consequence) {
    this.control = control;
    this.mode = mode;
    this.consequence = consequence;
  }

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var modes = AuthorizationModes.judged(c, control, out);
    if (modes.isEmpty()) {
      return;
    }
    if (modes.get().modes().contains(mode)) {
      out.pass(control, "%s authorizes with %s", who(c), String.join(",", modes.get().modes()));
    } else {
      out.fail(control, at(modes.get().setting(), c), "the %s does not authorize with " + mode + " (%s): " + consequence,
          who(c), modes.get().source());
    }
  }
}
