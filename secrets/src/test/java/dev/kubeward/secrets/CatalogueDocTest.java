package dev.kubeward.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/secrets.md's catalogue table is generated from {@link Catalogue}, so it cannot drift: this
 * test fails when the table in the file differs, and rewrites it when run with
 * {@code -Dkubeward.updateGolden=true}.
 */
class CatalogueDocTest {

  private static final String START = "<!-- catalogue:start -->";
  private static final String END = "<!-- catalogue:end -->";

  @Test
  void docsTableMatchesTheCatalogue() throws IOException {
    Path doc = Path.of(System.getProperty("kubeward.projectRoot", "..")).resolve("docs/secrets.md");
    String text = Files.readString(doc);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    assertThat(start).as("%s in %s", START, doc).isNotNegative();
    assertThat(end).as("%s in %s", END, doc).isGreaterThan(start);
    String expected = START + "\n" + table() + END;
    String actual = text.substring(start, end + END.length());
    if (!actual.equals(expected) && Boolean.getBoolean("kubeward.updateGolden")) {
      Files.writeString(doc, text.substring(0, start) + expected + text.substring(end + END.length()));
      return;
    }
    assertThat(actual).as("docs/secrets.md catalogue; rewrite it with -Dkubeward.updateGolden=true").isEqualTo(expected);
  }

  @Test
  void idsAreUniqueAndKebabCase() {
    Set<String> ids = new HashSet<>();
    for (SecretPattern p : Catalogue.patterns()) {
      assertThat(p.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(ids.add(p.id())).as("%s listed once", p.id()).isTrue();
      assertThat(p.label()).matches("(a|an) .+");
    }
    assertThat(ids).as("at least 40 credential patterns").hasSizeGreaterThanOrEqualTo(40);
  }

  static String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%d patterns. *Shape*: recognised by the value alone, wherever it is; *name*: recognised when a "
        + "name (variable, key, flag) says what the value is.%n%n", Catalogue.patterns().size()));
    sb.append("| id | credential | recognised by | prefilter keywords |\n|---|---|---|---|\n");
    SecretPattern.Family family = null;
    for (SecretPattern p : Catalogue.patterns()) {
      if (p.family() != family) {
        family = p.family();
        sb.append("| **").append(family.title()).append("** | | | |\n");
      }
      String by = p.token().isPresent() && p.named().isPresent() ? "shape or name" : p.needsName() ? "name" : "shape";
      String kw = p.keywords().isEmpty() ? (p.needsName() ? "" : "(none: runs on every value)")
          : "`" + String.join("`, `", p.keywords()).replace("|", "\\|") + "`";
      sb.append("| `").append(p.id()).append("` | ").append(p.name()).append(" | ").append(by).append(" | ")
          .append(kw).append(" |\n");
    }
    return sb.toString();
  }
}
