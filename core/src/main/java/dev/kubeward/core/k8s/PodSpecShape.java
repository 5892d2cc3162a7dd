package dev.kubeward.core.k8s;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.Scalars;
import dev.kubeward.core.yaml.SeqNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds values of the wrong type in a pod spec ({@code containers: "x"}, {@code securityContext: []},
 * a number where a mapping belongs, {@code spec: 5} or {@code template: []} on the way to it): the
 * API server would reject the object, so kubeward reports each one with its position instead of
 * silently reading it as absent.
 */
public final class PodSpecShape {

  /** A value of the wrong type. */
  public record Mismatch(Field field, String expected) {
    public String message() {
      return field.path() + " must be " + expected + ", found " + field.shape();
    }
  }

  /** The types a field can be required to have. */
  private enum Shape {
    MAP("a mapping"),
    LIST("a list"),
    BOOL("a boolean (true or false)"),
    LIST_OF_MAPS("a list of mappings");

    final String description;

    Shape(String description) {
      this.description = description;
    }

    /**
     * Whether a non-null value has this shape: as {@link Field#isMap}, {@link Field#isSeq} and
     * {@link Field#bool} read it, on the node, so that a pod spec of the right shapes, the usual
     * case, is judged without making a located field of each value.
     */
    boolean accepts(Node value) {
      return switch (this) {
        case MAP -> value instanceof MapNode;
        case LIST, LIST_OF_MAPS -> value instanceof SeqNode;
        case BOOL -> value instanceof ScalarNode s && Scalars.bool(s).isPresent();
      };
    }
  }

  /** A field whose value must have a shape, when it is set. */
  private record Expected(String key, Shape shape) {}

  private static final Expected[] POD = {
      new Expected("containers", Shape.LIST_OF_MAPS),
      new Expected("initContainers", Shape.LIST_OF_MAPS),
      new Expected("ephemeralContainers", Shape.LIST_OF_MAPS),
      new Expected("volumes", Shape.LIST_OF_MAPS),
      new Expected("securityContext", Shape.MAP),
      new Expected("hostNetwork", Shape.BOOL),
      new Expected("hostPID", Shape.BOOL),
      new Expected("hostIPC", Shape.BOOL),
      new Expected("automountServiceAccountToken", Shape.BOOL),
      new Expected("shareProcessNamespace", Shape.BOOL)};

  private static final Expected[] CONTAINER = {
      new Expected("securityContext", Shape.MAP),
      new Expected("resources", Shape.MAP),
      new Expected("ports", Shape.LIST_OF_MAPS),
      new Expected("env", Shape.LIST_OF_MAPS),
      new Expected("livenessProbe", Shape.MAP),
      new Expected("readinessProbe", Shape.MAP)};

  private static final Expected[] SECURITY_CONTEXT = {
      new Expected("privileged", Shape.BOOL),
      new Expected("allowPrivilegeEscalation", Shape.BOOL),
      new Expected("readOnlyRootFilesystem", Shape.BOOL),
      new Expected("runAsNonRoot", Shape.BOOL),
      new Expected("capabilities", Shape.MAP),
      new Expected("seccompProfile", Shape.MAP),
      new Expected("seLinuxOptions", Shape.MAP),
      new Expected("appArmorProfile", Shape.MAP)};

  private static final Expected[] CAPABILITIES = {new Expected("add", Shape.LIST), new Expected("drop", Shape.LIST)};

  private PodSpecShape() {}

  /**
   * Every mismatch of a workload: on the way to its pod spec (where a wrong type hides the pod
   * spec from every check) and inside it; in source order.
   */
  public static List<Mismatch> check(Resource r) {
    return check(r, PodSpecs.of(r));
  }

  /** As {@link #check(Resource)}, given the resource's pod spec as {@link PodSpecs#of} reads it. */
  public static List<Mismatch> check(Resource r, Optional<PodSpecView> pod) {
    List<Mismatch> path = path(r);
    List<Mismatch> inside = pod.isPresent() ? check(pod.get()) : List.of();
    if (path.isEmpty()) {
      return inside;
    }
    List<Mismatch> out = new ArrayList<>(path);
    out.addAll(inside);
    out.sort(SOURCE_ORDER);
    return out;
  }

  private static final Comparator<Mismatch> SOURCE_ORDER =
      Comparator.comparingInt((Mismatch m) -> m.field().line()).thenComparingInt(m -> m.field().column());

