package dev.kubeward.report;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Resource;
import java.util.List;
import java.util.Set;

/**
 * Checks that exist only for the report tests, so that reporters are tested on a catalogue that
 * does not change as real checks are added: one per shape a finding can take (container-level
 * with side-car prose, container-level, resource-level without a container).
 */
final class TestChecks {

  private TestChecks() {}

  static Catalog catalog() {
    return new Catalog(List.of(Rule.of(new PrivilegedMode()), Rule.of(new MutableImageTag()), Rule.of(new NodePortService())));
  }

  @CheckInfo(
      id = "KW-9001",
      summary = "Container runs privileged",
      severity = Severity.CRITICAL,
      category = Category.POD_SECURITY,
      remediation = "Set securityContext.privileged to false.",
      references = {"pss:baseline/privileged", "mitre:T1611"})
  static final class PrivilegedMode implements ContainerCheck {
    @Override
    public void check(ContainerView container, Findings findings) {
      container.securityContext().privileged().filter(f -> f.bool().orElse(false))
          .ifPresent(f -> findings.at(f).report("container %s runs privileged", container.name()));
    }
  }

  @CheckInfo(
      id = "KW-9002",
      summary = "Image tag can change under the same name",
      severity = Severity.MEDIUM,
      category = Category.SUPPLY_CHAIN,
      remediation = "Pin the image to a version tag or a digest.")
  static final class MutableImageTag implements ContainerCheck {
    @Override
    public void check(ContainerView container, Findings findings) {
      container.image().filter(f -> f.text().orElse("").endsWith(":latest"))
          .ifPresent(f -> findings.at(f).report("container %s uses the tag latest", container.name()));
    }
  }

  @CheckInfo(
      id = "KW-9003",
      summary = "Service is exposed on every node",
      severity = Severity.LOW,
      category = Category.NETWORK_EXPOSURE,
      remediation = "Use a ClusterIP Service behind an ingress or a load balancer.",
      aliases = {"node-port"})
  static final class NodePortService implements ResourceCheck {
    @Override
    public Set<String> kinds() {
      return Set.of("Service");
    }

    @Override
    public void check(Resource resource, Findings findings) {
      resource.root().at("spec", "type").filter(f -> f.text().orElse("").equals("NodePort"))
          .ifPresent(f -> findings.at(f).report("Service %s is of type NodePort", resource.name()));
    }
  }
}
