package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A container that reads Secrets into environment variables ({@code valueFrom.secretKeyRef},
 * {@code envFrom.secretRef}) rather than mounting them as files: the environment is inherited by
 * every child process, dumped in crash reports and debug endpoints, and never updated when the
 * Secret rotates. One finding per container, at its first such variable.
 */
@CheckInfo(
    id = "KW-0506",
    summary = "Container reads Secrets into environment variables",
    severity = Severity.LOW,
    category = Category.SECRETS,
    remediation = "Mount the Secret as a volume (read-only, only the keys needed) and have the application read the file; files follow rotation and are not inherited by child processes.",
    references = {"cis:5.4.1", "nsa:network/secrets", "mitre:T1552.007"})
public final class SecretAsEnvironmentVariable implements ContainerCheck {

  private static final int LISTED = 3;

  @Override
  public void check(ContainerView container, Findings findings) {
    List<String> names = new ArrayList<>();
    Optional<Field> first = Optional.empty();
    for (Field env : container.get("env").map(Field::items).orElse(List.of())) {
      Optional<Field> ref = env.at("valueFrom", "secretKeyRef");
      if (ref.isPresent()) {
        names.add(env.get("name").flatMap(Field::text).orElse("<unnamed>") + " from Secret "
            + ref.get().get("name").flatMap(Field::text).orElse("<unnamed>"));
        first = first.or(() -> ref);
      }
    }
    for (Field from : container.get("envFrom").map(Field::items).orElse(List.of())) {
      Optional<Field> ref = from.get("secretRef");
      if (ref.isPresent()) {
        names.add("every key of Secret " + ref.get().get("name").flatMap(Field::text).orElse("<unnamed>"));
        first = first.or(() -> ref);
      }
    }
    if (first.isPresent()) {
      String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())))
          + (names.size() > LISTED ? " and " + (names.size() - LISTED) + " more" : "");
      findings.at(first.get()).report("container %s reads Secrets into environment variables (%s): mount them as files instead",
          container.name(), shown);
    }
  }
}
