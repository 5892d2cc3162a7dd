package dev.kubeward.checks.rbac;

import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.rbac.BootstrapPolicy;
import dev.kubeward.rbac.Grant;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.RbacModelBuilder;
import dev.kubeward.rbac.ServiceAccountObject;
import dev.kubeward.rbac.Subject;
import dev.kubeward.rbac.Workload;
import dev.kubeward.rbac.paths.Capability;
import dev.kubeward.rbac.paths.EscalationGraph;
import dev.kubeward.rbac.paths.EscalationPath;
import dev.kubeward.rbac.paths.Node;
import dev.kubeward.rbac.paths.Step;
import dev.kubeward.rbac.paths.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The worst thing a compromise of each workload grants, as a sentence: cluster-admin (directly
 * or along an escalation path), control of the nodes through the kubelet API, or reading
 * Secrets. Read from the rbac module's {@link EscalationGraph} as {@code kubeward rbac
 * blast-radius} reads it (the shortest path to cluster-admin, the capabilities the identity holds
 * itself); workloads whose pods do not mount their token, or whose identity reaches none of
 * these, have no entry.
 */
final class WorkloadExposures {

  /** The default ClusterRoles, read once: every scan's graph starts from them. */
  private static final RbacModelBuilder BOOTSTRAP_CLUSTER_ROLES = bootstrapClusterRoles();

  private WorkloadExposures() {}

  private static RbacModelBuilder bootstrapClusterRoles() {
    RbacModelBuilder b = RbacModel.builder();
    BootstrapPolicy.resources().stream().filter(r -> r.kind().equals("ClusterRole")).forEach(b::add);
    return b;
  }

  /** Where a workload is written: what the exposures are keyed by. */
  record At(String file, int line) {}

  static At key(String file, int line) {
    return new At(file, line);
  }

  /**
   * The exposures of the scan's workloads. The graph needs the rules of the default ClusterRoles
   * the input binds without defining (cluster-admin, admin, edit, view...), which every cluster
   * has: its model takes them first, then the scan's objects ({@code read}, as the scan's model
   * read them), whose definitions win.
   */
  static Map<At, String> of(RbacModel scanned, RbacModelBuilder read) {
    Map<At, String> out = new HashMap<>();
    if (scanned.workloads().isEmpty() || scanned.bindings().isEmpty()) {
      return out;
    }
    // read built the scan's model: the graph's model shares its indexes of everything but the roles.
    RbacModel model = read.buildAfter(BOOTSTRAP_CLUSTER_ROLES);
    // An object defined in several files is judged as applied in order, as the RBAC objects are: the last one stands.
    Map<ResourceRef, Workload> last = new LinkedHashMap<>();
    for (Workload w : model.workloads()) {
      last.remove(w.ref());
      last.put(w.ref(), w);
    }
    // Only a mounted token exposes anything, and only an identity some binding grants to has a step to take.
    List<Workload> exposed = new ArrayList<>();
    Map<Subject, Boolean> granted = new HashMap<>();
    for (Workload w : last.values()) {
      if (tokenMounted(model, w) && granted.computeIfAbsent(w.subject(), model::holdsRoleGrants)) {
        exposed.add(w);
      }
    }
    if (exposed.isEmpty()) {
      return out;
    }
    // An account that is cluster-admin by its own grants has the graph's path of one step to it
    // (EscalationGraph.directClusterAdmin), and the worst a compromise grants is that: the graph,
    // made of every identity's grants, is built only for the accounts that are not.
    Map<Subject, Optional<String>> worst = new HashMap<>();
    boolean others = false;
    for (Workload w : exposed) {
      Subject sa = w.subject();
      if (!worst.containsKey(sa)) {
        Optional<Step> direct = EscalationGraph.directClusterAdmin(model, sa);
        if (direct.isPresent()) {
          worst.put(sa, worst(sa, Optional.of(new EscalationPath(sa, Target.CLUSTER_ADMIN, List.of(direct.get()))), List.of()));
        } else {
          others = true;
        }
      }
    }
    if (others) {
      EscalationGraph graph = EscalationGraph.withoutDeadEnds(model);
      Map<Subject, EscalationPath> toAdmin = new HashMap<>();
      for (EscalationPath p : graph.pathsTo(Target.CLUSTER_ADMIN)) {
        toAdmin.put(p.from(), p);
      }
      for (Workload w : exposed) {
        worst.computeIfAbsent(w.subject(), s -> worst(s, Optional.ofNullable(toAdmin.get(s)), graph.capabilitiesOf(s)));
      }
    }
    for (Workload w : exposed) {
      worst.get(w.subject()).ifPresent(grants -> out.put(key(w.source().file(), w.source().line()),
          "a compromise of " + display(w) + " grants " + grants));
    }
    return out;
  }

  /** Whether a workload's pods mount their service account's token, as {@link EscalationGraph#tokenMounted} decides. */
  private static boolean tokenMounted(RbacModel model, Workload w) {
    return w.automountToken()
        .or(() -> model.serviceAccount(w.namespace(), w.serviceAccount()).flatMap(ServiceAccountObject::automountToken))
        .orElse(true);
  }

  private static Optional<String> worst(Subject account, Optional<EscalationPath> admin, List<Step> capabilities) {
    String sa = account.display();
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
    for (Step s : capabilities) {
      if (s.to() instanceof Node.Can c && c.capability().kind() == Capability.Kind.NODE_PROXY) {
        return Optional.of("control of every node's kubelet API, nodes/proxy, which runs commands in any pod ("
            + sa + via(s) + ")");
      }
    }
    List<String> secrets = new ArrayList<>();
    Optional<Step> first = Optional.empty();
    for (Step s : capabilities) {
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
