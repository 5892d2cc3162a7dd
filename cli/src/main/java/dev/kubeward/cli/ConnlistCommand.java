package dev.kubeward.cli;

import dev.kubeward.netpol.analysis.Connectivity;
import dev.kubeward.netpol.model.Workload;
import dev.kubeward.netpol.read.NetpolInput;
import dev.kubeward.report.ConnlistWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kubeward netpol connlist}: every allowed connection. */
@Command(
    name = "connlist",
    description = {
      "List every connection the NetworkPolicies allow between workloads, and to and from addresses outside the cluster, in np-guard netpol-analyzer's line format: SRC => DST : CONNS.",
      "Formats: txt (default), json, csv, md, dot, svg (dot rendered by Graphviz, which must be on the PATH).",
      "Exit codes: 0 listed; 2 usage or input errors (the list is still written from the valid input)."
    })
final class ConnlistCommand implements Callable<Integer> {

  static final List<String> FORMATS;

  static {
    List<String> f = new ArrayList<>(ConnlistWriter.FORMATS);
    f.add("svg");
    FORMATS = List.copyOf(f);
  }

  @ParentCommand NetpolCommand parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or folders (folders recursively: *.yaml, *.yml, *.json); - for standard input. Default: the current directory.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--focus-workload", paramLabel = "[NS/]NAME",
      description = "Only connections from or to this workload (NS/NAME, NS/NAME[Kind], or NAME in any namespace).")
  String focus;

  @Mixin OutputOptions output;

  @Mixin DebugOption debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    List<OutputOptions.Target> targets = output.targets(FORMATS);
    NetpolInput input = NetpolCommand.read(paths, spec);
    boolean errors = NetpolCommand.report(input, ctx);
    Set<Workload> focused = focus == null ? Set.of() : Set.copyOf(Workloads.find(input.cluster(), focus, spec, "--focus-workload"));
    Connectivity connectivity = Connectivity.of(input.cluster());
    output.write(targets, (t, w) -> {
      if (t.format().equals("svg")) {
        StringWriter dot = new StringWriter();
        ConnlistWriter.write("dot", connectivity, focused, dot);
        w.write(Graphviz.render(dot.toString(), "svg", ctx.terminal().env()));
      } else {
        ConnlistWriter.write(t.format(), connectivity, focused, w);
      }
    }, ctx.out());
    return errors ? ExitCodes.USAGE : ExitCodes.OK;
  }

}
