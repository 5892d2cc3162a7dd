package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.containers;
import static dev.kubeward.pss.Text.joinQuote;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.ContainerFacts;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.SecurityFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adding NET_RAW or any capability beyond the container runtime's default set must be
 * disallowed. Names are compared as written: {@code CAP_CHOWN} or {@code chown} are not in the set.
 */
@CheckInfo(
    id = "KW-0101",
    summary = "Container adds capabilities beyond the default set (PSS baseline capabilities_baseline)",
    severity = Severity.HIGH,
    category = Category.POD_SECURITY,
    remediation = "Remove the capability from securityContext.capabilities.add; keep to the runtime's default set.",
    references = {"pss:baseline/capabilities", "cis:5.2.8", "mitre:T1611"})
public final class PssCapabilitiesBaseline extends StandardCheck {

  static final String ID = "capabilities_baseline";
  private static final Set<String> ALLOWED = Set.of(
      "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
      "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

  public PssCapabilitiesBaseline() {
    super(ID, Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0));
  }

  private static boolean addsBeyondDefault(ContainerFacts c) {
    Optional<SecurityFacts.Capabilities> caps = c.own(SecurityFacts::capabilities);
    return caps.isPresent() && !ALLOWED.containsAll(caps.get().add());
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    if (!any(pod.containers(), PssCapabilitiesBaseline::addsBeyondDefault)) {
      return Optional.empty();
    }
    Offenders bad = new Offenders();
    TreeSet<String> added = new TreeSet<>();
    for (ContainerFacts c : pod.containers()) {
      Optional<SecurityFacts.Capabilities> caps = c.own(SecurityFacts::capabilities);
      if (caps.isEmpty()) {
        continue;
      }
      boolean valid = true;
      for (String cap : caps.get().add()) {
        if (!ALLOWED.contains(cap)) {
          valid = false;
          added.add(cap);
        }
      }
      if (!valid) {
        bad.add(c.name(), c.locate("securityContext", "capabilities", "add"));
      }
    }
    return bad.isEmpty() ? Optional.empty() : violation("non-default capabilities",
        containers(bad.names()) + " must not include " + joinQuote(added) + " in securityContext.capabilities.add",
        bad.first());
  }
}