  /** The mismatches inside a pod spec, in source order. */
  public static List<Mismatch> check(PodSpecView pod) {
    List<Mismatch> out = new ArrayList<>();
    expect(pod.spec(), POD, out);
    Optional<Field> podContext = pod.securityContext();
    if (podContext.isPresent()) {
      expect(podContext.get(), SECURITY_CONTEXT, out);
    }
    for (ContainerView c : pod.allContainers()) {
      expect(c.field(), CONTAINER, out);
      Optional<Field> sc = c.securityContext().containerContext();
      if (sc.isPresent()) {
        expect(sc.get(), SECURITY_CONTEXT, out);
        if (value((MapNode) sc.get().node(), "capabilities") instanceof MapNode) {
          expect(sc.get().get("capabilities").orElseThrow(), CAPABILITIES, out);
        }
      }
    }
    if (out.size() > 1) {
      out.sort(SOURCE_ORDER);
    }
    return out;
  }

  /** The first value on the way to the pod spec that is not a mapping, and a template's metadata. */
  private static List<Mismatch> path(Resource r) {
    String[] path = PodSpecs.knownSpecPath(r);
    if (path == null) {
      return List.of();
    }
    // Judged on the nodes, as the located reading below would judge them: the fields that point
    // at a mismatch are made only when there is one, which is rare.
    Node n = r.root().node();
    for (int i = 0; i < path.length; i++) {
      Node next = n instanceof MapNode m ? value(m, path[i]) : null;
      if (next == null) {
        return List.of();
      }
      if (!(next instanceof MapNode)) {
        return located(r, path);
      }
      if (i == path.length - 2) {
        Node metadata = value((MapNode) next, "metadata");
        if (metadata != null && !(metadata instanceof MapNode)) {
          return located(r, path);
        }
      }
      n = next;
    }
    return List.of();
  }

  /** {@link #path}'s mismatches, with the fields they are at. */
  private static List<Mismatch> located(Resource r, String[] path) {
    List<Mismatch> out = List.of();
    Field f = r.root();
    for (int i = 0; i < path.length; i++) {
      Optional<Field> next = f.get(path[i]);
      if (next.isEmpty()) {
        break;
      }
      if (!next.get().isMap()) {
        out = add(out, new Mismatch(next.get(), Shape.MAP.description));
        break;
      }
      if (i == path.length - 2) {
        Optional<Field> metadata = next.get().get("metadata");
        if (metadata.isPresent() && !metadata.get().isMap()) {
          out = add(out, new Mismatch(metadata.get(), Shape.MAP.description));
        }
      }
      f = next.get();
    }
    return out;
  }

  /** The value of {@code key} as {@link Field#get} reads it, as a node: null when absent or null. */
  private static Node value(MapNode map, String key) {
    int i = map.indexOf(key);
    if (i < 0) {
      return null;
    }
    Node value = map.value(i);
    return value instanceof ScalarNode s && s.isNull() ? null : value;
  }

  private static List<Mismatch> add(List<Mismatch> list, Mismatch m) {
    List<Mismatch> out = new ArrayList<>(list);
    out.add(m);
    return out;
  }

  /**
   * The mismatches of a mapping's fields. The mapping is asked for the few fields a shape knows, as
   * every check asks ({@link MapNode#indexOf}), rather than each of
   * its keys being looked up among them: keys are unique, so each field is met once either way,
   * and the caller puts the mismatches in source order.
   */
  private static void expect(Field parent, Expected[] fields, List<Mismatch> out) {
    if (!(parent.node() instanceof MapNode map)) {
      return;
    }
    for (Expected x : fields) {
      Node value = value(map, x.key());
      if (value == null) {
        continue; // absent, as Field#get reads it
      }
      Shape shape = x.shape();
      if (!shape.accepts(value)) {
        out.add(new Mismatch(parent.get(x.key()).orElseThrow(), shape.description));
      } else if (shape == Shape.LIST_OF_MAPS && value instanceof SeqNode seq) {
        List<Node> items = seq.items();
        for (int i = 0; i < items.size(); i++) {
          if (!(items.get(i) instanceof MapNode)) {
            out.add(new Mismatch(parent.get(x.key()).orElseThrow().items().get(i), Shape.MAP.description));
          }
        }
      }
    }
  }
}
