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
import java.util.Map;
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

  private static final Map<String, Shape> POD =
      hashed(
          "containers", Shape.LIST_OF_MAPS,
          "initContainers", Shape.LIST_OF_MAPS,
          "ephemeralContainers", Shape.LIST_OF_MAPS,
          "volumes", Shape.LIST_OF_MAPS,
          "securityContext", Shape.MAP,
          "hostNetwork", Shape.BOOL,
          "hostPID", Shape.BOOL,
          "hostIPC", Shape.BOOL,
          "automountServiceAccountToken", Shape.BOOL,
          "shareProcessNamespace", Shape.BOOL);

  private static final Map<String, Shape> CONTAINER =
      hashed(
          "securityContext", Shape.MAP,
          "resources", Shape.MAP,
          "ports", Shape.LIST_OF_MAPS,
          "env", Shape.LIST_OF_MAPS,
          "livenessProbe", Shape.MAP,
          "readinessProbe", Shape.MAP);

  private static final Map<String, Shape> SECURITY_CONTEXT =
      hashed(
          "privileged", Shape.BOOL,
          "allowPrivilegeEscalation", Shape.BOOL,
          "readOnlyRootFilesystem", Shape.BOOL,
          "runAsNonRoot", Shape.BOOL,
          "capabilities", Shape.MAP,
          "seccompProfile", Shape.MAP,
          "seLinuxOptions", Shape.MAP,
          "appArmorProfile", Shape.MAP);

  private static final Map<String, Shape> CAPABILITIES = hashed("add", Shape.LIST, "drop", Shape.LIST);

  /**
   * A hash map of the pairs: every key of a pod spec and its containers is looked up, and a hash
   * map compares hash codes before text where {@code Map.of} compares the text on any collision.
   */
  private static Map<String, Shape> hashed(Object... pairs) {
    Map<String, Shape> out = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], (Shape) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

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
        Optional<Field> caps = sc.get().get("capabilities");
        if (caps.isPresent() && caps.get().isMap()) {
          expect(caps.get(), CAPABILITIES, out);
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
    String[] path = PodSpecs.specPath(r);
    if (path == null) {
      return List.of();
    }
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

  private static List<Mismatch> add(List<Mismatch> list, Mismatch m) {
    List<Mismatch> out = new ArrayList<>(list);
    out.add(m);
    return out;
  }

  private static void expect(Field parent, Map<String, Shape> shapes, List<Mismatch> out) {
    if (!(parent.node() instanceof MapNode map)) {
      return;
    }
    // The mapping's own keys, usually far fewer than the fields a shape knows.
    for (MapNode.Entry e : map.entries()) {
      Shape shape = shapes.get(e.name());
      if (shape == null) {
        continue;
      }
      Node value = e.value();
      if (value instanceof ScalarNode s && s.isNull()) {
        continue; // absent, as Field#get reads it
      }
      if (!shape.accepts(value)) {
        out.add(new Mismatch(parent.get(e.name()).orElseThrow(), shape.description));
      } else if (shape == Shape.LIST_OF_MAPS && value instanceof SeqNode seq) {
        List<Node> items = seq.items();
        for (int i = 0; i < items.size(); i++) {
          if (!(items.get(i) instanceof MapNode)) {
            out.add(new Mismatch(parent.get(e.name()).orElseThrow().items().get(i), Shape.MAP.description));
          }
        }
      }
    }
  }
}
