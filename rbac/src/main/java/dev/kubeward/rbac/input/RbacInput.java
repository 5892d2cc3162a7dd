package dev.kubeward.rbac.input;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceText;
import dev.kubeward.rbac.BootstrapPolicy;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.RbacModelBuilder;
import dev.kubeward.rbac.abac.AbacPolicyFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the {@code kubeward rbac} commands read: manifests (any kinds; the RBAC objects, service
 * accounts, token Secrets, workloads, Namespaces and CustomResourceDefinitions are used), the
 * defaults when asked, and ABAC policy files, into one model and the problems met on the way.
 * One bad file does not stop the others.
 */
public record RbacInput(RbacModel model, List<InputProblem> problems, int files) {

  /** Whether an error (not a warning) was met: the commands then exit with 2. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(InputProblem::error);
  }

  /**
   * @param problems problems met before reading (the walk's), reported first
   */
  public static RbacInput read(List<SourceFile> files, boolean withDefaults, List<SourceFile> abacFiles,
      List<InputProblem> problems) {
    RbacModelBuilder builder = RbacModel.builder();
    if (withDefaults) {
      builder.addAll(BootstrapPolicy.resources());
    }
    List<InputProblem> found = new ArrayList<>();
    ManifestReader reader = new ManifestReader();
    for (SourceFile f : files) {
      ManifestReader.FileResult r = reader.read(f, builder::add);
      found.addAll(r.problems());
    }
    for (SourceFile f : abacFiles) {
      switch (SourceText.read(f)) {
        case SourceText.Unreadable u -> found.add(u.problem());
        case SourceText.Text t -> {
          AbacPolicyFile.Read read = AbacPolicyFile.parse(f.name(), t.text());
          builder.addAbac(read.policies());
          found.addAll(read.problems());
        }
      }
    }
    RbacModel model = builder.build();
    found.addAll(model.problems());
    // The model's problems come after the files'; report them all in file and line order.
    found.sort(Comparator.comparing(InputProblem::file).thenComparingInt(InputProblem::line)
        .thenComparingInt(InputProblem::column));
    List<InputProblem> all = new ArrayList<>(problems);
    all.addAll(found);
    return new RbacInput(model, List.copyOf(all), files.size());
  }
}
