package dev.kubeward.netpol.read;

import dev.kubeward.core.k8s.LabelSelector;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.netpol.conn.Protocol;
import dev.kubeward.netpol.ip.Cidr;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.PolicyPort;
import dev.kubeward.netpol.model.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a NetworkPolicy and validates it as the API server does (ValidateNetworkPolicySpec and
 * strict field validation): a policy it would reject is reported and left out, as it would not
 * exist in the cluster.
 */
final class PolicyReader {

  private static final Set<String> SPEC = Set.of("podSelector", "policyTypes", "ingress", "egress");
  private static final Set<String> INGRESS_RULE = Set.of("from", "ports");
  private static final Set<String> EGRESS_RULE = Set.of("to", "ports");
  private static final Set<String> PEER = Set.of("podSelector", "namespaceSelector", "ipBlock");
  private static final Set<String> PORT = Set.of("protocol", "port", "endPort");
  private static final Set<String> IP_BLOCK = Set.of("cidr", "except");

  private final Problems problems;

  private PolicyReader(Problems problems) {
    this.problems = problems;
  }

  static boolean isNetworkPolicy(Resource r) {
    return r.kind().equals("NetworkPolicy") && (r.group().equals("networking.k8s.io") || r.group().equals("extensions"));
  }

  static Optional<NetworkPolicy> read(Resource r, Problems problems) {
    return new PolicyReader(problems).policy(r);
  }

  private Optional<NetworkPolicy> policy(Resource r) {
    int errorsBefore = problems.errors();
    String namespace = r.namespace().orElse("default");
    Optional<Field> spec = r.root().get("spec");
    if (spec.isEmpty()) {
      problems.warning(r.root(), () -> "NetworkPolicy " + namespace + "/" + r.name() + " has no spec: the API server reads it as"
          + " spec: {podSelector: {}}, which denies all ingress to every pod of namespace " + namespace);
    }
    if (spec.isPresent() && !spec.get().isMap()) {
      problems.error(spec.get(), () -> "spec must be a mapping, found " + spec.get().shape());
      return rejected(r, errorsBefore);
    }
    spec.ifPresent(s -> problems.unknownFields(s, SPEC, "spec"));
    LabelSelector podSelector = LabelSelector.EVERYTHING;
    Optional<Field> ps = spec.flatMap(s -> s.get("podSelector"));
    if (ps.isPresent()) {
      podSelector = selector(ps.get()).orElse(LabelSelector.EVERYTHING);
    } else if (spec.isPresent()) {
      problems.warning(spec.get(), () -> "spec.podSelector is missing: the API server reads it as {}, which selects every pod"
          + " of namespace " + namespace + "; write podSelector: {} to say so");
    }
    List<Rule> ingress = rules(spec, Direction.INGRESS);
    List<Rule> egress = rules(spec, Direction.EGRESS);
    Optional<Field> types = spec.flatMap(s -> s.get("policyTypes"));
    Set<Direction> policyTypes = EnumSet.noneOf(Direction.class);
    types.ifPresent(t -> policyTypes.addAll(policyTypes(t)));
    boolean declared = !policyTypes.isEmpty();
    Set<Direction> effective = declared ? policyTypes : NetworkPolicy.defaultPolicyTypes(!egress.isEmpty());
    if (problems.errors() > errorsBefore) {
      return rejected(r, errorsBefore);
    }
    return Optional.of(new NetworkPolicy(namespace, r.name(), podSelector, effective, declared, ingress, egress,
        problems.source(r.root())));
  }

  private Optional<NetworkPolicy> rejected(Resource r, int errorsBefore) {
    problems.warning(r.root(), () -> "NetworkPolicy " + r.namespace().orElse("default") + "/" + r.name() + " is left out of the"
        + " analysis: the API server would reject it (" + (problems.errors() - errorsBefore) + " error"
        + (problems.errors() - errorsBefore == 1 ? "" : "s") + " above)");
    return Optional.empty();
  }

  private Set<Direction> policyTypes(Field types) {
    Set<Direction> out = EnumSet.noneOf(Direction.class);
    if (!types.isSeq()) {
      problems.error(types, () -> "spec.policyTypes must be a list (Ingress, Egress), found " + types.shape());
      return out;
    }
    if (types.items().size() > 2) {
      problems.error(types, () -> "spec.policyTypes may not specify more than two policyTypes");
      return out;
    }
    for (Field t : types.items()) {
      Optional<Direction> d = t.text().flatMap(PolicyReader::direction);
      if (d.isEmpty()) {
        problems.error(t, () -> "spec.policyTypes: \"" + t.text().orElse(t.shape()) + "\" is not supported; use Ingress or Egress (case matters)");
      } else {
        out.add(d.get());
      }
    }
    return out;
  }

