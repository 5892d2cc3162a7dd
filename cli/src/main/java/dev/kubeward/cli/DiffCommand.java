package dev.kubeward.cli;

import dev.kubeward.netpol.analysis.Connectivity;
import dev.kubeward.netpol.diff.ConnectionDiff;
import dev.kubeward.netpol.read.NetpolInput;
import dev.kubeward.report.DiffWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kubeward netpol diff}: the connections that differ between two inputs. */
@Command(
    name = "diff",
    description = {
      "List the connections that the NetworkPolicies of PATH2 allow and those of PATH1 do not (added), the reverse (removed), and those both allow differently (changed), by connlist semantics.",
      "Formats: txt (default), json.",
      "Exit codes: 0 no difference; 1 differences; 2 usage or input errors (the differences are still written from the valid input)."
    })
final class DiffCommand implements Callable<Integer> {

  @ParentCommand NetpolCommand parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH1", description = "The first input: a file or folder, as for connlist.")
  String first;

  @Parameters(index = "1", paramLabel = "PATH2", description = "The second input.")
  String second;

  @Mixin OutputOptions output;

  @Mixin DebugOption debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    List<OutputOptions.Target> targets = output.targets(DiffWriter.FORMATS);
    NetpolInput a = NetpolCommand.read(List.of(first), spec);
    NetpolInput b = NetpolCommand.read(List.of(second), spec);
    boolean errors = NetpolCommand.report(a, ctx) | NetpolCommand.report(b, ctx);
    List<ConnectionDiff.Change> changes = ConnectionDiff.of(Connectivity.of(a.cluster()), Connectivity.of(b.cluster()));
    output.write(targets, (t, w) -> DiffWriter.write(t.format(), changes, w), ctx.out());
    return errors ? ExitCodes.USAGE : changes.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
