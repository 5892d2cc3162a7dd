package dev.kubeward.pss.workloads;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.Registry;
import dev.kubeward.pss.Version;
import java.util.List;

/**
 * Every workload of the input judged at one level and version.
 *
 * @param effective the policy version whose checks applied ({@code latest} resolved)
 */
public record PssReport(
    LevelVersion policy,
    Version effective,
    List<WorkloadResult> results,
    List<InputProblem> problems,
    List<ManifestReader.Skipped> skipped,
    int files) {

  public static PssReport of(PssInput input, LevelVersion policy, Registry registry) {
    List<WorkloadResult> results = input.workloads().stream()
        .map(w -> new WorkloadResult(w, registry.evaluate(w.pod(), policy)))
        .toList();
    return new PssReport(policy, registry.effective(policy.version()), results, input.problems(), input.skipped(),
        input.files());
  }

  public long denied() {
    return results.stream().filter(r -> !r.allowed()).count();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(InputProblem::error);
  }
}
