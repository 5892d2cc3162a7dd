package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Optional;

/** A credential written into {@code env[].value}: by its own shape, or a secret-sounding name with a strong literal. */
@CheckInfo(
    id = "KW-0054",
    summary = "Container environment holds a secret in plain text",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Move the value into a Secret and read it with env[].valueFrom.secretKeyRef (or mount it as a file); rotate the exposed credential.",
    references = {"cis:5.4.1", "nsa:network/secrets", "mitre:T1552.001", "mitre:T1552.007"})
public final class SecretInEnvValue implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    for (Field env : container.get("env").map(Field::items).orElse(List.of())) {
      Optional<String> name = env.get("name").flatMap(Field::text);
      Optional<Field> value = env.get("value");
      Optional<String> text = value.flatMap(Field::text);
      if (name.isPresent() && text.isPresent()) {
        Found.report(findings, value.get(), () -> "container " + container.name() + ": env var " + name.get(), name.get(),
            text.get());
      }
    }
  }
}
