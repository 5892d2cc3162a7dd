package dev.kubeward.checks.rbac;

import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.rbac.BootstrapPolicy;
import dev.kubeward.rbac.Grant;
import dev.kubeward.rbac.RbacModelBuilder;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.Workload;
import dev.kubeward.rbac.paths.BlastRadius;
import dev.kubeward.rbac.paths.Capability;
import dev.kubeward.rbac.paths.EscalationGraph;
import dev.kubeward.rbac.paths.EscalationPath;
import dev.kubeward.rbac.paths.Node;
import dev.kubeward.rbac.paths.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The worst thing a compromise of each workload grants, as a sentence: cluster-admin (directly
 * or along an escalation path), control of the nodes through the kubelet API, or reading
 * Secrets. Built from the rbac module's {@link BlastRadius}; workloads whose pods do not mount
 * their token, or whose identity reaches none of these, have no entry.
 */
final class WorkloadExposures {

  private WorkloadExposures() {}

  static String key(String file, int line) {
    return file + ":" + line;
  }

  /**
   * The exposures of the index's workloads. The graph needs the rules of the default ClusterRoles
   * the input binds without defining (cluster-admin, admin, edit, view...), which every cluster
   * has: its model takes them first, then the index's objects, whose definitions win.
   */
  static Map<String, String> of(RbacModel scanned, ResourceIndex index) {
    Map<String, String> out = new HashMap<>();
    if (scanned.workloads().isEmpty() || scanned.bindings().isEmpty()) {
      return out;
    }
    RbacModelBuilder builder = RbacModel.builder();
    BootstrapPolicy.resources().stream().filter(r -> r.kind().equals("ClusterRole")).forEach(builder::add);
    for (IndexedResource r : index.all()) {
      r.retained().ifPresent(builder::add);
    }
    RbacModel model = builder.build();
    // An object defined in several files is judged as applied in order, as the RBAC objects are: the last one stands.
    Map<ResourceRef, BlastRadius.Exposure> last = new LinkedHashMap<>();
    for (BlastRadius.Exposure e : BlastRadius.of(EscalationGraph.of(model))) {
      last.remove(e.workload().ref());
      last.put(e.workload().ref(), e);
    }
    for (BlastRadius.Exposure e : last.values()) {
      if (!e.tokenMounted()) {
        continue;
      }
      worst(e).ifPresent(grants -> out.put(key(e.workload().source().file(), e.workload().source().line()),
          "a compromise of " + display(e.workload()) + " grants " + grants));
    }
    return out;
  }

  private static Optional<String> worst(BlastRadius.Exposure e) {
    String sa = e.serviceAccount().display();
    Optional<EscalationPath> admin = e.toClusterAdmin();
    if (admin.isPresent()) {
      List<Step> steps = admin.get().steps();
      if (steps.size() == 1) {
        return Optional.of("cluster-admin, every verb on every resource (" + sa + via(steps.get(0)) + ")");
      }
      List<String> reasons = new ArrayList<>();
      steps.forEach(s -> reasons.add(s.reason()));
      return Optional.of("cluster-admin in " + steps.size() + " steps (" + sa + via(steps.get(0)) + "): "
          + String.join(", then ", reasons));
    }
    for (Step s : e.capabilities()) {
      if (s.to() instanceof Node.Can c && c.capability().kind() == Capability.Kind.NODE_PROXY) {
        return Optional.of("control of every node's kubelet API, nodes/proxy, which runs commands in any pod ("
            + sa + via(s) + ")");
      }
    }
    List<String> secrets = new ArrayList<>();
    Optional<Step> first = Optional.empty();
    for (Step s : e.capabilities()) {
      if (s.to() instanceof Node.Can c && c.capability().kind() == Capability.Kind.READ_SECRETS) {
        String ns = c.capability().namespace();
        secrets.add(ns.equals(Capability.EVERY_NAMESPACE) ? "every namespace" : "namespace " + ns);
        first = first.or(() -> Optional.of(s));
      }
    }
    if (first.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("read of all Secrets in " + String.join(", ", secrets) + " (" + sa + via(first.get()) + ")");
  }

  /** {@code Deployment payments/web}, as the other RBAC messages name objects. */
  private static String display(Workload w) {
    return w.ref().kind() + " " + w.namespace() + "/" + w.ref().name();
  }

  private static String via(Step s) {
    return s.via().map(Grant::describeVia).map(v -> " via " + v).orElse("");
  }
}
