package dev.kubeward.cis.checks;

import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Setting;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.yaml.YamlDocument;
import dev.kubeward.core.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The API server's authorizers, in order: {@code --authorization-mode} (AlwaysAllow when neither
 * it nor {@code --authorization-config} is given), or the {@code authorizers} of the structured
 * AuthorizationConfiguration file that {@code --authorization-config} names, read on a node.
 * Empty when that file cannot be read: the modes are then unknown.
 */
record AuthorizationModes(List<String> modes, Setting setting, String source) {

  /** The modes, or a warning under {@code control} that they could not be read (then empty). */
  static Optional<AuthorizationModes> judged(ComponentConfig c, String control, Verdicts out) {
    Optional<AuthorizationModes> modes = of(c);
    if (modes.isEmpty()) {
      out.warn(control, "the %s reads its authorizers from %s, which could not be read", CisCheck.who(c),
          c.flag("authorization-config").text());
    }
    return modes;
  }

  static Optional<AuthorizationModes> of(ComponentConfig c) {
    Setting config = c.flag("authorization-config");
    if (config.explicit()) {
      Optional<String> text = c.node().flatMap(n -> n.read(config.text()));
      if (text.isEmpty()) {
        return Optional.empty();
      }
      List<String> modes = new ArrayList<>();
      try {
        for (YamlDocument d : YamlLoader.plain().load(text.get(), config.text())) {
          d.root().map(Field::root).flatMap(r -> r.get("authorizers"))
              .ifPresent(list -> list.items().forEach(a -> a.get("type").flatMap(Field::text).ifPresent(modes::add)));
        }
      } catch (RuntimeException e) {
        return Optional.empty();
      }
      return Optional.of(new AuthorizationModes(modes, config, "the authorizers of " + config.text()));
    }
    Setting mode = c.flag("authorization-mode", "AlwaysAllow");
    return Optional.of(new AuthorizationModes(mode.items(), mode, mode.describe()));
  }
}
