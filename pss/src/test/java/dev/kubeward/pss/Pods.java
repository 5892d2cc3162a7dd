package dev.kubeward.pss;

import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.testing.Manifests;
import dev.kubeward.pss.checks.PssChecks;
import java.util.List;

/** Pods for tests: a spec written as YAML, evaluated with the standard registry. */
final class Pods {

  private Pods() {}

  /** A Pod whose {@code spec:} is {@code spec} (indented by the caller's text block as a top-level mapping). */
  static PodSpecView pod(String spec) {
    return view("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n" + spec.indent(2));
  }

  /** A Pod with annotations and a spec. */
  static PodSpecView pod(String annotations, String spec) {
    return view("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n" + annotations.indent(4)
        + "spec:\n" + spec.indent(2));
  }

  static PodSpecView view(String manifest) {
    var read = Manifests.read(manifest);
    if (!read.problems().isEmpty()) {
      throw new IllegalArgumentException(read.problems().toString());
    }
    return PodSpecs.of(read.resources().get(0)).orElseThrow();
  }

  /** {@code restricted:v1.25} into a level and version. */
  static LevelVersion at(String policy) {
    String[] p = policy.split(":");
    return LevelVersion.of(Level.parse(p[0]).orElseThrow(), Version.parse(p[1]).orElseThrow());
  }

  static Evaluation evaluate(PodSpecView pod, String policy) {
    return PssChecks.registry().evaluate(pod, at(policy));
  }

  /** The violation of {@code check}, as {@code reason (detail)}, or "" when the check passes or does not run. */
  static String violation(PodSpecView pod, String policy, String check) {
    return evaluate(pod, policy).violations().stream().filter(v -> v.check().equals(check))
        .map(Violation::message).findFirst().orElse("");
  }

  static List<String> failing(PodSpecView pod, String policy) {
    return evaluate(pod, policy).violations().stream().map(Violation::check).toList();
  }
}
