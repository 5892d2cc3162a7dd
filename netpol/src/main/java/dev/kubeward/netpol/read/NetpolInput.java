package dev.kubeward.netpol.read;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.netpol.model.Cluster;
import java.util.ArrayList;
import java.util.List;

/**
 * What a network analysis reads: the cluster (namespaces, pods, NetworkPolicies) and the input's
 * problems, each at its file, line and column. Objects the API server would reject are reported
 * as errors and left out of the cluster.
 */
public record NetpolInput(Cluster cluster, List<InputProblem> problems, List<ManifestReader.Skipped> skipped, int files) {

  public NetpolInput {
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(InputProblem::error);
  }

  /** The same input with other problems (the file walk's) before its own. */
  public NetpolInput withProblems(List<InputProblem> before) {
    List<InputProblem> all = new ArrayList<>(before);
    all.addAll(problems);
    return new NetpolInput(cluster, all, skipped, files);
  }
}
