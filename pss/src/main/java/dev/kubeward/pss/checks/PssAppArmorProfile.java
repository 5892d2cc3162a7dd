package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.joinQuote;
import static dev.kubeward.pss.Text.pluralize;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.ContainerFacts;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.SecurityFacts;
import dev.kubeward.pss.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The default AppArmor profile must not be overridden or disabled: {@code appArmorProfile.type}
 * (pod and containers) must be RuntimeDefault or Localhost, and the beta annotations
 * {@code container.apparmor.security.beta.kubernetes.io/*} empty, {@code runtime/default} or
 * {@code localhost/...}. Upstream added the field to its one revision rather than a new one, so the
 * field counts at every policy version.
 */
@CheckInfo(
    id = "KW-0100",
    summary = "Pod overrides the default AppArmor profile (PSS baseline appArmorProfile)",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Set appArmorProfile.type to RuntimeDefault or Localhost, or leave it unset, and remove unconfined AppArmor annotations.",
    references = {"pss:baseline/appArmorProfile", "mitre:T1611"})
public final class PssAppArmorProfile extends StandardCheck {

  private static final String ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

  public PssAppArmorProfile() {
    super("appArmorProfile", Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0));
  }

  private static boolean allowedType(String type) {
    return type.equals("RuntimeDefault") || type.equals("Localhost");
  }

  private static boolean allowedAnnotation(String value) {
    return value.isEmpty() || value.equals("runtime/default") || value.startsWith("localhost/");
  }

  private static boolean bad(Optional<String> type) {
    return type.isPresent() && !allowedType(type.get());
  }

  private static boolean anyBadAnnotation(PodFacts pod) {
    if (pod.annotations().isEmpty()) {
      return false;
    }
    for (Map.Entry<String, String> a : pod.annotations().entrySet()) {
      if (a.getKey().startsWith(ANNOTATION_PREFIX) && !allowedAnnotation(a.getValue())) {
        return true;
      }
    }
    return false;
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    if (!bad(pod.pod(SecurityFacts::appArmorProfileType))
        && !any(pod.containers(), c -> bad(c.own(SecurityFacts::appArmorProfileType)))
        && !anyBadAnnotation(pod)) {
      return Optional.empty();
    }
    Setters setters = new Setters();
    TreeSet<String> values = new TreeSet<>();
    Optional<String> podType = pod.pod(SecurityFacts::appArmorProfileType);
    if (bad(podType)) {
      setters.pod(Locator.spec("securityContext", "appArmorProfile", "type"));
      values.add(podType.get());
    }
    Offenders bad = new Offenders();
    for (ContainerFacts c : pod.containers()) {
      Optional<String> type = c.own(SecurityFacts::appArmorProfileType);
      if (type.isPresent() && !allowedType(type.get())) {
        bad.add(c.name(), c.locate("securityContext", "appArmorProfile", "type"));
        values.add(type.get());
      }
    }
    setters.containers(bad);
    List<String> valueList = new ArrayList<>(values);
    java.util.TreeMap<String, String> annotations = new java.util.TreeMap<>();
    for (Map.Entry<String, String> a : pod.annotations().entrySet()) {
      if (a.getKey().startsWith(ANNOTATION_PREFIX) && !allowedAnnotation(a.getValue())) {
        annotations.put(a.getKey() + "=\"" + a.getValue() + "\"", a.getKey());
      }
    }
    if (!annotations.isEmpty()) {
      valueList.addAll(annotations.keySet());
      setters.add(pluralize("annotation", "annotations", annotations.size()),
          Locator.annotation(annotations.firstEntry().getValue()));
    }
    return violation(pluralize("forbidden AppArmor profile", "forbidden AppArmor profiles", valueList.size()),
        setters.joined() + " must not set AppArmor profile type to " + joinQuote(valueList), setters.first());
  }
}
