package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.containers;
import static dev.kubeward.pss.Text.joinQuote;

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
import java.util.TreeSet;

/**
 * Containers must drop ALL capabilities and may add back only NET_BIND_SERVICE. From v1.25 a
 * Windows pod is exempt (the API server rejects capabilities on it). Overrides
 * {@link PssCapabilitiesBaseline} at restricted.
 */
@CheckInfo(
    id = "KW-0113",
    summary = "Container keeps capabilities (PSS restricted capabilities_restricted)",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Drop ALL capabilities and add back at most NET_BIND_SERVICE.",
    references = {"pss:restricted/capabilities", "cis:5.2.10"})
public final class PssCapabilitiesRestricted extends StandardCheck {

  public PssCapabilitiesRestricted() {
    super("capabilities_restricted", Level.RESTRICTED);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(
        Revision.since(22, this::v1Dot22, PssCapabilitiesBaseline.ID),
        Revision.since(25, this::v1Dot25, PssCapabilitiesBaseline.ID));
  }

  private static boolean unrestricted(ContainerFacts c) {
    Optional<SecurityFacts.Capabilities> caps = c.own(SecurityFacts::capabilities);
    if (caps.isEmpty() || !caps.get().drop().contains("ALL")) {
      return true;
    }
    List<String> add = caps.get().add();
    for (int i = 0, n = add.size(); i < n; i++) {
      if (!add.get(i).equals("NET_BIND_SERVICE")) {
        return true;
      }
    }
    return false;
  }

  private Optional<Violation> v1Dot22(PodFacts pod) {
    if (!any(pod.containers(), PssCapabilitiesRestricted::unrestricted)) {
      return Optional.empty();
    }
    Offenders missingDropAll = new Offenders();
    Offenders adding = new Offenders();
    TreeSet<String> forbidden = new TreeSet<>();
    for (ContainerFacts c : pod.containers()) {
      Optional<SecurityFacts.Capabilities> caps = c.own(SecurityFacts::capabilities);
      if (caps.isEmpty()) {
        missingDropAll.add(c.name(), c.locate("securityContext", "capabilities"));
        continue;
      }
      if (!caps.get().drop().contains("ALL")) {
        missingDropAll.add(c.name(), c.locate("securityContext", "capabilities", "drop"));
      }
      boolean addsForbidden = false;
      for (String cap : caps.get().add()) {
        if (!cap.equals("NET_BIND_SERVICE")) {
          addsForbidden = true;
          forbidden.add(cap);
        }
      }
      if (addsForbidden) {
        adding.add(c.name(), c.locate("securityContext", "capabilities", "add"));
      }
    }
    List<String> details = new ArrayList<>(2);
    Locator first = null;
    if (!missingDropAll.isEmpty()) {
      details.add(containers(missingDropAll.names()) + " must set securityContext.capabilities.drop=[\"ALL\"]");
      first = missingDropAll.first();
    }
    if (!adding.isEmpty()) {
      details.add(containers(adding.names()) + " must not include " + joinQuote(forbidden)
          + " in securityContext.capabilities.add");
      first = first == null ? adding.first() : first;
    }
    return details.isEmpty() ? Optional.empty()
        : violation("unrestricted capabilities", String.join("; ", details), first);
  }

  private Optional<Violation> v1Dot25(PodFacts pod) {
    return pod.isWindows() ? Optional.empty() : v1Dot22(pod);
  }
}
