package dev.kubeward.pss;

import dev.kubeward.core.k8s.ContainerKind;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the Pod Security Standards read of a pod, read once from the document tree so that
 * the checks, which all run over it, never walk the tree themselves. Containers are in upstream's
 * visiting order (init containers, containers, ephemeral containers), which is the order its
 * messages name them in.
 *
 * @param annotations the pod's (or pod template's) annotations
 */
public record PodFacts(
    Map<String, String> annotations,
    boolean hostNetwork,
    boolean hostPID,
    boolean hostIPC,
    Optional<Boolean> hostUsers,
    Optional<String> os,
    Optional<SecurityFacts> securityContext,
    List<VolumeFacts> volumes,
    List<ContainerFacts> containers) {

  private static final ContainerKind[] VISIT_ORDER = {ContainerKind.INIT, ContainerKind.CONTAINER, ContainerKind.EPHEMERAL};

  /** {@code spec.os.name: windows}, compared as upstream does (the API accepts only lower case). */
  public boolean isWindows() {
    return os.filter("windows"::equals).isPresent();
  }

  /** {@code spec.hostUsers: false}: the pod runs in its own user namespace. */
  public boolean userNamespace() {
    return hostUsers.filter(h -> !h).isPresent();
  }

  public <T> Optional<T> pod(java.util.function.Function<SecurityFacts, Optional<T>> setting) {
    return securityContext.flatMap(setting);
  }

  public static PodFacts of(PodSpecView pod) {
    return read(pod.spec().node(), pod.metadata().map(Field::node));
  }

  public static PodFacts read(Node specNode, Optional<Node> metadataNode) {
    MapNode spec = specNode instanceof MapNode m ? m : null;
    boolean hostNetwork = Nodes.isTrue(spec, "hostNetwork");
    MapNode sc = Nodes.map(spec, "securityContext");
    List<ContainerFacts> containers = new ArrayList<>(2);
    for (ContainerKind kind : VISIT_ORDER) {
      List<Node> items = Nodes.list(spec, kind.field());
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof MapNode c) {
          containers.add(ContainerFacts.read(c, kind, i, hostNetwork));
        }
      }
    }
    List<Node> volumeItems = Nodes.list(spec, "volumes");
    List<VolumeFacts> volumes = volumeItems.isEmpty() ? List.of() : new ArrayList<>(volumeItems.size());
    for (int i = 0; i < volumeItems.size(); i++) {
      if (volumeItems.get(i) instanceof MapNode v) {
        volumes.add(VolumeFacts.read(v, i));
      }
    }
    return new PodFacts(
        annotations(metadataNode.orElse(null)),
        hostNetwork,
        Nodes.isTrue(spec, "hostPID"),
        Nodes.isTrue(spec, "hostIPC"),
        Nodes.bool(spec, "hostUsers"),
        Nodes.text(Nodes.map(spec, "os"), "name"),
        sc == null ? Optional.empty() : Optional.of(SecurityFacts.read(sc)),
        volumes,
        containers);
  }

  private static Map<String, String> annotations(Node metadata) {
    MapNode a = Nodes.map(metadata instanceof MapNode m ? m : null, "annotations");
    if (a == null || a.size() == 0) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (MapNode.Entry e : a.entries()) {
      out.put(e.name(), e.value() instanceof ScalarNode s && !s.isNull() ? s.value() : "");
    }
    return out;
  }
}
