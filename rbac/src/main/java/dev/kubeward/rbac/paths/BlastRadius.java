package dev.kubeward.rbac.paths;

import dev.kubeward.rbac.Subject;
import dev.kubeward.rbac.Workload;
import dev.kubeward.rbac.query.Permissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a compromise of each workload grants: the service account its pods run as, whether they
 * mount its token, what that identity may do (its effective permissions and the capabilities of
 * the escalation graph it holds directly), and its shortest path to cluster-admin.
 */
public final class BlastRadius {

  /** One workload's exposure. */
  public record Exposure(Workload workload, Subject serviceAccount, boolean tokenMounted, Permissions permissions,
      List<Step> capabilities, Optional<EscalationPath> toClusterAdmin) {

    /** Whether a compromise of the workload grants any API access worth naming. */
    public boolean exposed() {
      return tokenMounted && (!capabilities.isEmpty() || !permissions.scopes().isEmpty());
    }

    /**
     * A sentence for people: {@code a compromise of Deployment shop/web (ServiceAccount shop/web)
     * grants: read secrets in namespace payments; cluster-admin in 3 steps}.
     */
    public String summary() {
      String who = "a compromise of " + workload.ref().display() + " (" + serviceAccount.display() + ")";
      if (!tokenMounted) {
        return who + " grants no API access: its pods do not mount the service account token";
      }
      List<String> parts = new ArrayList<>();
      for (Step s : capabilities) {
        if (s.to() instanceof Node.Can c) {
          parts.add(c.capability().describe());
        }
      }
      toClusterAdmin.filter(p -> p.length() > 1)
          .ifPresent(p -> parts.add("cluster-admin in " + p.length() + " steps"));
      if (parts.isEmpty()) {
        int rules = permissions.scopes().stream().mapToInt(s -> s.rules().size()).sum();
        return who + (rules == 0 ? " grants no RBAC permission" : " grants " + rules + (rules == 1 ? " rule" : " rules")
            + " of RBAC permissions, none of them a step towards escalation");
      }
      return who + " grants: " + String.join("; ", parts);
    }
  }

  private BlastRadius() {}

  /** Every workload of the graph's model, in input order. */
  public static List<Exposure> of(EscalationGraph graph) {
    Map<Subject, Permissions> permissions = new HashMap<>();
    // One search backwards from cluster-admin gives every service account's shortest path.
    Map<Subject, EscalationPath> paths = new HashMap<>();
    for (EscalationPath p : graph.pathsTo(Target.CLUSTER_ADMIN)) {
      paths.put(p.from(), p);
    }
    List<Exposure> out = new ArrayList<>();
    for (Workload w : graph.model().workloads()) {
      Subject sa = w.subject();
      Permissions p = permissions.computeIfAbsent(sa, s -> Permissions.of(graph.model(), s, s.identity()));
      Optional<EscalationPath> path = Optional.ofNullable(paths.get(sa));
      out.add(new Exposure(w, sa, graph.tokenMounted(w), p, graph.capabilitiesOf(sa), path));
    }
    return out;
  }
}
