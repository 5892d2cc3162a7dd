package dev.kubeward.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The catalogue's guard rails, for any module's rules: ids, slugs and metadata well formed. */
public final class CatalogAssertions {

  private CatalogAssertions() {}

  public static void wellFormed(Catalog catalog, List<Rule> rules) {
    assertThat(rules).as("a module registers checks").isNotEmpty();
    Set<Class<?>> classes = new HashSet<>();
    for (Rule r : rules) {
      String what = r.id() + " (" + r.check().getClass().getSimpleName() + ")";
      assertThat(classes.add(r.check().getClass())).as("%s registered once", what).isTrue();
      assertThat(r.id()).as("%s id", what).matches("KW-\\d{4}");
      assertThat(r.slug()).as("%s slug", what).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(r.summary()).as("%s summary", what).isNotBlank().doesNotEndWith(".").hasSizeLessThan(90);
      assertThat(Character.isUpperCase(r.summary().charAt(0))).as("%s summary starts with a capital", what).isTrue();
      assertThat(r.remediation()).as("%s remediation is a sentence", what).endsWith(".");
      assertThat(Character.isUpperCase(r.remediation().charAt(0))).as("%s remediation starts with a capital", what).isTrue();
      assertThat(catalog.find(r.id())).as("%s found by id", what).contains(r);
      assertThat(catalog.find(r.slug())).as("%s found by slug", what).contains(r);
      assertThat(r.references()).as("%s references resolve to known controls", what)
          .allMatch(dev.kubeward.core.check.Reference::resolves);
      assertThat(r.references()).as("%s references are not repeated", what).doesNotHaveDuplicates();
    }
  }

  /** The rules of the catalogue whose checks are in {@code packagePrefix} or below: one module's. */
  public static List<Rule> rulesIn(Catalog catalog, String packagePrefix) {
    return catalog.rules().stream().filter(r -> r.check().getClass().getPackageName().startsWith(packagePrefix)).toList();
  }

  /** A module's provider lists each check once, in id order. */
  public static void registeredInIdOrder(dev.kubeward.core.check.CheckProvider provider) {
    List<String> ids = provider.checks().stream().map(c -> Rule.of(c).id()).toList();
    assertThat(ids).isSortedAccordingTo(java.util.Comparator.naturalOrder()).doesNotHaveDuplicates();
  }

  /** Every rule has its side-car prose ({@code <slug>.md} beside its class) of so many lines. */
  public static void describedBySideCars(List<Rule> rules, long minLines, long maxLines) {
    for (Rule r : rules) {
      assertThat(r.description()).as("%s.md beside %s", r.slug(), r.check().getClass().getSimpleName())
          .hasValueSatisfying(d -> assertThat(d.lines().count()).isBetween(minLines, maxLines));
    }
  }

  /**
   * {@link #cisControlsExist} against kube-bench's CIS 1.10 definitions in ../shared/corpora beside
   * the project root; skipped, saying so, where they are absent.
   */
  public static void cisControlsExistBesideProject(List<Rule> rules) throws java.io.IOException {
    java.nio.file.Path corpus = java.nio.file.Path.of(System.getProperty("kubeward.projectRoot", ".."))
        .resolve("../shared/corpora/cis-kube-bench/cis-1.10");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(corpus),
        "skipped: the CIS definitions corpus (../shared/corpora/cis-kube-bench) is not beside this checkout");
    cisControlsExist(rules, corpus);
  }

  /**
   * Every CIS reference names a control of the benchmark definitions in {@code corpus}
   * (kube-bench's cfg folder for one version), so a typo in an id fails the build.
   */
  public static void cisControlsExist(List<Rule> rules, java.nio.file.Path corpus) throws java.io.IOException {
    Set<String> ids = new HashSet<>();
    try (var files = java.nio.file.Files.list(corpus)) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        var m = java.util.regex.Pattern.compile("(?m)^\\s*- id: \"?([0-9.]+)\"?\\s*$").matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          ids.add(m.group(1));
        }
      }
    }
    assertThat(ids).as("control ids read from %s", corpus).isNotEmpty();
    for (Rule r : rules) {
      for (var ref : r.references(dev.kubeward.core.check.Framework.CIS)) {
        assertThat(ids).as("%s references CIS %s", r.id(), ref.control()).contains(ref.control());
      }
    }
  }
}
