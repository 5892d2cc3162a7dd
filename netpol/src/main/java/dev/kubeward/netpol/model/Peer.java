package dev.kubeward.netpol.model;

import dev.kubeward.core.k8s.LabelSelector;
import dev.kubeward.netpol.ip.Cidr;
import dev.kubeward.netpol.ip.IpRange;
import dev.kubeward.netpol.ip.IpSet;
import java.util.List;
import java.util.Optional;

/** One item of a rule's {@code from} or {@code to}: pods by selectors, or an IP block. */
public sealed interface Peer {

  /** Where the peer is written. */
  Source source();

  /**
   * Pods chosen by a namespace selector, a pod selector, or both (ANDed). Without a namespace
   * selector, the policy's own namespace; without a pod selector, every pod of the chosen
   * namespaces. An empty selector ({@code {}}) chooses everything.
   */
  record Pods(Optional<LabelSelector> namespaceSelector, Optional<LabelSelector> podSelector, Source source)
      implements Peer {

    public Pods {
      if (namespaceSelector.isEmpty() && podSelector.isEmpty()) {
        throw new IllegalArgumentException("a pod peer needs a namespace or a pod selector");
      }
    }

    /** Whether {@code pod}, in {@code namespace}, is chosen by this peer of a policy in {@code policyNamespace}. */
    public boolean matches(Pod pod, Namespace namespace, String policyNamespace) {
      boolean inNamespace = namespaceSelector.map(s -> s.matches(namespace.labels()))
          .orElseGet(() -> pod.namespace().equals(policyNamespace));
      return inNamespace && podSelector.map(s -> s.matches(pod.labels())).orElse(true);
    }

    /** For people: {@code namespaceSelector: team=a, podSelector: app=web}, {@code {}} for an empty selector. */
    public String describe() {
      StringBuilder sb = new StringBuilder();
      namespaceSelector.ifPresent(s -> sb.append("namespaceSelector ").append(text(s)));
      podSelector.ifPresent(s -> sb.append(sb.length() > 0 ? " and " : "").append("podSelector ").append(text(s)));
      return sb.toString();
    }

    private static String text(LabelSelector s) {
      return s.isEmpty() ? "{}" : s.toString();
    }
  }

  /**
   * Addresses outside the cluster: {@code cidr} minus the {@code except} blocks. Pod addresses
   * are not known from manifests, so an IP block never chooses a pod, as np-guard's analyzer
   * reads it (Kubernetes leaves in-cluster addresses in ipBlocks to the network plugin).
   */
  record IpBlock(Cidr cidr, List<Cidr> except, IpSet addresses, Source source) implements Peer {

    public IpBlock {
      except = List.copyOf(except);
    }

    public static IpBlock of(Cidr cidr, List<Cidr> except, Source source) {
      IpSet holes = IpSet.of(except.stream().map(Cidr::range).toList());
      return new IpBlock(cidr, except, IpSet.of(cidr.range()).subtract(holes), source);
    }

    public boolean contains(IpRange range) {
      return addresses.contains(range);
    }

    public String describe() {
      return "ipBlock " + cidr + (except.isEmpty() ? "" : " except " + String.join(", ", except.stream().map(Cidr::text).toList()));
    }
  }
}
