package dev.kubeward.pss.workloads;

import dev.kubeward.core.k8s.PodSpecShape;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.psp.PspMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code kubeward pss} run reads: every workload (any kind with a pod spec) and every
 * Namespace of the files, with the input's problems reported as {@code kubeward scan} reports
 * them, a value of the wrong type in a pod spec included. Legacy PodSecurityPolicies are mapped to
 * the closest level, for migration.
 */
public record PssInput(
    List<Workload> workloads,
    List<NamespaceObject> namespaces,
    List<Located<PspMapping>> podSecurityPolicies,
    List<InputProblem> problems,
    List<ManifestReader.Skipped> skipped,
    int files) {

  /** A value read from a file. */
  public record Located<T>(String file, int line, T value) {}

  /** The same input with other problems (the walk's, the configuration's) before its own. */
  public PssInput withProblems(List<InputProblem> before) {
    List<InputProblem> all = new ArrayList<>(before);
    all.addAll(problems);
    return new PssInput(workloads, namespaces, podSecurityPolicies, List.copyOf(all), skipped, files);
  }

  public static PssInput read(List<SourceFile> files) {
    List<Workload> workloads = new ArrayList<>();
    List<NamespaceObject> namespaces = new ArrayList<>();
    List<Located<PspMapping>> policies = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    List<ManifestReader.Skipped> skipped = new ArrayList<>();
    ManifestReader reader = new ManifestReader();
    for (SourceFile file : files) {
      ManifestReader.FileResult read = reader.read(file, r -> {
        if (PspMapping.isPodSecurityPolicy(r)) {
          policies.add(new Located<>(r.file().name(), r.root().line(), PspMapping.of(r)));
        } else {
          add(r, workloads, namespaces, problems);
        }
      });
      problems.addAll(read.problems());
      skipped.addAll(read.skipped());
    }
    return new PssInput(List.copyOf(workloads), List.copyOf(namespaces), List.copyOf(policies), List.copyOf(problems),
        List.copyOf(skipped), files.size());
  }

  private static void add(Resource r, List<Workload> workloads, List<NamespaceObject> namespaces, List<InputProblem> problems) {
    String file = r.file().name();
    if (r.kind().equals("Namespace") && r.group().isEmpty()) {
      namespaces.add(new NamespaceObject(r.name(), r.labels(), file, r.root().line()));
      return;
    }
    for (PodSpecShape.Mismatch m : PodSpecShape.check(r)) {
      problems.add(InputProblem.error(file, m.field().line(), m.field().column(),
          m.message() + " (in " + r.ref().display() + "); the API server would reject this object"));
    }
    Optional<PodSpecView> pod = PodSpecs.of(r);
    pod.ifPresent(p -> workloads.add(new Workload(file, r.root().line(), r.ref(), PodFacts.of(p),
        p.get("runtimeClassName").flatMap(Field::text))));
  }
}
