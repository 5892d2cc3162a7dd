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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Setting the SELinux type is restricted to the container types, and a custom SELinux user or
 * role is forbidden. v1.31 adds {@code container_engine_t} to the types.
 */
@CheckInfo(
    id = "KW-0108",
    summary = "Pod sets a forbidden SELinux type, user or role (PSS baseline seLinuxOptions)",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Use a container SELinux type (container_t, container_init_t, container_kvm_t, container_engine_t) and leave user and role unset.",
    references = {"pss:baseline/seLinuxOptions", "mitre:T1611"})
public final class PssSeLinuxOptions extends StandardCheck {

  private static final Set<String> TYPES_1_0 = Set.of("", "container_t", "container_init_t", "container_kvm_t");
  private static final Set<String> TYPES_1_31 =
      Set.of("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  public PssSeLinuxOptions() {
    super("seLinuxOptions", Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(
        Revision.since(0, pod -> evaluate(pod, TYPES_1_0)),
        Revision.since(31, pod -> evaluate(pod, TYPES_1_31)));
  }

  private Optional<Violation> evaluate(PodFacts pod, Set<String> allowedTypes) {
    if (pod.pod(SecurityFacts::seLinuxOptions).isEmpty()
        && !any(pod.containers(), c -> c.own(SecurityFacts::seLinuxOptions).isPresent())) {
      return Optional.empty();
    }
    TreeSet<String> badTypes = new TreeSet<>();
    boolean[] userRole = new boolean[2];
    Setters setters = new Setters();
    Optional<SecurityFacts.SeLinux> podOptions = pod.pod(SecurityFacts::seLinuxOptions);
    if (podOptions.isPresent() && !valid(podOptions.get(), allowedTypes, badTypes, userRole)) {
      setters.pod(Locator.spec("securityContext", "seLinuxOptions"));
    }
    Offenders bad = new Offenders();
    for (ContainerFacts c : pod.containers()) {
      Optional<SecurityFacts.SeLinux> options = c.own(SecurityFacts::seLinuxOptions);
      if (options.isPresent() && !valid(options.get(), allowedTypes, badTypes, userRole)) {
        bad.add(c.name(), c.locate("securityContext", "seLinuxOptions"));
      }
    }
    setters.containers(bad);
    if (setters.isEmpty()) {
      return Optional.empty();
    }
    List<String> data = new ArrayList<>(3);
    if (!badTypes.isEmpty()) {
      data.add(pluralize("type", "types", badTypes.size()) + " " + joinQuote(badTypes));
    }
    if (userRole[0]) {
      data.add("user may not be set");
    }
    if (userRole[1]) {
      data.add("role may not be set");
    }
    return violation("seLinuxOptions",
        setters.joined() + " set forbidden securityContext.seLinuxOptions: " + String.join("; ", data), setters.first());
  }

  /** Whether the options are allowed; records what is not in {@code badTypes} and {@code userRole}. */
  private static boolean valid(SecurityFacts.SeLinux o, Set<String> allowedTypes, Set<String> badTypes, boolean[] userRole) {
    boolean valid = true;
    if (!allowedTypes.contains(o.type())) {
      valid = false;
      badTypes.add(o.type());
    }
    if (!o.user().isEmpty()) {
      valid = false;
      userRole[0] = true;
    }
    if (!o.role().isEmpty()) {
      valid = false;
      userRole[1] = true;
    }
    return valid;
  }
}
