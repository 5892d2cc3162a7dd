package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Map;

/**
 * Omitting RequestReceived is common and harmless (ResponseComplete repeats it with the outcome).
 * Omitting ResponseComplete leaves no record of whether a request succeeded, and for ordinary
 * requests no record at all once RequestReceived is omitted too; omitting Panic hides the
 * requests that crashed a handler. Top-level omitStages apply to every rule.
 */
@CheckInfo(
    id = "KW-0571",
    summary = "Audit policy omits the ResponseComplete or Panic stage",
    severity = Severity.MEDIUM,
    category = Category.AUDIT_LOGGING,
    remediation = "Omit at most RequestReceived (and ResponseStarted); keep ResponseComplete and Panic.",
    references = {"nsa:logging/audit", "mitre:T1562", "k8s:docs/tasks/debug/debug-cluster/audit/"})
public final class AuditPolicyOmitsResponseStage extends AuditCheck {

  private static final Map<String, String> WHY = Map.of(
      "ResponseComplete", "no event records the outcome of a request",
      "Panic", "requests that crash a handler are not logged");

  @Override
  void check(AuditPolicy policy, Findings findings) {
    stages(policy.resource().root().get("omitStages"), "the policy omits stage %s for every rule", findings);
    for (AuditPolicy.Rule rule : policy.rules()) {
      if (!rule.level().equals("None")) {
        stages(rule.field().get("omitStages"), rule.label() + " omits stage %s", findings);
      }
    }
  }

  private static void stages(java.util.Optional<Field> list, String what, Findings findings) {
    List<Field> items = Fields.items(list);
    boolean received = items.stream().anyMatch(f -> f.text().filter("RequestReceived"::equals).isPresent());
    for (Field f : items) {
      String stage = f.text().orElse("");
      if (WHY.containsKey(stage)) {
        String worse = stage.equals("ResponseComplete") && received ? "; with RequestReceived also omitted, ordinary requests leave no event at all" : "";
        findings.at(f).report("%s: %s%s", what.formatted(stage), WHY.get(stage), worse);
      }
    }
  }
}
