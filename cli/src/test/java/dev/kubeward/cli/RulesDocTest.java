package dev.kubeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.report.RuleCatalogWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the checks' metadata; this fails when it is stale. Rewrite it
 * with {@code ./kubeward rules --format markdown > docs/rules.md} or
 * {@code ./test -Dkubeward.updateGolden=true}.
 */
class RulesDocTest {

  @Test
  void rulesReferenceIsCurrent() throws Exception {
    StringWriter out = new StringWriter();
    RuleCatalogWriter.write("markdown", Catalog.load().rules(), out);
    Path doc = Path.of(System.getProperty("kubeward.projectRoot", "..")).resolve("docs/rules.md");
    if (Boolean.getBoolean("kubeward.updateGolden")) {
      Files.writeString(doc, out.toString(), StandardCharsets.UTF_8);
    }
    assertThat(doc).as("docs/rules.md exists").exists();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: run ./kubeward rules --format markdown > docs/rules.md")
        .isEqualTo(out.toString());
  }
}
