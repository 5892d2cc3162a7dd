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

  @Override
  public Integer call() {
    Context ctx = parent.context();
    var targets = output.targets(RuleCatalogWriter.FORMATS);
    Catalog catalog = ctx.catalog().get();
    output.write(targets, (t, w) -> RuleCatalogWriter.write(t.format(), catalog.rules(), w), ctx.out());
    return ExitCodes.OK;
  }
}
