package dev.kubeward.netpol.read;

import dev.kubeward.core.k8s.ContainerKind;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.Scalars;
import dev.kubeward.netpol.conn.Protocol;
import dev.kubeward.netpol.model.ContainerPort;
import dev.kubeward.netpol.model.Labels;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the pod of a workload-like object through core's pod-spec extraction: a workload stands
 * for its pods (its template's labels and ports); a Pod stands for itself and belongs to its
 * direct owner when it has one. Container ports are those of the containers and of the sidecar
 * init containers ({@code restartPolicy: Always}), which run beside them.
 */
final class PodReader {

  private PodReader() {}

  /** Whether {@code r} runs pods; a PodTemplate only describes them. */
  static boolean runsPods(Resource r) {
    return PodSpecs.isWorkloadKind(r.group(), r.kind()) && !r.kind().equals("PodTemplate");
  }

  static Optional<Pod> read(Resource r, Problems problems) {
    Optional<PodSpecView> spec = PodSpecs.of(r);
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    int errorsBefore = problems.errors();
    String namespace = r.namespace().orElse("default");
    List<ContainerPort> ports = new ArrayList<>();
    for (ContainerView c : spec.get().allContainers()) {
      if (c.kind() == ContainerKind.EPHEMERAL
          || (c.kind() == ContainerKind.INIT && !c.get("restartPolicy").flatMap(Field::text).filter("Always"::equals).isPresent())) {
        continue;
      }
      c.get("ports").ifPresent(list -> {
        if (!list.isSeq()) {
          problems.error(list, () -> list.path() + " must be a list, found " + list.shape());
          return;
        }
        for (Field p : list.items()) {
          port(p, problems).ifPresent(ports::add);
        }
      });
    }
    if (problems.errors() > errorsBefore) {
      problems.warning(r.root(), () -> r.kind() + " " + namespace + "/" + r.name() + " is left out of the analysis: the API server would reject it"
          + " (errors above)");
      return Optional.empty();
    }
    Workload workload = r.kind().equals("Pod") && r.group().isEmpty()
        ? owner(r, namespace).orElse(new Workload("Pod", namespace, r.name()))
        : new Workload(r.kind(), namespace, r.name());
    return Optional.of(new Pod(namespace, r.name(), labels(spec.get().metadata()), ports, workload, problems.source(r.root())));
  }

  /**
   * The pod template's labels as {@link Field#stringMap} reads them (the scalar values that are
   * not null), put straight into the {@link Labels} the {@link Pod} keeps: no map in source order
   * is made on the way, and the pod keeps this one as it is.
   */
  static Labels labels(Optional<Field> metadata) {
    if (metadata.isPresent() && metadata.get().node() instanceof MapNode m) {
      int i = m.indexOf("labels");
      if (i >= 0 && m.value(i) instanceof MapNode labels) {
        String[] pairs = new String[2 * labels.size()];
        int n = 0;
        for (int j = 0; j < labels.size(); j++) { // by index: no iterator for each workload
          if (labels.value(j) instanceof ScalarNode s && !s.isNull()) {
            pairs[n++] = labels.name(j);
            pairs[n++] = s.value();
          }
        }
        return Labels.ofPairs(pairs, n / 2);
      }
    }
    return Labels.ofPairs(NO_PAIRS, 0);
  }

  private static final String[] NO_PAIRS = {};

  /** The controller owner reference, or else the first one; a Node owns only mirror pods, which stand alone. */
  private static Optional<Workload> owner(Resource r, String namespace) {
    List<Field> refs = r.root().at("metadata", "ownerReferences").map(Field::items).orElse(List.of());
    Field chosen = refs.isEmpty() ? null : refs.get(0);
    for (Field ref : refs) {
      if (ref.get("controller").flatMap(Field::bool).orElse(false)) {
        chosen = ref;
        break;
      }
    }
    if (chosen == null) {
      return Optional.empty();
    }
    Optional<String> kind = chosen.get("kind").flatMap(Field::text);
    Optional<String> name = chosen.get("name").flatMap(Field::text);
    if (kind.isEmpty() || name.isEmpty() || kind.get().equals("Node")) {
      return Optional.empty();
    }
    return Optional.of(new Workload(kind.get(), namespace, name.get()));
  }

  /**
   * The common container port, read straight from its mapping's entries (every container port of
   * every workload of a scan comes here): containerPort a number from 1 to 65535, protocol (if
   * given) one of the three, name (if given) a valid port name, none of them null or other than a
   * scalar. Null for anything else, which is then read field by field; for a port of
   * this form, {@link #portFieldByField} finds no problem and gives this same value.
   */
  private static ContainerPort plainPort(MapNode p) {
    long number = -1;
    Protocol protocol = Protocol.TCP;
    String name = null;
    for (int i = 0, size = p.size(); i < size; i++) {
      String key = p.name(i);
      if (!key.equals("containerPort") && !key.equals("protocol") && !key.equals("name")) {
        continue;
      }
      if (!(p.value(i) instanceof ScalarNode s) || s.isNull()) {
        return null;
      }
      switch (key) {
        case "containerPort" -> {
          OptionalLong n = Scalars.integer(s);
          if (n.isEmpty() || n.getAsLong() < 1 || n.getAsLong() > 65535) {
            return null;
          }
          number = n.getAsLong();
        }
        case "protocol" -> {
          Optional<Protocol> parsed = Protocol.parse(s.value());
          if (parsed.isEmpty()) {
            return null;
          }
          protocol = parsed.get();
        }
        default -> {
          if (!Ports.invalidName(s.value()).isEmpty()) {
            return null;
          }
          name = s.value();
        }
      }
    }
    return number < 0 ? null : new ContainerPort(Optional.ofNullable(name), (int) number, protocol);
  }

  static Optional<ContainerPort> port(Field p, Problems problems) {
    if (p.node() instanceof MapNode m) {
      ContainerPort plain = plainPort(m);
      if (plain != null) {
        return Optional.of(plain);
      }
    }
    return portFieldByField(p, problems);
  }

  /** {@link #port} for any item, with its problems: PodPortReadTest compares the two. */
  static Optional<ContainerPort> portFieldByField(Field p, Problems problems) {
    if (!p.isMap()) {
      problems.error(p, () -> p.path() + " must be a mapping (containerPort, name, protocol), found " + p.shape());
      return Optional.empty();
    }
    int errorsBefore = problems.errors();
    Optional<Field> numberField = p.get("containerPort");
    OptionalLong number = numberField.map(Field::integer).orElse(OptionalLong.empty());
    if (numberField.isEmpty()) {
      problems.error(p, () -> p.path() + ".containerPort is required");
    } else if (number.isEmpty() || number.getAsLong() < 1 || number.getAsLong() > 65535) {
      problems.error(numberField.get(), () -> numberField.get().path() + " must be a port number from 1 to 65535, found "
          + numberField.get().text().orElse(numberField.get().shape()));
    }
    Protocol protocol = Protocol.TCP;
    Optional<Field> protocolField = p.get("protocol");
    if (protocolField.isPresent()) {
      Optional<Protocol> parsed = protocolField.get().text().flatMap(Protocol::parse);
      if (parsed.isEmpty()) {
        problems.error(protocolField.get(), () -> protocolField.get().path() + ": \"" + protocolField.get().text().orElse("")
            + "\" is not supported; use TCP, UDP or SCTP (upper case)");
      } else {
        protocol = parsed.get();
      }
    }
    Optional<String> name = p.get("name").flatMap(Field::text);
    if (name.isPresent()) {
      String why = Ports.invalidName(name.get());
      if (!why.isEmpty()) {
        Field at = p.get("name").orElseThrow();
        problems.error(at, () -> at.path() + ": \"" + name.get() + "\" is not a valid port name: " + why);
      }
    }
    if (problems.errors() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new ContainerPort(name, (int) number.getAsLong(), protocol));
  }
}
