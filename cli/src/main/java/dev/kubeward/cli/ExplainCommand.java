package dev.kubeward.cli;

import dev.kubeward.netpol.analysis.Endpoint;
import dev.kubeward.netpol.analysis.Explainer;
import dev.kubeward.netpol.analysis.Explanation;
import dev.kubeward.netpol.analysis.PortQuery;
import dev.kubeward.netpol.ip.IpAddress;
import dev.kubeward.netpol.ip.IpRange;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.Workload;
import dev.kubeward.netpol.read.NetpolInput;
import dev.kubeward.report.ExplainWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kubeward netpol explain}: why one connection is allowed or denied. */
@Command(
    name = "explain",
    description = {
      "Explain whether a connection is allowed: the source's egress and the destination's ingress, each with the NetworkPolicies that isolate it and what every rule of theirs does, with the file and line of each.",
      "An end is a workload (NS/NAME, NS/NAME[Kind], or NAME when unique) or an address outside the cluster (an IPv4 or IPv6 address).",
      "Formats: txt (default), json. Exit codes: 0 allowed; 1 denied; 2 usage or input errors."
    })
final class ExplainCommand implements Callable<Integer> {

  @ParentCommand NetpolCommand parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or folders (folders recursively: *.yaml, *.yml, *.json); - for standard input. Default: the current directory.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--from", required = true, paramLabel = "SOURCE", description = "Where the connection starts: [NS/]NAME[[Kind]] or an IP address.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "DESTINATION", description = "Where it goes: [NS/]NAME[[Kind]] or an IP address.")
  String to;

  @Option(names = "--port", paramLabel = "PORT[/PROTOCOL]", description = "Ask about one port, e.g. 8080/TCP or 53/udp (TCP when no protocol is given).")
  String port;

  @Mixin OutputOptions output;

  @Mixin DebugOption debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    List<OutputOptions.Target> targets = output.targets(ExplainWriter.FORMATS);
    Optional<PortQuery> query = port == null ? Optional.empty() : Optional.of(PortQuery.parse(port).orElseThrow(
        () -> new CommandLine.ParameterException(spec.commandLine(), "--port " + port
            + ": write a port number from 1 to 65535 and optionally a protocol, e.g. 8080/TCP, 53/UDP or 9000/SCTP")));
    NetpolInput input = NetpolCommand.read(paths, spec);
    boolean errors = NetpolCommand.report(input, ctx);
    Endpoint source = endpoint(input.cluster(), from, "--from");
    Endpoint destination = endpoint(input.cluster(), to, "--to");
    Explanation e = new Explainer(input.cluster()).explain(source, destination, query);
    output.write(targets, (t, w) -> ExplainWriter.write(t.format(), e, w), ctx.out());
    if (errors) {
      return ExitCodes.USAGE;
    }
    return e.isAllowed() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private Endpoint endpoint(Cluster cluster, String text, String option) {
    Optional<IpAddress.Parsed> ip = IpAddress.parse(text);
    if (ip.isPresent()) {
      IpAddress a = ip.get().address();
      return new Endpoint.External(new IpRange(a, a));
    }
    List<Workload> found = Workloads.find(cluster, text, spec, option);
    if (found.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " " + text + " names "
          + found.size() + " workloads: " + String.join(", ", found.stream().map(Workload::display).toList())
          + "; write NS/NAME or NS/NAME[Kind]");
    }
    return new Endpoint.InCluster(found.get(0));
  }
}
