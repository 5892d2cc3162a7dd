package dev.kubeward.core.k8s;

import dev.kubeward.core.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds values of the wrong type in a pod spec ({@code containers: "x"}, {@code securityContext: []},
 * a number where a mapping belongs): the API server would reject the object, so kubeward reports
 * each one with its position instead of silently reading it as absent.
 */
public final class PodSpecShape {

  /** A value of the wrong type. */
  public record Mismatch(Field field, String expected) {
    public String message() {
      return field.path() + " must be " + expected + ", found " + field.shape();
    }
  }

  private static final Predicate<Field> MAP = Field::isMap;
  private static final Predicate<Field> LIST = Field::isSeq;
  private static final Predicate<Field> BOOL = f -> f.bool().isPresent();
  private static final Predicate<Field> LIST_OF_MAPS = f -> f.isSeq() && f.items().stream().allMatch(Field::isMap);

  private static final Map<String, Predicate<Field>> POD =
      Map.of(
          "containers", LIST_OF_MAPS,
          "initContainers", LIST_OF_MAPS,
          "ephemeralContainers", LIST_OF_MAPS,
          "volumes", LIST_OF_MAPS,
          "securityContext", MAP,
          "hostNetwork", BOOL,
          "hostPID", BOOL,
          "hostIPC", BOOL,
          "automountServiceAccountToken", BOOL,
          "shareProcessNamespace", BOOL);

  private static final Map<String, Predicate<Field>> CONTAINER =
      Map.of(
          "securityContext", MAP,
          "resources", MAP,
          "ports", LIST_OF_MAPS,
          "env", LIST_OF_MAPS,
          "livenessProbe", MAP,
          "readinessProbe", MAP);

  private static final Map<String, Predicate<Field>> SECURITY_CONTEXT =
      Map.of(
          "privileged", BOOL,
          "allowPrivilegeEscalation", BOOL,
          "readOnlyRootFilesystem", BOOL,
          "runAsNonRoot", BOOL,
          "capabilities", MAP,
          "seccompProfile", MAP,
          "seLinuxOptions", MAP,
          "appArmorProfile", MAP);

  private PodSpecShape() {}

  public static List<Mismatch> check(PodSpecView pod) {
    List<Mismatch> out = new ArrayList<>();
    expect(pod.spec(), POD, out);
    pod.securityContext().ifPresent(sc -> expect(sc, SECURITY_CONTEXT, out));
    for (ContainerView c : pod.allContainers()) {
      expect(c.field(), CONTAINER, out);
      c.securityContext().containerContext().ifPresent(sc -> {
        expect(sc, SECURITY_CONTEXT, out);
        sc.get("capabilities").filter(Field::isMap).ifPresent(caps -> expect(caps, Map.of("add", LIST, "drop", LIST), out));
      });
    }
    return out;
  }

  private static void expect(Field parent, Map<String, Predicate<Field>> shapes, List<Mismatch> out) {
    for (var e : shapes.entrySet()) {
      Optional<Field> f = parent.get(e.getKey());
      if (f.isPresent() && !e.getValue().test(f.get())) {
        out.add(new Mismatch(f.get(), describe(e.getValue())));
      }
    }
  }

  private static String describe(Predicate<Field> p) {
    if (p == MAP) {
      return "a mapping";
    }
    if (p == LIST) {
      return "a list";
    }
    if (p == BOOL) {
      return "a boolean (true or false)";
    }
    return "a list of mappings";
  }
}
