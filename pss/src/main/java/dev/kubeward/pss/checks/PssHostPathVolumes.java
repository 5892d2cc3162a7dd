package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.joinQuote;
import static dev.kubeward.pss.Text.pluralize;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.VolumeFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;

/** HostPath volumes must be forbidden. At restricted, {@link PssRestrictedVolumes} takes its place. */
@CheckInfo(
    id = "KW-0103",
    summary = "Pod mounts hostPath volumes (PSS baseline hostPathVolumes)",
    severity = Severity.HIGH,
    category = Category.HOST_ISOLATION,
    remediation = "Replace the hostPath volume with a persistentVolumeClaim, configMap, secret or emptyDir.",
    references = {"pss:baseline/hostPathVolumes", "cis:5.2.12", "mitre:T1611"})
public final class PssHostPathVolumes extends StandardCheck {

  static final String ID = "hostPathVolumes";

  public PssHostPathVolumes() {
    super(ID, Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0));
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    Offenders bad = new Offenders();
    for (VolumeFacts v : pod.volumes()) {
      if (v.has("hostPath")) {
        bad.add(v.name(), Locator.spec("volumes", v.index(), "hostPath"));
      }
    }
    return bad.isEmpty() ? Optional.empty()
        : violation("hostPath volumes", pluralize("volume", "volumes", bad.size()) + " " + joinQuote(bad.names()), bad.first());
  }
}
