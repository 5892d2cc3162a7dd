package dev.kubeward.checks.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.CatalogAssertions;
import dev.kubeward.core.testing.FixtureSuite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encryption keys in a configuration are reported by name and length, never by value, by any rule. */
class KeyRedactionTest {

  private static final List<String> KEYS = List.of(
      "YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY=", "c2VjcmV0IGlzIHNlY3VyZQ==", "MTIzNDU2Nzg5MDEy");

  @Test
  void noFindingCarriesAKeyValue() {
    Catalog catalog = Catalog.load();
    int findings = 0;
    for (Rule rule : CatalogAssertions.rulesIn(catalog, DataChecks.class.getPackageName())) {
      for (String fixture : List.of("encryption-key-in-configuration/fail-keys-committed.yaml",
          "invalid-encryption-configuration/fail-refused.yaml")) {
        var result = FixtureSuite.scanWithOnly(catalog, rule, Path.of("src/test/resources/fixtures", fixture));
        for (var f : result.findings()) {
          findings++;
          String rendered = f.finding().message() + " " + f.finding().path() + " " + f.finding().resource();
          KEYS.forEach(k -> assertThat(rendered).as("finding of %s", rule.id()).doesNotContain(k).doesNotContain(k.replace("=", "")));
        }
      }
    }
    assertThat(findings).as("the fixtures give findings to inspect").isGreaterThan(3);
  }
}
