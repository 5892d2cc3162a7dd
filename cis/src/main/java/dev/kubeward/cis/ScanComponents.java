package dev.kubeward.cis;

import dev.kubeward.cis.flags.Arg;
import dev.kubeward.cis.flags.Flags;
import dev.kubeward.core.k8s.ContainerKind;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.SeqNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The components a manifest runs or configures: a container whose command (or, without one, whose
 * image) is a component's binary, in a static pod or any workload (kube-proxy's DaemonSet); a
 * KubeletConfiguration or KubeProxyConfiguration document. Every flag keeps the manifest field it
 * was written in.
 */
public final class ScanComponents {

  /** The kinds that can hold a component: workloads and the components' configuration documents. */
  public static final Set<String> WORKLOAD_KINDS = Set.of("Pod", "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet");

  public static final String KUBELET_CONFIGURATION = "KubeletConfiguration";
  public static final String KUBE_PROXY_CONFIGURATION = "KubeProxyConfiguration";

  private ScanComponents() {}

  public static List<ComponentConfig> of(Resource r) {
    String file = r.file().name();
    if (r.kind().equals(KUBELET_CONFIGURATION) && r.group().equals("kubelet.config.k8s.io")) {
      return List.of(standalone(Component.KUBELET, file, r.root()));
    }
    if (r.kind().equals(KUBE_PROXY_CONFIGURATION) && r.group().equals("kubeproxy.config.k8s.io")) {
      return List.of(standalone(Component.PROXY, file, r.root()));
    }
    if (!WORKLOAD_KINDS.contains(r.kind())) {
      return List.of();
    }
    Optional<PodSpecView> pod = PodSpecs.of(r);
    if (pod.isEmpty()) {
      return List.of();
    }
    List<ComponentConfig> out = new ArrayList<>();
    for (ContainerView c : pod.get().allContainers()) {
      if (c.kind() == ContainerKind.CONTAINER) {
        container(c, file, r).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * False when {@code r} surely holds no component, so that {@link #of} would find none: the test a
   * scan makes of every workload before reading its containers' command lines. A container runs a
   * component when its program (the first word of its command, or without one its image's last
   * path component) is a component's binary or hyperkube; every one of those names holds "kube" or
   * "etcd", and the program is a part of the command's first word or of the image's text. So a
   * workload none of whose containers has "kube" or "etcd" in that word (or image) holds none. This
   * reads one node per container, where {@link #of} makes fields of the command and arguments and
   * parses the image. True for the configuration kinds, which {@link #of} decides at once.
   */
  public static boolean mayHold(Resource r) {
    if (!WORKLOAD_KINDS.contains(r.kind())) {
      return true;
    }
    Optional<PodSpecView> pod = PodSpecs.of(r);
    if (pod.isEmpty()) {
      return false;
    }
    for (ContainerView c : pod.get().allContainers()) {
      if (c.kind() == ContainerKind.CONTAINER && mayNameComponent(program(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text a container's program is read from in {@link #container}: the first item of its
   * command (a list that is not empty; "" when that item is not a scalar or is null), else its image.
   */
  private static String program(ContainerView c) {
    if (c.field().node() instanceof MapNode m) {
      int i = m.indexOf("command");
      if (i >= 0 && m.value(i) instanceof SeqNode command && !command.items().isEmpty()) {
        return command.items().get(0) instanceof ScalarNode s && !s.isNull() ? s.value() : "";
      }
    }
    return c.image().flatMap(Field::text).orElse("");
  }

  private static boolean mayNameComponent(String text) {
    return text.contains("kube") || text.contains("etcd");
  }

  /** Adds the words of {@code items} to {@code head} until it holds two: each item's text as {@link Field#text} reads it, else "". */
  private static void addWords(List<String> head, List<Node> items) {
    for (int i = 0; i < items.size() && head.size() < 2; i++) {
      head.add(items.get(i) instanceof ScalarNode s && !s.isNull() ? s.value() : "");
    }
  }

  /** A configuration document read on its own: its component's flags are unknown. */
  public static ComponentConfig standalone(Component component, String file, Field root) {
    return new ComponentConfig(component, file, file, false, Flags.NONE, Optional.of(new ConfigFile(file, root)),
        Map.of(), Optional.of(root.get("kind").orElse(root)), Optional.empty());
  }

  private static Optional<ComponentConfig> container(ContainerView c, String file, Resource r) {
    Optional<Field> command = c.get("command").filter(Field::isSeq);
    Optional<Field> args = c.get("args").filter(Field::isSeq);
    // The program first, from its first two words read on the nodes: most containers are no
    // component, and their command lines are not made into fields.
    List<Node> commandNodes = command.map(f -> ((SeqNode) f.node()).items()).orElse(List.of());
    List<String> head = new ArrayList<>(2);
    if (commandNodes.isEmpty()) {
      // No command: the image's entrypoint runs, which for the components' images is the binary.
      Optional<String> binary = c.imageReference()
          .map(i -> i.repository().substring(i.repository().lastIndexOf('/') + 1));
      if (binary.isEmpty()) {
        return Optional.empty();
      }
      head.add(binary.get());
    }
    addWords(head, commandNodes);
    if (head.size() < 2 && args.isPresent()) {
      addWords(head, ((SeqNode) args.get().node()).items());
    }
    Optional<Component.Program> program = Component.ofCommand(head);
    if (program.isEmpty()) {
      return Optional.empty();
    }
    List<Field> commandItems = command.map(Field::items).orElse(List.of());
    List<Field> argItems = args.map(Field::items).orElse(List.of());
    List<Arg> argv = new ArrayList<>();
    if (commandItems.isEmpty()) {
      argv.add(Arg.of(head.get(0)));
    }
    commandItems.forEach(i -> argv.add(new Arg(i.text().orElse(""), Optional.of(i))));
    argItems.forEach(i -> argv.add(new Arg(i.text().orElse(""), Optional.of(i))));
    String source = file + " (" + r.ref().display() + ")";
    Component component = program.get().component();
    Flags flags = Flags.parse(argv.subList(program.get().nameArgs(), argv.size()), component.booleanFlags());
    Map<String, ComponentConfig.EnvVar> env = new HashMap<>();
    c.get("env").ifPresent(list -> list.items().forEach(e -> e.get("name").flatMap(Field::text)
        .ifPresent(n -> e.get("value").flatMap(Field::text)
            .ifPresent(v -> env.put(n, new ComponentConfig.EnvVar(v, e.get("value")))))));
    Field anchor = command.or(() -> args).orElse(c.field());
    return Optional.of(new ComponentConfig(component, source, file, true, flags, Optional.empty(), env,
        Optional.of(anchor), Optional.empty()));
  }
}
