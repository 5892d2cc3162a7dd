package dev.kubeward.cli;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.report.RuleCatalogWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code kubeward rules}: the catalogue of checks with their metadata. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {"List every rule with its id, slug, severity, category and summary.", "Formats: table (default), json, markdown."})
final class RulesCommand implements Callable<Integer> {

  @ParentCommand KubewardCommand parent;

  @Mixin OutputOptions output;

  @picocli.CommandLine.Parameters(paramLabel = "RULE", arity = "0..*",
      description = "Show only these rules (ids or slugs); one rule in the table format is shown in full: "
          + "what the risk is, the fix and the framework controls.")
  java.util.List<String> names = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    Context ctx = parent.context();
    var targets = output.targets(RuleCatalogWriter.FORMATS);
    Catalog catalog = ctx.catalog().get();
    java.util.List<dev.kubeward.core.check.Rule> rules = catalog.rules();
    if (!names.isEmpty()) {
      rules = names.stream().map(n -> catalog.find(n).orElseThrow(() -> new picocli.CommandLine.ParameterException(
          parent.spec.commandLine(), "no rule has the id or slug \"" + n + "\"; `kubeward rules` lists them"))).distinct().toList();
    }
    java.util.List<dev.kubeward.core.check.Rule> shown = rules;
    output.write(targets, (t, w) -> {
      if (t.format().equals("table") && shown.size() == 1) {
        RuleCatalogWriter.write("markdown-rule", shown, w);
      } else {
        RuleCatalogWriter.write(t.format(), shown, w);
      }
    }, ctx.out());
    return ExitCodes.OK;
  }
}
