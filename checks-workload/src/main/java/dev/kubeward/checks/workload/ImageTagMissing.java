package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0048",
    summary = "Container image has neither tag nor digest",
    severity = Severity.MEDIUM,
    category = Category.SUPPLY_CHAIN,
    remediation = "Name a specific version tag, or better a digest (image@sha256:...), in the image reference.",
    references = {"nsa:pod-security/secure-images", "mitre:T1525"})
public final class ImageTagMissing implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    ContainerImage.of(container)
        .filter(i -> i.ref().tag().isEmpty() && !i.pinned())
        .ifPresent(i -> findings.at(i.field()).report(
            "container %s image %s has no tag or digest: it runs whatever latest is at pull time", container.name(), i.text()));
  }
}
