package dev.kubeward.checks.workload;

import dev.kubeward.core.index.IndexedResource;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Labels that controllers put on the pods they create, beyond those of the pod template: a
 * StatefulSet each pod's name and index, a Job its name, uid and completion index, the
 * Deployment, StatefulSet and DaemonSet controllers a revision hash. A Service may select by them
 * (one StatefulSet pod, the pods of an Indexed Job), so a selector is matched against them too.
 */
final class ControllerLabels {

  /** Which workloads add each label, given the workload (its kind and name) and the label's value. */
  private static final Map<String, BiPredicate<IndexedResource, String>> ADDED_BY = Map.of(
      "statefulset.kubernetes.io/pod-name", (w, v) -> is(w, "StatefulSet") && v.matches(quote(w.name()) + "-[0-9]+"),
      "apps.kubernetes.io/pod-index", (w, v) -> is(w, "StatefulSet") && v.matches("[0-9]+"),
      "controller-revision-hash", (w, v) -> is(w, "StatefulSet", "DaemonSet"),
      "pod-template-generation", (w, v) -> is(w, "DaemonSet"),
      "pod-template-hash", (w, v) -> is(w, "Deployment"),
      "job-name", ControllerLabels::jobName,
      "batch.kubernetes.io/job-name", ControllerLabels::jobName,
      "controller-uid", (w, v) -> is(w, "Job", "CronJob"),
      "batch.kubernetes.io/controller-uid", (w, v) -> is(w, "Job", "CronJob"),
      "batch.kubernetes.io/job-completion-index", (w, v) -> is(w, "Job", "CronJob") && v.matches("[0-9]+"));

  private ControllerLabels() {}

  static boolean isControllerLabel(String key) {
    return ADDED_BY.containsKey(key);
  }

  /** Whether the pods of {@code workload} carry {@code key=value}, from its template or its controller. */
  static boolean carries(IndexedResource workload, String key, String value) {
    return value.equals(workload.podLabels().orElse(Map.of()).get(key))
        || ADDED_BY.getOrDefault(key, (w, v) -> false).test(workload, value);
  }

  /** A Job's pods carry its name; a CronJob's Jobs are named after it and the scheduled time. */
  private static boolean jobName(IndexedResource w, String value) {
    return (is(w, "Job") && value.equals(w.name())) || (is(w, "CronJob") && value.matches(quote(w.name()) + "-[0-9]+"));
  }

  private static boolean is(IndexedResource w, String... kinds) {
    return Set.of(kinds).contains(w.kind());
  }

  private static String quote(String s) {
    return Pattern.quote(s);
  }
}
