package dev.kubeward.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shape report, which asks each mapping for the fields a shape knows, finds what the plain
 * reading finds: every key of each mapping looked up among the known fields, through located
 * fields. Seeded generated workloads with values of every type where the known fields are.
 */
class PodSpecShapeTest {

  private static final String[] VALUES = {
    "5", "x", "true", "\"true\"", "null", "~", "[]", "[1, x]", "[{a: 1}, 2]", "{}", "{a: 1}", "[{name: a}]"};

  private static final String[] POD_KEYS = {
    "containers", "initContainers", "ephemeralContainers", "volumes", "securityContext", "hostNetwork", "hostPID",
    "hostIPC", "automountServiceAccountToken", "shareProcessNamespace", "nodeName"};
  private static final String[] CONTAINER_KEYS = {
    "securityContext", "resources", "ports", "env", "livenessProbe", "readinessProbe", "image"};
  private static final String[] CONTEXT_KEYS = {
    "privileged", "allowPrivilegeEscalation", "readOnlyRootFilesystem", "runAsNonRoot", "capabilities",
    "seccompProfile", "seLinuxOptions", "appArmorProfile", "runAsUser"};

  @Test
  void theShapeReportEqualsThePlainReading() {
    Random random = new Random(20261122);
    int mismatches = 0;
    for (int round = 0; round < 600; round++) {
      String yaml = workload(random);
      var read = new ManifestReader().parse(new SourceFile("gen.yaml", Optional.empty()), yaml);
      assertThat(read.resources()).as("%s%s", yaml, read.problems()).hasSize(1);
      Resource r = read.resources().get(0);
      List<String> expected = describe(Plain.check(r));
      assertThat(describe(PodSpecShape.check(r))).as(yaml).isEqualTo(expected);
      mismatches += expected.size();
    }
    assertThat(mismatches).as("the generator makes mismatches").isGreaterThan(500);
  }

  private static List<String> describe(List<PodSpecShape.Mismatch> ms) {
    return ms.stream().map(m -> m.field().line() + ":" + m.field().column() + " " + m.message()).toList();
  }

