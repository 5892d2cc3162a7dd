package dev.kubeward.core.testing;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Resource;
import java.util.List;
import java.util.Set;

/** Tiny checks for testing the engine and the configuration, one of each kind, and one that throws. */
public final class TestChecks {

  private TestChecks() {}

  /** A catalog of the four test checks. */
  public static Catalog catalog() {
    return new Catalog(List.of(
        Rule.of(new PrivilegedFlag()), Rule.of(new NoTeamLabel()), Rule.of(new HostNetworkOn()), Rule.of(new Exploding())));
  }

  @CheckInfo(
      id = "KW-9001",
      summary = "Container is privileged",
      severity = Severity.HIGH,
      category = Category.POD_SECURITY,
      remediation = "Drop privileged.",
      aliases = {"old-privileged"})
  public static final class PrivilegedFlag implements ContainerCheck {
    @Override
    public void check(ContainerView container, Findings findings) {
      container.securityContext().privileged()
          .filter(f -> f.bool().orElse(false))
          .ifPresent(f -> findings.at(f).report("container %s is privileged", container.name()));
    }
  }

  @CheckInfo(
      id = "KW-9002",
      summary = "Resource has no team label",
      severity = Severity.LOW,
      category = Category.NAMESPACE_HYGIENE,
      remediation = "Add a team label.")
  public static final class NoTeamLabel implements ResourceCheck {
    @Override
    public Set<String> kinds() {
      return Set.of();
    }

    @Override
    public void check(Resource resource, Findings findings) {
      if (!resource.labels().containsKey("team")) {
        findings.at(resource.root().nearest("metadata", "labels")).report("%s has no team label", resource.name());
      }
    }
  }

  @CheckInfo(
      id = "KW-9003",
      summary = "Pod uses the host network",
      severity = Severity.MEDIUM,
      category = Category.HOST_ISOLATION,
      remediation = "Remove hostNetwork.")
  public static final class HostNetworkOn implements PodSpecCheck {
    @Override
    public void check(PodSpecView pod, Findings findings) {
      if (pod.flag("hostNetwork")) {
        findings.at(pod.get("hostNetwork").orElseThrow()).report("pod uses the host network");
      }
    }
  }

  @CheckInfo(
      id = "KW-9099",
      summary = "Check that fails on ConfigMaps named boom or overflow",
      severity = Severity.INFO,
      category = Category.RELIABILITY,
      remediation = "Fix the check.")
  public static final class Exploding implements ResourceCheck {
    @Override
    public Set<String> kinds() {
      return Set.of("ConfigMap");
    }

    @Override
    public void check(Resource resource, Findings findings) {
      switch (resource.name()) {
        case "boom" -> throw new IllegalStateException("kaboom");
        case "overflow" -> throw new StackOverflowError();
        default -> { }
      }
    }
  }
}
