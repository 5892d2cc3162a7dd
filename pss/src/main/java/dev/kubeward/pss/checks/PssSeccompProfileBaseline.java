package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.pluralize;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.ContainerFacts;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A seccomp profile, if set, must be the runtime default or a local one. Policy versions before
 * v1.19 read the alpha annotations ({@code seccomp.security.alpha.kubernetes.io/pod},
 * {@code container.seccomp.security.alpha.kubernetes.io/<name>}); from v1.19 the
 * {@code seccompProfile} fields.
 */
@CheckInfo(
    id = "KW-0109",
    summary = "Pod disables seccomp (PSS baseline seccompProfile_baseline)",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Set seccompProfile.type to RuntimeDefault or Localhost instead of Unconfined.",
    references = {"pss:baseline/seccompProfile", "mitre:T1611"})
public final class PssSeccompProfileBaseline extends StandardCheck {

  static final String ID = "seccompProfile_baseline";
  private static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  private static final String CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";

  public PssSeccompProfileBaseline() {
    super(ID, Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0), Revision.since(19, this::v1Dot19));
  }

  private static boolean validAnnotation(String value) {
    return value.equals("runtime/default") || value.equals("docker/default") || value.startsWith("localhost/");
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    TreeMap<String, String> forbidden = new TreeMap<>();
    check(pod, POD_ANNOTATION, forbidden);
    for (ContainerFacts c : pod.containers()) {
      check(pod, CONTAINER_ANNOTATION_PREFIX + c.name(), forbidden);
    }
    if (forbidden.isEmpty()) {
      return Optional.empty();
    }
    return violation("seccompProfile",
        "forbidden " + pluralize("annotation", "annotations", forbidden.size()) + " " + String.join(", ", forbidden.keySet()),
        Locator.annotation(forbidden.firstEntry().getValue()));
  }

  /** Adds {@code key="value"} for a forbidden annotation, remembering the key for its location. */
  private static void check(PodFacts pod, String key, TreeMap<String, String> forbidden) {
    String value = pod.annotations().get(key);
    if (value != null && !validAnnotation(value)) {
      forbidden.put(key + "=\"" + value + "\"", key);
    }
  }

  private Optional<Violation> v1Dot19(PodFacts pod) {
    if (SeccompProfiles.passes(pod, false)) {
      return Optional.empty();
    }
    SeccompProfiles.Reading r = SeccompProfiles.read(pod);
    return r.badSetters().isEmpty() ? Optional.empty()
        : violation("seccompProfile", r.forbiddenDetail(), r.badSetters().first());
  }
}
