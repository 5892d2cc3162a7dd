package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.rbac.abac.AbacPolicy;
import dev.kubeward.rbac.abac.AbacPolicyFile;
import java.util.Set;

/**
 * A check of one ABAC policy ({@code abac.authorization.kubernetes.io/v1beta1} Policy: a line of
 * an {@code --authorization-policy-file}, which scan reads from {@code *.jsonl} files, one object a
 * line). The policy is read as written, before the API server's defaulting, so that a {@code *}
 * subject is told apart from the group it stands for.
 */
abstract class AbacCheck implements ResourceCheck {

  /** Judges a policy; {@code spec} is its spec, where findings point. */
  abstract void check(AbacPolicy policy, Field spec, Findings findings);

  @Override
  public final Set<String> kinds() {
    return Set.of("Policy");
  }

  @Override
  public final void check(Resource resource, Findings findings) {
    if (!resource.apiVersion().equals(AbacPolicyFile.API_VERSION)) {
      return; // another group's Policy (an audit policy, say)
    }
    Field spec = resource.root().get("spec").filter(Field::isMap).orElse(null);
    if (spec == null) {
      return;
    }
    AbacPolicy policy = new AbacPolicy(text(spec, "user"), text(spec, "group"),
        spec.get("readonly").flatMap(Field::bool).orElse(false), text(spec, "apiGroup"), text(spec, "resource"),
        text(spec, "namespace"), text(spec, "nonResourcePath"), resource.file().name(), resource.root().line());
    check(policy, spec, findings);
  }

  private static String text(Field spec, String key) {
    return spec.get(key).flatMap(Field::text).orElse("");
  }

  /** Whether the policy names every authenticated user ({@code *}), a group for all, or the anonymous user. */
  static boolean broad(AbacPolicy p) {
    return p.broadSubject();
  }

  /** Where the subject is written: the group when it is the broad part, else the user. */
  static Field subjectField(AbacPolicy p, Field spec) {
    boolean groupIsBroad = p.group().equals("*") || p.group().startsWith("system:");
    return groupIsBroad ? spec.nearest("group") : spec.nearest("user");
  }

  /** {@code user *}, {@code group system:authenticated}. */
  static String subject(AbacPolicy p) {
    return p.user().isEmpty() ? "group " + p.group() : p.group().isEmpty() ? "user " + p.user()
        : "user " + p.user() + " in group " + p.group();
  }

  /** What the policy covers: {@code every resource in every namespace}, {@code path /metrics}. */
  static String what(AbacPolicy p) {
    String d = p.describe();
    int comma = d.indexOf(", ");
    String rest = comma < 0 ? d : d.substring(comma + 2);
    for (String verbs : new String[] {"read-only, ", "every verb, "}) {
      if (rest.startsWith(verbs)) {
        return rest.substring(verbs.length());
      }
    }
    return rest;
  }
}
