package dev.kubeward.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form layers: yaml and source at the bottom, the resource model on them,
 * the Kubernetes views on the model, checks and configuration above, the engine on top; and the
 * core knows nothing of the modules built on it.
 */
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.kubeward.core");
  }

  private static final List<String> PACKAGES = List.of(
      "dev.kubeward.core", "dev.kubeward.core.yaml..", "dev.kubeward.core.source..", "dev.kubeward.core.model..",
      "dev.kubeward.core.k8s..", "dev.kubeward.core.check..", "dev.kubeward.core.finding..",
      "dev.kubeward.core.config..", "dev.kubeward.core.engine..");

  /** The core's packages but {@code allowed}. */
  private static String[] others(String... allowed) {
    List<String> rest = new ArrayList<>(PACKAGES);
    rest.removeAll(List.of(allowed));
    return rest.toArray(String[]::new);
  }

  @Test
  void theCoreDependsOnNoModuleAboveIt() {
    noClasses().that().resideInAPackage("dev.kubeward.core..")
        .should().dependOnClassesThat(DescribedPredicate.describe("are in kubeward outside core",
            c -> c.getPackageName().startsWith("dev.kubeward.") && !c.getPackageName().startsWith("dev.kubeward.core")))
        .because("core is the bottom of the module graph")
        .check(core);
  }

  @Test
  void yamlDependsOnNoOtherKubewardPackage() {
    noClasses().that().resideInAPackage("dev.kubeward.core.yaml..")
        .should().dependOnClassesThat().resideInAnyPackage(others("dev.kubeward.core.yaml.."))
        .check(core);
  }

  @Test
  void sourceDependsOnNoOtherKubewardPackage() {
    noClasses().that().resideInAPackage("dev.kubeward.core.source..")
        .should().dependOnClassesThat().resideInAnyPackage(others("dev.kubeward.core.source.."))
        .check(core);
  }

  @Test
  void theModelDependsOnlyOnYamlAndSource() {
    noClasses().that().resideInAPackage("dev.kubeward.core.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            others("dev.kubeward.core.model..", "dev.kubeward.core.yaml..", "dev.kubeward.core.source.."))
        .check(core);
  }

  @Test
  void kubernetesViewsDependOnlyOnTheModelAndBelow() {
    noClasses().that().resideInAPackage("dev.kubeward.core.k8s..")
        .should().dependOnClassesThat().resideInAnyPackage(others(
            "dev.kubeward.core.k8s..", "dev.kubeward.core.model..", "dev.kubeward.core.yaml..",
            "dev.kubeward.core.source.."))
        .check(core);
  }

  @Test
  void nothingButTheEngineDependsOnTheEngine() {
    noClasses().that().resideOutsideOfPackage("dev.kubeward.core.engine..")
        .should().dependOnClassesThat().resideInAPackage("dev.kubeward.core.engine..")
        .check(core);
  }

  @Test
  void thePackagesHaveNoCycles() {
    slices().matching("dev.kubeward.core.(*)..").should().beFreeOfCycles().check(core);
  }
}
