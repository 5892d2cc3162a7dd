package dev.kubeward.rbac.output;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.rbac.Grant;
import dev.kubeward.rbac.Reason;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The pieces the text formats share. */
final class Text {

  private Text() {}

  /** {@code RoleBinding shop/readers -> ClusterRole view (rule a.yaml:12)}. */
  static String via(Reason r) {
    return switch (r) {
      case Reason.RbacGrant g -> via(g.grant());
      case Reason.AbacGrant a -> "ABAC policy " + a.policy().location();
      case Reason.PrivilegedGroup p -> "kube-apiserver: system:masters is never denied";
    };
  }

  static String via(Grant g) {
    return g.describeVia() + " (rule " + ruleOrigin(g) + g.rule().source().location() + ")";
  }

  /** For a rule an aggregated ClusterRole took from another: {@code from ClusterRole NAME at }. */
  static String ruleOrigin(Grant g) {
    return Json.aggregatedFrom(g).map(from -> "of " + from.replace('/', ' ') + " at ").orElse("");
  }

  static void warnings(List<String> warnings, Writer out) throws IOException {
    for (String w : warnings) {
      out.write("note: " + w + "\n");
    }
    if (!warnings.isEmpty()) {
      out.write("\n");
    }
  }

  static void problems(List<InputProblem> problems, Writer out) throws IOException {
    if (problems.isEmpty()) {
      return;
    }
    out.write("\nProblems with the input\n");
    for (InputProblem p : problems) {
      out.write("  " + p.describe() + "\n");
    }
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
