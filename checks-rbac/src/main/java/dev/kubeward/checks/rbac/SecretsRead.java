package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * Reading a Secret reveals its data: passwords, keys, and the tokens of service accounts.
 * {@code list} and {@code watch} return the data as {@code get} does. A rule limited to
 * resourceNames is not reported: it reads only the Secrets it names, which is the least-privilege
 * form (list and watch then work only with a field selector on those names).
 * Rules a ClusterRoleBinding grants are {@link SecretsReadClusterWide}'s.
 */
@CheckInfo(
    id = "KW-0205",
    summary = "Role reads every Secret of a namespace",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "List the Secrets the subject needs in resourceNames, or mount them into the pods that use them instead.",
    references = {"cis:5.1.2", "mitre:T1552.007", "mitre:T1528"})
public final class SecretsRead extends RiskyGrantCheck {

  SecretsRead(RbacScan scan) {
    super(scan);
  }


  private static final List<String> READ = List.of("get", "list", "watch");
  /** What {@link #reads} needs of a rule: it matches this probe. */
  static final long NEED = Sketch.need(List.of(Access.Probe.of(Access.CORE, "secrets", List.of(), READ)));

  @Override
  long need() {
    return NEED;
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    return reach.clusterWide() ? List.of() : reads(rule);
  }

  @Override
  String risk(String grants, Reach reach) {
    return risk(grants, "of the namespace it is granted in");
  }

  static List<String> reads(PolicyRule rule) {
    List<String> verbs = Access.unnamedVerbs(rule, Access.CORE, "secrets", "", READ);
    return verbs.isEmpty() ? List.of() : List.of(String.join(", ", verbs) + " secrets");
  }

  static String risk(String grants, String where) {
    boolean bulk = grants.contains("list") || grants.contains("watch");
    return "reads every Secret " + where + " (" + grants + ")" + (bulk ? "; list and watch return the data as get does" : "");
  }
}
