package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.secrets.Detection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A credential in an annotation of any object, or of a workload's pod template. Annotations are
 * metadata: readable by whoever can list the object, copied into tools, events and dashboards.
 * Vault agent injection annotations hold paths and templates, not secrets, and are left alone.
 */
@CheckInfo(
    id = "KW-0502",
    summary = "Annotation holds a secret in plain text",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Remove the secret from the annotation: keep it in a Secret (or a secret store) and let the tool that reads the annotation reference it; rotate the exposed credential.",
    references = {"nsa:network/secrets", "mitre:T1552.001"})
public final class SecretInAnnotation implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of();
  }

  @Override
  public void check(Resource resource, Findings findings) {
    Optional<Field> metadata = resource.metadata();
    scan(metadata.flatMap(m -> m.get("annotations")), "annotation ", findings);
    Object own = metadata.map(Field::node).orElse(null);
    Optional<Field> template = PodSpecs.of(resource).flatMap(PodSpecView::metadata)
        .filter(m -> own != m.node())
        .flatMap(m -> m.get("annotations"));
    scan(template, "pod template annotation ", findings);
  }

  private static void scan(Optional<Field> annotations, String what, Findings findings) {
    if (annotations.isEmpty()) {
      return;
    }
    List<MapNode.Entry> entries = Nodes.entries(annotations.get().node());
    for (int i = 0; i < entries.size(); i++) {
      String key = entries.get(i).name();
      String text = Nodes.text(entries.get(i).value());
      if (text == null || GoodPractice.vaultAnnotation(key)) {
        continue;
      }
      List<Detection> found = Found.detector().scan(lastSegment(key), text);
      if (!found.isEmpty()) {
        Found.report(findings, annotations.get().entries().get(i).value(), what + key, found, text);
      }
    }
  }

  /** example.com/api-token names its value by what follows the prefix. */
  private static String lastSegment(String key) {
    return key.substring(key.lastIndexOf('/') + 1);
  }
}
