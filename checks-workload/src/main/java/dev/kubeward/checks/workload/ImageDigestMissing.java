package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0050",
    summary = "Container image is not pinned by digest",
    severity = Severity.LOW,
    category = Category.SUPPLY_CHAIN,
    remediation = "Pin the image by digest (registry/app:1.4.2@sha256:...), and let a bot such as Renovate move the pin.",
    references = {"nsa:pod-security/secure-images", "mitre:T1525"})
public final class ImageDigestMissing implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    ContainerImage.of(container)
        .filter(i -> !i.pinned())
        .ifPresent(i -> findings.at(i.field()).report(
            "container %s image %s is not pinned by digest: the registry decides what it pulls", container.name(), i.text()));
  }
}
