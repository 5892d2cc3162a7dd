package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;

@CheckInfo(
    id = "KW-0051",
    summary = "Mutable container image is not pulled always",
    severity = Severity.LOW,
    category = Category.SUPPLY_CHAIN,
    remediation = "Set imagePullPolicy to Always, or pin the image by digest.",
    references = {"cis:1.2.11", "k8s:docs/concepts/containers/images/#image-pull-policy"})
public final class ImagePullPolicyNotAlways implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    container.get("imagePullPolicy")
        .filter(p -> !p.text().filter("Always"::equals).isPresent())
        .ifPresent(p -> ContainerImage.of(container)
            .filter(i -> !i.pinned())
            .ifPresent(i -> findings.at(p).report(
                "container %s pulls mutable image %s with imagePullPolicy %s: a node may run a stale cached copy, "
                    + "or one pulled with another workload's credentials",
                container.name(), i.text(), p.text().orElse(p.shape()))));
  }
}
