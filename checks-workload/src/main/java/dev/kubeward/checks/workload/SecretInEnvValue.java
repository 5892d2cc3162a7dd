package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Optional;

/** Messages name the variable and the kind of secret; the value itself is never repeated anywhere. */
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
      if (name.isEmpty() || text.isEmpty()) {
        continue;
      }
      Optional<String> kind = SecretLiterals.credentialKind(text.get());
      if (kind.isPresent()) {
        findings.at(value.get()).report("container %s: env var %s holds %s in plain text", container.name(), name.get(), kind.get());
      } else if (SecretLiterals.secretName(name.get()) && SecretLiterals.literal(text.get())) {
        findings.at(value.get()).report("container %s: env var %s holds a literal secret value; read it from a Secret",
            container.name(), name.get());
      }
    }
  }
}
