package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0053",
    summary = "Container image is not a valid image reference",
    severity = Severity.LOW,
    category = Category.SUPPLY_CHAIN,
    remediation = "Write the image as [registry/]repository[:tag][@digest], in lower case, with the template rendered.",
    references = {"k8s:docs/concepts/containers/images/#image-names"})
public final class InvalidImageReference implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    ContainerImage.invalid(container).ifPresent(f -> findings.at(f).report(
        "container %s image %s is not a valid image reference: the node cannot pull it, and no image check can vouch for it",
        container.name(), f.text().map(t -> "\"" + redacted(t) + "\"").orElse(f.shape())));
  }

  /** Credentials pasted into an image string ({@code user:token@host/...}) are never printed. */
  static String redacted(String image) {
    return USER_INFO.matcher(image).replaceFirst("$1***@");
  }

  private static final java.util.regex.Pattern USER_INFO =
      java.util.regex.Pattern.compile("^(\\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?)[^/@\\s]+@");
}
