package dev.kubeward.cli;

import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.Workload;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** Finds the workloads a user names: {@code NS/NAME}, {@code NS/NAME[Kind]}, or {@code NAME} in any namespace. */
final class Workloads {

  private Workloads() {}

  /** The workloads {@code text} names; a usage error, with what exists, when none does. */
  static List<Workload> find(Cluster cluster, String text, CommandLine.Model.CommandSpec spec, String option) {
    String name = text;
    Optional<String> kind = Optional.empty();
    if (name.endsWith("]") && name.indexOf('[') > 0) {
      kind = Optional.of(name.substring(name.indexOf('[') + 1, name.length() - 1));
      name = name.substring(0, name.indexOf('['));
    }
    int slash = name.indexOf('/');
    Optional<String> ns = slash < 0 ? Optional.empty() : Optional.of(name.substring(0, slash));
    String bare = slash < 0 ? name : name.substring(slash + 1);
    Optional<String> k = kind;
    List<Workload> found = cluster.findWorkloads(ns, bare).stream()
        .filter(w -> k.map(w.kind()::equals).orElse(true)).toList();
    if (found.isEmpty()) {
      List<String> similar = cluster.workloads().keySet().stream().map(Workload::display)
          .filter(d -> d.contains(bare)).limit(5).toList();
      throw new CommandLine.ParameterException(spec.commandLine(), option + " " + text + ": no such workload in the input"
          + (similar.isEmpty() ? "" : "; did you mean " + String.join(", ", similar) + "?"));
    }
    return found;
  }
}
