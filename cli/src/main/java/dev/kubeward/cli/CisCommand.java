package dev.kubeward.cli;

import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.benchmark.Benchmark;
import dev.kubeward.cis.benchmark.BenchmarkReport;
import dev.kubeward.cis.benchmark.CertificateAnalysis;
import dev.kubeward.cis.benchmark.Controls;
import dev.kubeward.cis.benchmark.ManifestInput;
import dev.kubeward.cis.node.NodeFiles;
import dev.kubeward.cis.node.NodeReader;
import dev.kubeward.cis.tls.CertificateReport;
import dev.kubeward.cis.tls.CertificateSource;
import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.config.ConfigLoader;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.core.yaml.YamlLoader;
import dev.kubeward.report.CisReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kubeward cis}: the CIS Kubernetes Benchmark's sections 1 to 4, control by control. */
@Command(
    name = "cis",
    mixinStandardHelpOptions = true,
    description = {
      "Judge the control plane and nodes against the CIS Kubernetes Benchmark 1.10, sections 1 to 4: PASS, FAIL, WARN or MANUAL per control, with totals.",
      "Reads static pod manifests, KubeletConfiguration and KubeProxyConfiguration files (PATH), and with --node the processes running on a node, the files they name and their permissions and owners.",
      "Formats: table (default), json. Exit codes: 0 no FAIL; 1 a control or a certificate fails; 2 input errors."
    })
final class CisCommand implements Callable<Integer> {

  @ParentCommand KubewardCommand parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Manifest files or folders (static pods such as /etc/kubernetes/manifests, KubeletConfiguration files); - for standard input. Default without --node and --certs: the current directory.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--node", description = "Inspect this node: running components (/proc/*/cmdline), the configuration files they name, and the permissions and owners of the benchmark's files.")
  boolean node;

  @Option(names = "--root", paramLabel = "DIR", description = "With --node: the node's file system root (default /), e.g. where a node's root is mounted (/host).")
  Path root;

  @Option(names = "--config-dir", paramLabel = "DIR", description = "With --node: the node's Kubernetes configuration folder, as a path on the node (default /etc/kubernetes).")
  String configDir;

  @Option(names = "--certs", paramLabel = "DIR", description = "Also judge every certificate (*.crt, *.pem) under DIR: expiry, key, signature.")
  Path certs;

  @Option(names = "--expiry-days", paramLabel = "N", description = "Report certificates that expire within N days (default 30).")
  Integer expiryDays;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "A .kubeward.yaml whose rules (disable, enableOnly) and check options (checks.<slug>: minimum, allowed, days, names) apply.")
  Path config;

  @Mixin OutputOptions output;

  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    if ((root != null || configDir != null) && !node) {
      throw usage("--root and --config-dir describe a node: add --node");
    }
    if (expiryDays != null && expiryDays < 0) {
      throw usage("--expiry-days " + expiryDays + ": give a number of days, 0 or more");
    }
    List<OutputOptions.Target> targets = output.targets(CisReportWriter.FORMATS);
    List<InputProblem> problems = new ArrayList<>();
    List<ComponentConfig> components = new ArrayList<>();
    List<String> args = paths.isEmpty() && !node && certs == null ? List.of(".") : paths;
    if (args.stream().filter("-"::equals).count() > 1) {
      throw usage("- (standard input) can be given only once");
    }
    if (!args.isEmpty()) {
      SourceWalker.Walk walk = new SourceWalker(Path.of("").toAbsolutePath(), name -> false).walk(args);
      problems.addAll(walk.problems());
      ManifestInput read = ManifestInput.read(walk.files());
      problems.addAll(read.problems());
      components.addAll(read.components());
    }
    Optional<NodeFiles> nodeFiles = Optional.empty();
    if (node) {
      Path r = root == null ? Path.of("/") : root;
      if (!Files.isDirectory(r)) {
        throw usage("--root " + r + ": no such folder");
      }
      NodeFiles nf = new NodeFiles(r.toAbsolutePath(), configDir == null ? NodeFiles.CONFIG_DIR : configDir);
      NodeReader.Read read = new NodeReader(nf).read();
      problems.addAll(read.problems());
      components.addAll(read.components());
      nodeFiles = Optional.of(nf);
    }
    Catalog catalog = ctx.catalog().get();
    Config cfg = config == null ? Config.EMPTY : new ConfigLoader(catalog).load(config);
    List<Rule> rules = catalog.rules().stream().filter(r -> cfg.runs(r.id())).toList();
    Function<Rule, CheckOptions> options = r -> r.slug().equals("certificate-expiring") && expiryDays != null
        ? new CheckOptions(Optional.of(days(expiryDays)))
        : new CheckOptions(Optional.ofNullable(cfg.checkOptions().get(r.id())));
    List<CertificateSource> sources = new ArrayList<>();
    nodeFiles.ifPresent(nf -> sources.addAll(CertificateAnalysis.named(components, nf)));
    if (certs != null) {
      sources.addAll(CertificateAnalysis.under(certs, problems));
    }
    CertificateReport certificates = new CertificateAnalysis(rules, options)
        .run(sources, ctx.today().atStartOfDay().toInstant(ZoneOffset.UTC), problems);
    if (components.isEmpty() && certificates.entries().isEmpty()) {
      problems.add(InputProblem.error(node ? "--node" : String.join(" ", args),
          "no control-plane or node component found (static pods of kube-apiserver, kube-controller-manager, kube-scheduler, "
              + "etcd or kube-proxy, KubeletConfiguration or KubeProxyConfiguration files, running processes with --node, "
              + "or certificates with --certs): nothing was judged"));
    }
    BenchmarkReport report = new Benchmark(Controls.cis110(), rules, options)
        .run(new Inventory(components, nodeFiles), node, problems);
    output.write(targets, (t, w) -> CisReportWriter.write(t.format(), report, certificates,
        output.colorFor(t, ctx.terminal()), w), ctx.out());
    if (targets.stream().noneMatch(t -> t.toStdout() && t.format().equals("table"))) {
      report.problems().forEach(p -> ctx.err().println(p.describe()));
    }
    if (report.hasErrors()) {
      return ExitCodes.USAGE;
    }
    return report.failed() || certificates.findings() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static Field days(int n) {
    return Field.root(YamlLoader.plain().load("days: " + n, "--expiry-days").get(0).root().orElseThrow());
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
