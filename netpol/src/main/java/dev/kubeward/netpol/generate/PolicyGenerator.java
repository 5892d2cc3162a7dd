package dev.kubeward.netpol.generate;

import dev.kubeward.netpol.model.Namespace;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Least-privilege NetworkPolicies for inferred (and observed) connections: per namespace with
 * workloads a default deny for both directions and DNS egress to kube-dns; per DNS server
 * ({@code k8s-app: kube-dns}) ingress on port 53 from every namespace and egress on port 53
 * anywhere (its upstream resolvers); per server an ingress policy with one rule per client, per
 * client an egress policy with one rule per server, each naming the other end by its pods' labels
 * (and its namespace's name when it is another namespace) and the ports. Workloads whose pods
 * have no labels cannot be selected apart from their neighbours and get no allow rule.
 */
public final class PolicyGenerator {

  static final String DNS_LABEL = "k8s-app";
  static final String DNS_VALUE = "kube-dns";

  private PolicyGenerator() {}

  /** The policies as one multi-document YAML text. */
  public static String yaml(Inference.Result inferred) {
    List<Object> docs = new ArrayList<>(policies(inferred));
    DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setExplicitStart(true).build();
    return new Dump(settings).dumpAllToString(docs.iterator());
  }

  public static List<Map<String, Object>> policies(Inference.Result inferred) {
    List<Map<String, Object>> out = new ArrayList<>();
    TreeSet<String> namespaces = new TreeSet<>();
    inferred.workloads().keySet().forEach(w -> namespaces.add(w.namespace()));
    for (String ns : namespaces) {
      out.add(policy(ns, "default-deny", Map.of(), List.of("Ingress", "Egress"), List.of(), List.of()));
      out.add(policy(ns, "allow-dns-egress", Map.of(), List.of("Egress"), List.of(),
          List.of(rule("to", List.of(dnsPeer()), dnsPorts()))));
    }
    for (Pod p : inferred.workloads().values()) {
      if (DNS_VALUE.equals(p.labels().get(DNS_LABEL))) {
        out.add(policy(p.namespace(), p.workload().name() + "-dns-server", p.labels(), List.of("Ingress", "Egress"),
            List.of(rule("from", List.of(Map.of("namespaceSelector", Map.of())), dnsPorts())),
            List.of(rule(null, List.of(), dnsPorts()))));
      }
    }
    Map<Workload, List<Map<String, Object>>> ingress = new LinkedHashMap<>();
    Map<Workload, List<Map<String, Object>>> egress = new LinkedHashMap<>();
    for (Inference.Edge e : inferred.edges()) {
      Pod client = inferred.workloads().get(e.client());
      Pod server = inferred.workloads().get(e.server());
      if (client == null || server == null || client.labels().isEmpty() || server.labels().isEmpty()) {
        continue;
      }
      List<Map<String, Object>> ports = ports(e.ports());
      ingress.computeIfAbsent(e.server(), k -> new ArrayList<>()).add(rule("from", List.of(peer(client, server.namespace())), ports));
      egress.computeIfAbsent(e.client(), k -> new ArrayList<>()).add(rule("to", List.of(peer(server, client.namespace())), ports));
    }
    ingress.forEach((w, rules) -> out.add(policy(w.namespace(), w.name() + "-ingress", inferred.workloads().get(w).labels(),
        List.of("Ingress"), rules, List.of())));
    egress.forEach((w, rules) -> out.add(policy(w.namespace(), w.name() + "-egress", inferred.workloads().get(w).labels(),
        List.of("Egress"), List.of(), rules)));
    return out;
  }

  private static Map<String, Object> policy(String ns, String name, Map<String, String> labels, List<String> types,
      List<Map<String, Object>> ingress, List<Map<String, Object>> egress) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    metadata.put("namespace", ns);
    metadata.put("labels", Map.of("app.kubernetes.io/managed-by", "kubeward-netpol-generate"));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("podSelector", labels.isEmpty() ? Map.of() : Map.of("matchLabels", new java.util.TreeMap<>(labels)));
    spec.put("policyTypes", types);
    if (!ingress.isEmpty()) {
      spec.put("ingress", ingress);
    }
    if (!egress.isEmpty()) {
      spec.put("egress", egress);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", "networking.k8s.io/v1");
    doc.put("kind", "NetworkPolicy");
    doc.put("metadata", metadata);
    doc.put("spec", spec);
    return doc;
  }

  /** A rule: {@code peersKey} (from or to) with {@code peers}, none for every peer; no ports for every port. */
  private static Map<String, Object> rule(String peersKey, List<Map<String, Object>> peers, List<Map<String, Object>> ports) {
    Map<String, Object> r = new LinkedHashMap<>();
    if (peersKey != null && !peers.isEmpty()) {
      r.put(peersKey, peers);
    }
    if (!ports.isEmpty()) {
      r.put("ports", ports);
    }
    return r;
  }

  private static Map<String, Object> peer(Pod other, String policyNamespace) {
    Map<String, Object> p = new LinkedHashMap<>();
    if (!other.namespace().equals(policyNamespace)) {
      p.put("namespaceSelector", Map.of("matchLabels", Map.of(Namespace.NAME_LABEL, other.namespace())));
    }
    p.put("podSelector", Map.of("matchLabels", new java.util.TreeMap<>(other.labels())));
    return p;
  }

  private static Map<String, Object> dnsPeer() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("namespaceSelector", Map.of("matchLabels", Map.of(Namespace.NAME_LABEL, "kube-system")));
    p.put("podSelector", Map.of("matchLabels", Map.of(DNS_LABEL, DNS_VALUE)));
    return p;
  }

  private static List<Map<String, Object>> dnsPorts() {
    return ports(List.of(new Inference.ServicePort("UDP", 53, "53"), new Inference.ServicePort("TCP", 53, "53")));
  }

  /** Target ports: a number, a range {@code 8000-8100} (port and endPort) or a name. */
  private static List<Map<String, Object>> ports(List<Inference.ServicePort> ports) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Inference.ServicePort p : ports) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("protocol", p.protocol());
      String t = p.target();
      if (t.matches("[0-9]+")) {
        m.put("port", Integer.parseInt(t));
      } else if (t.matches("[0-9]+-[0-9]+")) {
        m.put("port", Integer.parseInt(t.substring(0, t.indexOf('-'))));
        m.put("endPort", Integer.parseInt(t.substring(t.indexOf('-') + 1)));
      } else if (!t.isEmpty()) {
        m.put("port", t);
      }
      if (!out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }
}
