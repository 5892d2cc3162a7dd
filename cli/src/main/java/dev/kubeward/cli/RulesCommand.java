package dev.kubeward.cli;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.report.RuleCatalogWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kubeward rules}: the catalogue of checks with their metadata. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {"List every rule with its id, slug, severity, category and summary.", "Formats: table (default), json, markdown."})
final class RulesCommand implements Callable<Integer> {

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Catalog catalog = Catalog.load();
    var targets = output.targets(RuleCatalogWriter.FORMATS);
    output.write(targets, (t, w) -> RuleCatalogWriter.write(t.format(), catalog.rules(), w), System.out);
    return ExitCodes.OK;
  }
}