  private static Optional<Direction> direction(String text) {
    for (Direction d : Direction.values()) {
      if (d.text().equals(text)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private List<Rule> rules(Optional<Field> spec, Direction direction) {
    String key = direction == Direction.INGRESS ? "ingress" : "egress";
    Optional<Field> list = spec.flatMap(s -> s.get(key));
    if (list.isEmpty()) {
      return List.of();
    }
    if (!list.get().isSeq()) {
      problems.error(list.get(), () -> "spec." + key + " must be a list of rules, found " + list.get().shape());
      return List.of();
    }
    List<Rule> out = new ArrayList<>();
    int index = 1;
    for (Field item : list.get().items()) {
      rule(item, direction, index++).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Rule> rule(Field item, Direction direction, int index) {
    if (item.isNull()) {
      // {} and null both decode to an empty rule: every peer, every port.
      return Optional.of(new Rule(direction, index, List.of(), List.of(), problems.source(item)));
    }
    if (!item.isMap()) {
      problems.error(item, () -> item.path() + " must be a mapping (a rule), found " + item.shape());
      return Optional.empty();
    }
    String peersKey = direction == Direction.INGRESS ? "from" : "to";
    problems.unknownFields(item, direction == Direction.INGRESS ? INGRESS_RULE : EGRESS_RULE,
        direction == Direction.INGRESS ? "an ingress rule" : "an egress rule");
    List<Peer> peers = new ArrayList<>();
    item.get(peersKey).ifPresent(p -> {
      if (!p.isSeq()) {
        problems.error(p, () -> p.path() + " must be a list of peers, found " + p.shape());
        return;
      }
      for (Field peer : p.items()) {
        peer(peer).ifPresent(peers::add);
      }
    });
    List<PolicyPort> ports = new ArrayList<>();
    item.get("ports").ifPresent(p -> {
      if (!p.isSeq()) {
        problems.error(p, () -> p.path() + " must be a list of ports, found " + p.shape());
        return;
      }
      for (Field port : p.items()) {
        port(port).ifPresent(ports::add);
      }
    });
    return Optional.of(new Rule(direction, index, peers, ports, problems.source(item)));
  }

  private Optional<Peer> peer(Field item) {
    if (!item.isMap()) {
      problems.error(item, () -> item.path() + " must be a mapping (podSelector, namespaceSelector or ipBlock), found " + item.shape());
      return Optional.empty();
    }
    problems.unknownFields(item, PEER, "a peer");
    Optional<Field> pod = item.get("podSelector");
    Optional<Field> ns = item.get("namespaceSelector");
    Optional<Field> ip = item.get("ipBlock");
    if (pod.isEmpty() && ns.isEmpty() && ip.isEmpty()) {
      problems.error(item, () -> item.path() + ": must specify a peer: podSelector, namespaceSelector (or both), or ipBlock");
      return Optional.empty();
    }
    if (ip.isPresent() && (pod.isPresent() || ns.isPresent())) {
      problems.error(item, () -> item.path() + ": may not specify both ipBlock and another peer; write them as two items of the list");
      return Optional.empty();
    }
    if (ip.isPresent()) {
      return ipBlock(ip.get(), item);
    }
    Optional<LabelSelector> nsSel = ns.flatMap(this::selector);
    Optional<LabelSelector> podSel = pod.flatMap(this::selector);
    if ((ns.isPresent() && nsSel.isEmpty()) || (pod.isPresent() && podSel.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new Peer.Pods(nsSel, podSel, problems.source(item)));
  }

  private Optional<Peer> ipBlock(Field block, Field item) {
    if (!block.isMap()) {
      problems.error(block, () -> block.path() + " must be a mapping (cidr, except), found " + block.shape());
      return Optional.empty();
    }
    problems.unknownFields(block, IP_BLOCK, "an ipBlock");
    Optional<Field> cidrField = block.get("cidr");
    if (cidrField.isEmpty() || cidrField.get().text().orElse("").isEmpty()) {
      problems.error(cidrField.orElse(block), () -> block.path() + ".cidr is required, e.g. 10.0.0.0/8 or 2001:db8::/32");
      return Optional.empty();
    }
    Optional<Cidr> cidr = cidr(cidrField.get());
    List<Cidr> except = new ArrayList<>();
    boolean ok = cidr.isPresent();
    Optional<Field> exceptField = block.get("except");
    if (exceptField.isPresent() && !exceptField.get().isSeq()) {
      problems.error(exceptField.get(), () -> exceptField.get().path() + " must be a list of CIDRs, found " + exceptField.get().shape());
      ok = false;
    }
    for (Field e : exceptField.map(Field::items).orElse(List.of())) {
      Optional<Cidr> c = cidr(e);
      if (c.isEmpty()) {
        ok = false;
        continue;
      }
      if (cidr.isPresent()) {
        Cidr outer = cidr.get();
        Cidr inner = c.get();
        if (!outer.range().contains(inner.range().first()) || inner.network().family() != outer.network().family()
            || outer.prefix() >= inner.prefix()) {
          problems.error(e, () -> e.path() + ": \"" + inner.text() + "\" must be a strict subset of cidr " + outer.text());
          ok = false;
          continue;
        }
      }
      except.add(c.get());
    }
    return ok ? Optional.of(Peer.IpBlock.of(cidr.get(), except, problems.source(item))) : Optional.empty();
  }

  private Optional<Cidr> cidr(Field f) {
    if (!isString(f)) {
      problems.error(f, () -> f.path() + " must be a CIDR string such as 10.0.0.0/8, found " + f.shape());
      return Optional.empty();
    }
    String text = f.text().orElseThrow();
    Optional<Cidr.Parsed> parsed = Cidr.parse(text);
    if (parsed.isEmpty()) {
      problems.error(f, () -> f.path() + ": \"" + text + "\" is not a valid CIDR; write an address and a prefix length, such as"
          + " 10.0.0.0/8, 192.168.1.7/32 or 2001:db8::/32");
      return Optional.empty();
    }
    parsed.get().warning().ifPresent(w -> problems.warning(f, () -> f.path() + ": " + w));
    return Optional.of(parsed.get().cidr());
  }

  /**
   * Whether {@link Field#shape()} says "a string". A scalar with a slash in it (every CIDR) is one:
   * no null word, boolean or number has a slash, so it is told without parsing it as a number.
   */
  private static boolean isString(Field f) {
    return (f.node() instanceof dev.kubeward.core.yaml.ScalarNode s && s.value().indexOf('/') >= 0)
        || f.shape().equals("a string");
  }

  private Optional<PolicyPort> port(Field item) {
    if (!item.isMap()) {
      problems.error(item, () -> item.path() + " must be a mapping (protocol, port, endPort), found " + item.shape());
      return Optional.empty();
    }
    problems.unknownFields(item, PORT, "a port");
    int errorsBefore = problems.errors();
    Protocol protocol = Protocol.TCP;
    Optional<Field> protocolField = item.get("protocol");
    if (protocolField.isPresent()) {
      Optional<Protocol> p = protocolField.get().text().flatMap(Protocol::parse);
      if (p.isEmpty()) {
        problems.error(protocolField.get(), () -> protocolField.get().path() + ": \"" + protocolField.get().text().orElse(protocolField.get().shape())
            + "\" is not supported; use TCP, UDP or SCTP (upper case)");
      } else {
        protocol = p.get();
      }
    }
    Optional<Field> portField = item.get("port");
    Optional<Field> endField = item.get("endPort");
    Optional<PolicyPort.Port> port = Optional.empty();
    if (portField.isPresent()) {
      Field pf = portField.get();
      OptionalLong number = pf.integer();
      if (number.isPresent()) {
        long start = number.getAsLong();
        validPort(pf, start);
        long end = start;
        if (endField.isPresent()) {
          OptionalLong e = endField.get().integer();
          if (e.isEmpty()) {
            problems.error(endField.get(), () -> endField.get().path() + " must be a port number, found " + endField.get().shape());
          } else {
            end = e.getAsLong();
            validPort(endField.get(), end);
            long last = end;
            if (last < start) {
              problems.error(endField.get(), () -> endField.get().path() + ": " + last + " must be greater than or equal to port (" + start + ")");
            }
          }
        }
        if (problems.errors() == errorsBefore) {
          port = Optional.of(new PolicyPort.Numbers((int) start, (int) end));
        }
      } else if (pf.node() instanceof dev.kubeward.core.yaml.ScalarNode sn && sn.plain()
          && sn.value().matches("[-+]?[0-9._]+([eE][-+]?[0-9]+)?")) {
        problems.error(pf, () -> pf.path() + ": " + sn.value() + " is not a whole port number; use 1 to 65535");
      } else if (pf.shape().equals("a string")) {
        String name = pf.text().orElseThrow();
        String why = Ports.invalidName(name);
        if (!why.isEmpty()) {
          problems.error(pf, () -> pf.path() + ": \"" + name + "\" is not a valid port name: " + why);
        }
        endField.ifPresent(e -> problems.error(e, () -> e.path() + " may not be specified when port is a name (" + name + ")"));
        port = Optional.of(new PolicyPort.Named(name));
      } else {
        problems.error(pf, () -> pf.path() + " must be a port number or a port name, found " + pf.shape());
      }
    } else {
      endField.ifPresent(e -> problems.error(e, () -> e.path() + " may not be specified when port is not specified"));
    }
    if (problems.errors() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new PolicyPort(protocol, port, problems.source(item)));
  }

  private void validPort(Field at, long n) {
    if (n < 1 || n > 65535) {
      problems.error(at, () -> at.path() + ": " + n + " is not a valid port number; use 1 to 65535");
    }
  }

  private Optional<LabelSelector> selector(Field f) {
    LabelSelector.Read read = LabelSelector.read(f, problems.file());
    problems.addAll(read.problems());
    return read.selector();
  }
}
