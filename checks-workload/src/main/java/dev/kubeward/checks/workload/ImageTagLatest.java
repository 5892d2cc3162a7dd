package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0049",
    summary = "Container image uses the latest tag",
    severity = Severity.MEDIUM,
    category = Category.SUPPLY_CHAIN,
    remediation = "Replace :latest with a specific version tag, or better a digest (image@sha256:...).",
    references = {"nsa:pod-security/secure-images", "mitre:T1525"})
public final class ImageTagLatest implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    ContainerImage.of(container)
        .filter(i -> i.ref().tag().filter("latest"::equals).isPresent() && !i.pinned())
        .ifPresent(i -> findings.at(i.field()).report(
            "container %s image %s uses the latest tag: what runs changes with every push", container.name(), i.text()));
  }
}