  private static String workload(Random random) {
    StringBuilder spec = new StringBuilder();
    for (String key : POD_KEYS) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      String value = switch (key) {
        case "containers", "initContainers" -> random.nextInt(4) == 0 ? pick(random) : containers(random);
        case "securityContext" -> random.nextInt(3) == 0 ? pick(random) : context(random);
        default -> pick(random);
      };
      spec.append(key).append(": ").append(value).append('\n');
    }
    String body = spec.toString();
    return switch (random.nextInt(4)) {
      case 0 -> "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: " + block(body, 0);
      case 1 -> "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: " + pick(random) + "\n";
      case 2 -> "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata: "
          + pick(random) + "\n    spec: " + block(body, 4);
      default -> "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n"
          + "      template: " + (random.nextInt(4) == 0 ? pick(random) : "\n        metadata: {}\n        spec: "
          + block(body, 8));
    };
  }

  /** A mapping's lines as the value of a key indented by {@code indent}. */
  private static String block(String lines, int indent) {
    return lines.isEmpty() ? "{}\n" : "\n" + lines.indent(indent + 2);
  }

  private static String containers(Random random) {
    List<String> items = new ArrayList<>();
    for (int i = random.nextInt(3); i >= 0; i--) {
      if (random.nextInt(5) == 0) {
        items.add(pick(random));
        continue;
      }
      List<String> fields = new ArrayList<>(List.of("name: c" + i));
      for (String key : CONTAINER_KEYS) {
        if (random.nextInt(3) == 0) {
          fields.add(key + ": " + (key.equals("securityContext") && random.nextBoolean() ? context(random) : pick(random)));
        }
      }
      items.add("{" + String.join(", ", fields) + "}");
    }
    return "[" + String.join(", ", items) + "]";
  }

  private static String context(Random random) {
    List<String> fields = new ArrayList<>();
    for (String key : CONTEXT_KEYS) {
      if (random.nextInt(3) == 0) {
        String value = key.equals("capabilities") && random.nextBoolean()
            ? "{add: " + pick(random) + ", drop: " + pick(random) + "}"
            : pick(random);
        fields.add(key + ": " + value);
      }
    }
    return "{" + String.join(", ", fields) + "}";
  }

  private static String pick(Random random) {
    return VALUES[random.nextInt(VALUES.length)];
  }

  /** The plain reading: every key of each mapping looked up among the fields a shape knows, on located fields. */
  private static final class Plain {

    private static final Map<String, String> POD = Map.of(
        "containers", "list of maps", "initContainers", "list of maps", "ephemeralContainers", "list of maps",
        "volumes", "list of maps", "securityContext", "map", "hostNetwork", "bool", "hostPID", "bool",
        "hostIPC", "bool", "automountServiceAccountToken", "bool", "shareProcessNamespace", "bool");
    private static final Map<String, String> CONTAINER = Map.of(
        "securityContext", "map", "resources", "map", "ports", "list of maps", "env", "list of maps",
        "livenessProbe", "map", "readinessProbe", "map");
    private static final Map<String, String> CONTEXT = Map.of(
        "privileged", "bool", "allowPrivilegeEscalation", "bool", "readOnlyRootFilesystem", "bool",
        "runAsNonRoot", "bool", "capabilities", "map", "seccompProfile", "map", "seLinuxOptions", "map",
        "appArmorProfile", "map");
    private static final Map<String, String> CAPABILITIES = Map.of("add", "list", "drop", "list");
    private static final Map<String, String> DESCRIPTIONS = Map.of(
        "map", "a mapping", "list", "a list", "bool", "a boolean (true or false)", "list of maps", "a list of mappings");

    static List<PodSpecShape.Mismatch> check(Resource r) {
      List<PodSpecShape.Mismatch> out = new ArrayList<>();
      String[] path = PodSpecs.specPath(r);
      if (path == null) {
        return out;
      }
      Field f = r.root();
      for (int i = 0; i < path.length; i++) {
        Optional<Field> next = f.get(path[i]);
        if (next.isEmpty()) {
          break;
        }
        if (!next.get().isMap()) {
          out.add(new PodSpecShape.Mismatch(next.get(), "a mapping"));
          break;
        }
        if (i == path.length - 2) {
          next.get().get("metadata").filter(m -> !m.isMap())
              .ifPresent(m -> out.add(new PodSpecShape.Mismatch(m, "a mapping")));
        }
        f = next.get();
      }
      PodSpecs.of(r).ifPresent(pod -> {
        expect(pod.spec(), POD, out);
        pod.spec().get("securityContext").filter(Field::isMap).ifPresent(sc -> expect(sc, CONTEXT, out));
        for (ContainerView c : pod.allContainers()) {
          expect(c.field(), CONTAINER, out);
          c.field().get("securityContext").filter(Field::isMap).ifPresent(sc -> {
            expect(sc, CONTEXT, out);
            sc.get("capabilities").filter(Field::isMap).ifPresent(caps -> expect(caps, CAPABILITIES, out));
          });
        }
      });
      out.sort(Comparator.comparingInt((PodSpecShape.Mismatch m) -> m.field().line())
          .thenComparingInt(m -> m.field().column()));
      return out;
    }

    private static void expect(Field parent, Map<String, String> shapes, List<PodSpecShape.Mismatch> out) {
      for (Field.Entry e : parent.entries()) {
        String shape = shapes.get(e.key());
        Field value = e.value();
        if (shape == null || value.isNull()) {
          continue;
        }
        boolean fits = switch (shape) {
          case "map" -> value.isMap();
          case "bool" -> value.bool().isPresent();
          default -> value.isSeq();
        };
        if (!fits) {
          out.add(new PodSpecShape.Mismatch(value, DESCRIPTIONS.get(shape)));
        } else if (shape.equals("list of maps")) {
          value.items().stream().filter(item -> !item.isMap())
              .forEach(item -> out.add(new PodSpecShape.Mismatch(item, "a mapping")));
        }
      }
    }
  }
}
