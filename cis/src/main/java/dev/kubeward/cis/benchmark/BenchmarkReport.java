package dev.kubeward.cis.benchmark;

import dev.kubeward.core.source.InputProblem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark run: the results of every control of sections 1 to 4 in the benchmark's order, then
 * kubeward's checks that go beyond it ({@code extras}), what was read, and what could not be.
 *
 * @param components the component instances judged, as {@code component: source}
 */
public record BenchmarkReport(
    String benchmark,
    List<Controls.Section> sections,
    List<ControlResult> results,
    List<ControlResult> extras,
    List<String> components,
    boolean node,
    List<InputProblem> problems) {

  public BenchmarkReport {
    results = List.copyOf(results);
    extras = List.copyOf(extras);
    components = List.copyOf(components);
    problems = List.copyOf(problems);
  }

  /** How many controls (and extras) have each status. */
  public Map<ControlResult.Status, Integer> totals() {
    Map<ControlResult.Status, Integer> out = new EnumMap<>(ControlResult.Status.class);
    for (ControlResult.Status s : ControlResult.Status.values()) {
      out.put(s, 0);
    }
    for (ControlResult r : results) {
      out.merge(r.status(), 1, Integer::sum);
    }
    for (ControlResult r : extras) {
      out.merge(r.status(), 1, Integer::sum);
    }
    return out;
  }

  public boolean failed() {
    return totals().get(ControlResult.Status.FAIL) > 0;
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(InputProblem::error);
  }
}
