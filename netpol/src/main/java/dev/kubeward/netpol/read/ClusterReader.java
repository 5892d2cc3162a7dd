package dev.kubeward.netpol.read;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.Namespace;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads manifests into a {@link Cluster}: Namespaces, NetworkPolicies, and the pods of every
 * workload-like kind. Files are parsed in parallel and merged in the order given, so the result
 * does not depend on scheduling. An object defined twice (same kind, namespace and name) is
 * taken from its last definition, as {@code kubectl apply} would leave it, with a warning.
 */
public final class ClusterReader {

  private ClusterReader() {}

  /** What one file gave. */
  private record FileData(List<Namespace> namespaces, List<Map.Entry<String, Pod>> pods, List<NetworkPolicy> policies,
      List<InputProblem> problems, List<ManifestReader.Skipped> skipped) {}

  public static NetpolInput read(List<SourceFile> files) {
    List<FileData> data = files.parallelStream().map(ClusterReader::readFile).toList();
    Map<String, Namespace> namespaces = new LinkedHashMap<>();
    Map<String, Pod> pods = new LinkedHashMap<>();
    Map<String, NetworkPolicy> policies = new LinkedHashMap<>();
    List<InputProblem> problems = new ArrayList<>();
    List<ManifestReader.Skipped> skipped = new ArrayList<>();
    for (FileData d : data) {
      problems.addAll(d.problems());
      skipped.addAll(d.skipped());
      for (Namespace n : d.namespaces()) {
        Optional.ofNullable(namespaces.put(n.name(), n))
            .ifPresent(old -> problems.add(twice("Namespace " + n.name(), old.source().orElseThrow(), n.source().orElseThrow())));
      }
      for (Map.Entry<String, Pod> e : d.pods()) {
        Pod p = e.getValue();
        Optional.ofNullable(pods.put(e.getKey(), p))
            .ifPresent(old -> problems.add(twice(e.getKey(), old.source(), p.source())));
      }
      for (NetworkPolicy np : d.policies()) {
        Optional.ofNullable(policies.put(np.qualifiedName(), np))
            .ifPresent(old -> problems.add(twice("NetworkPolicy " + np.qualifiedName(), old.source(), np.source())));
      }
    }
    Cluster cluster = Cluster.of(namespaces.values(), pods.values(), policies.values());
    return new NetpolInput(cluster, problems, skipped, files.size());
  }

  private static InputProblem twice(String what, dev.kubeward.netpol.model.Source first, dev.kubeward.netpol.model.Source second) {
    return InputProblem.warning(second.file(), second.line(), second.column(), what + " is defined twice (first at "
        + first.file() + ":" + first.line() + "); the later definition is used, as kubectl apply would leave it");
  }

  private static FileData readFile(SourceFile file) {
    List<Namespace> namespaces = new ArrayList<>();
    List<Map.Entry<String, Pod>> pods = new ArrayList<>();
    List<NetworkPolicy> policies = new ArrayList<>();
    Problems problems = new Problems(file.name());
    ManifestReader.FileResult result = new ManifestReader().read(file, r -> {
      if (r.kind().equals("Namespace") && r.group().isEmpty()) {
        namespaces.add(new Namespace(r.name(), labels(r, problems), Optional.of(problems.source(r.root()))));
      } else if (PolicyReader.isNetworkPolicy(r)) {
        PolicyReader.read(r, problems).ifPresent(policies::add);
      } else if (PodReader.runsPods(r)) {
        PodReader.read(r, problems).ifPresent(p -> pods.add(Map.entry(r.kind() + " " + p.namespace() + "/" + r.name(), p)));
      }
    });
    List<InputProblem> all = new ArrayList<>(result.problems());
    all.addAll(problems.list());
    return new FileData(namespaces, pods, policies, all, result.skipped());
  }

  private static Map<String, String> labels(Resource r, Problems problems) {
    Map<String, String> labels = r.labels();
    String declared = labels.get(Namespace.NAME_LABEL);
    if (declared != null && !declared.equals(r.name())) {
      r.root().at("metadata", "labels", Namespace.NAME_LABEL).ifPresent(f -> problems.warning(f,
          Namespace.NAME_LABEL + " is set by the API server to the namespace's name (" + r.name() + "), not \"" + declared + "\""));
    }
    return labels;
  }
}
