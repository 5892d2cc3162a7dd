package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judged only where the input holds workloads of the Service's namespace: a scan of part of an
 * application must not flag Services whose pods are defined elsewhere. Labels that controllers
 * add to their pods count as well as the template's ({@link ControllerLabels}). The selector is
 * read while the Service's file is checked and the finding held until the index is built, so no
 * Service is kept whole for it.
 */
@CheckInfo(
    id = "KW-0030",
    summary = "Service selects no workload",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    remediation = "Make the Service's selector match the pod template labels of the workload it fronts, or remove the Service.")
public final class ServiceSelectsNoWorkload implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of("Service");
  }

  @Override
  public void check(Resource service, Findings findings) {
    if (!service.group().isEmpty()) {
      return; // another group's Service (Knative's, a custom resource's) selects no pods
    }
    var root = service.root();
    if (root.at("spec", "type").flatMap(Field::text).filter("ExternalName"::equals).isPresent()) {
      return;
    }
    var selectorField = root.at("spec", "selector").filter(Field::isMap);
    if (selectorField.isEmpty()) {
      return;
    }
    Map<String, String> selector = Field.stringMap(selectorField);
    if (selector.isEmpty()) {
      return;
    }
    String namespace = service.namespace().orElse("");
    findings.at(selectorField.get())
        .unless(index -> index.workloadsIn(namespace).isEmpty() || !selectsNone(index, namespace, selector))
        .report("selector %s matches the pods of no workload in namespace %s",
            selector, namespace.isEmpty() ? "(unset)" : namespace);
  }
  /** The index finds workloads by template labels; labels their controllers add are then checked per candidate. */
  private static boolean selectsNone(ResourceIndex index, String namespace, Map<String, String> selector) {
    Map<String, String> template = selector;
    if (anyControllerLabel(selector)) {
      // Copied only when it has labels to drop: most selectors name template labels alone.
      template = new LinkedHashMap<>(selector);
      template.keySet().removeIf(ControllerLabels::isControllerLabel);
    }
    List<IndexedResource> candidates =
        template.isEmpty() ? index.workloadsIn(namespace) : index.workloadsSelectedBy(namespace, template);
    // Loops, not streams: every Service with a selector is resolved against its candidates.
    for (IndexedResource w : candidates) {
      if (carriesAll(w, selector)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyControllerLabel(Map<String, String> selector) {
    for (String key : selector.keySet()) {
      if (ControllerLabels.isControllerLabel(key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean carriesAll(IndexedResource w, Map<String, String> selector) {
    for (Map.Entry<String, String> e : selector.entrySet()) {
      if (!ControllerLabels.carries(w, e.getKey(), e.getValue())) {
        return false;
      }
    }
    return true;
  }
}
