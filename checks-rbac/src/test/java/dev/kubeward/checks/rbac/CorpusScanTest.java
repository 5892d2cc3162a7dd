package dev.kubeward.checks.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.core.testing.CatalogAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The RBAC rules over real input, every finding reviewed: the API server's own bootstrap policy
 * and real applications' manifests (../shared/corpora, skipped when absent).
 */
class CorpusScanTest {

  private static final Path CORPORA =
      Path.of(System.getProperty("kubeward.projectRoot", "..")).resolve("../shared/corpora").normalize();

  /**
   * The default ClusterRoles and ClusterRoleBindings of a cluster (plus one OpenShift binding).
   * They grant powerful things by design, and the API server reconciles them at every start, so
   * their own rules and bindings are not findings:
   *
   * <ul>
   *   <li>cluster-admin bound to system:masters: the break-glass group CIS 5.1.1 allows;
   *   <li>admin, edit and view (secrets, pods/exec, impersonate serviceaccounts...) are bound to
   *       nobody by default: a binding of the input that grants them is reported where it is;
   *   <li>system:node reads Secrets and system:kube-controller-manager issues tokens: control-plane
   *       identities, bound by the defaults to the components that need it;
   *   <li>system:authenticated and system:unauthenticated hold discovery, self-reviews and the
   *       public info: the discovery baseline the broad-subject rules measure against;
   *   <li>the unbound default roles are meant to be bound by users: not unused.
   * </ul>
   *
   * One finding is true: the OpenShift binding system:openshift:public-info-viewer refers to a
   * ClusterRole this input does not have, and names system:authenticated and
   * system:unauthenticated, so whoever creates a ClusterRole of that name opens it to everyone.
   */
  @Test
  void bootstrapPolicyGivesOnlyTheDanglingOpenShiftBinding() throws IOException {
    Path corpus = corpus("rbac/bootstrap-policy");
    assertThat(scan(corpus)).containsExactly(
        "KW-0236 ClusterRoleBinding system:openshift:public-info-viewer cluster-role-bindings.openshift-fork.yaml:154");
  }

  /**
   * argo-cd, istio's samples and Google's microservices demo, every finding reviewed: the
   * expected file says why each is true. Objects defined in several files (argo-cd's alternative
   * install manifests) are judged as applied in order: the last definition is the one a cluster
   * would have.
   */
  @Test
  void realWorldManifestsGiveTheReviewedFindings() throws IOException {
    Path corpus = corpus("realworld");
    List<String> expected = Files.readAllLines(Path.of("src/test/resources/corpus/realworld-rbac-findings.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertThat(scan(corpus)).containsExactlyElementsOf(expected);
  }

  private static Path corpus(String sub) {
    Path p = CORPORA.resolve(sub);
    Assumptions.assumeTrue(Files.isDirectory(p), "skipped: the corpus " + sub + " (../shared/corpora) is not beside this checkout");
    return p;
  }

  /** {@code KW-0236 ClusterRoleBinding name file:line} for every finding of the RBAC rules. */
  private static List<String> scan(Path corpus) {
    Catalog catalog = Catalog.load();
    List<String> mine = CatalogAssertions.rulesIn(catalog, RbacChecks.class.getPackageName()).stream().map(Rule::id).toList();
    Config config = new Config(List.of(), mine, Map.of(), List.of(), List.of(), Map.of(), Optional.empty(), Optional.empty());
    Engine engine = new Engine(catalog, new Engine.Options(config, false, Set.of(), LocalDate.of(2026, 1, 1), 2));
    var walk = new SourceWalker(corpus, name -> false).walk(List.of(corpus.toString()));
    ScanResult result = engine.scan(walk.files(), (d, t) -> {});
    // realworld has a Helm template and a JSON data file among its manifests: their errors are the engine's business.
    assertThat(result.problems().stream().filter(p -> p.error() && p.file().startsWith("cluster-role"))).as("input errors").isEmpty();
    return result.findings().stream().map(ReportedFinding::finding)
        .map(f -> f.rule().id() + " " + f.resource().kind() + " " + f.resource().name() + " " + where(f)).toList();
  }

  private static String where(Finding f) {
    return f.location().file() + ":" + f.location().line();
  }
}
