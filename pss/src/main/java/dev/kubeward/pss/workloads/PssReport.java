package dev.kubeward.pss.workloads;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.pss.Evaluation;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.Registry;
import dev.kubeward.pss.admission.Admission;
import dev.kubeward.pss.admission.AdmissionResult;
import dev.kubeward.pss.admission.Mode;
import dev.kubeward.pss.psp.PspMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every workload of the input judged at one level and version, or, without one, each at its
 * namespace's enforce policy; with namespace policies known, also what each admission mode would do.
 *
 * @param policy the level and version asked for; empty when each workload is judged by its namespace
 */
public record PssReport(
    Optional<LevelVersion> policy,
    Registry registry,
    List<WorkloadResult> results,
    List<PssInput.Located<PspMapping>> podSecurityPolicies,
    List<InputProblem> problems,
    List<ManifestReader.Skipped> skipped,
    int files) {

  public static PssReport of(PssInput input, Optional<LevelVersion> policy, Optional<Admission> admission, Registry registry) {
    if (policy.isEmpty() && admission.isEmpty()) {
      throw new IllegalArgumentException("a level, or namespace policies, to judge by");
    }
    List<WorkloadResult> results = new ArrayList<>(input.workloads().size());
    for (Workload w : input.workloads()) {
      Optional<AdmissionResult> a = admission.map(ad -> ad.evaluate(w));
      Evaluation verdict = policy.map(lv -> registry.evaluate(w.pod(), lv))
          .orElseGet(() -> a.orElseThrow().mode(Mode.ENFORCE)
              .orElseGet(() -> new Evaluation(a.get().policy().get(Mode.ENFORCE),
                  registry.effective(a.get().policy().get(Mode.ENFORCE).version()), List.of())));
      results.add(new WorkloadResult(w, verdict, a));
    }
    List<InputProblem> problems = new ArrayList<>(input.problems());
    admission.ifPresent(ad -> problems.addAll(ad.problems()));
    return new PssReport(policy, registry, List.copyOf(results), input.podSecurityPolicies(), List.copyOf(problems),
        input.skipped(), input.files());
  }

  public long denied() {
    return results.stream().filter(WorkloadResult::denied).count();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(InputProblem::error);
  }
}
