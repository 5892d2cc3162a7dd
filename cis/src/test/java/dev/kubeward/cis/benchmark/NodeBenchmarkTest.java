package dev.kubeward.cis.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.checks.NodeFileCheck;
import dev.kubeward.cis.node.NodeFiles;
import dev.kubeward.cis.node.NodeReader;
import dev.kubeward.cis.testing.KubeadmNode;
import dev.kubeward.cis.testing.NodeLayout;
import dev.kubeward.cis.testing.TestCertificates;
import dev.kubeward.cis.tls.CertificateReport;
import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kubeward cis --node} on kubeadm control-plane nodes laid out in a folder: the processes
 * and the files they name, with tight and loose permissions, certificates made at test time.
 * These are the node-only checks' fixtures: each must pass on the tight node and fail on the loose
 * one.
 */
class NodeBenchmarkTest {

  static final Instant TODAY = Instant.parse("2026-06-01T00:00:00Z");

  @TempDir Path dir;

  record Run(BenchmarkReport report, CertificateReport certificates) {

    ControlResult.Status status(String id) {
      return report.results().stream().filter(r -> r.id().equals(id)).findFirst()
          .or(() -> report.extras().stream().filter(r -> r.id().equals(id)).findFirst())
          .orElseThrow().status();
    }

    List<String> messages(String id) {
      return report.results().stream().filter(r -> r.id().equals(id)).findFirst()
          .or(() -> report.extras().stream().filter(r -> r.id().equals(id)).findFirst())
          .orElseThrow().details().stream().map(ControlResult.Detail::message).toList();
    }
  }

  static Run run(Path root) {
    NodeFiles node = new NodeFiles(root, NodeFiles.CONFIG_DIR);
    NodeReader.Read read = new NodeReader(node).read();
    List<Rule> rules = Catalog.load().rules();
    List<dev.kubeward.core.source.InputProblem> problems = new ArrayList<>(read.problems());
    CertificateReport certs = new CertificateAnalysis(rules, r -> CheckOptions.NONE)
        .run(CertificateAnalysis.named(read.components(), node), TODAY, problems);
    BenchmarkReport report = new Benchmark(Controls.cis110(), rules, r -> CheckOptions.NONE)
        .run(new Inventory(read.components(), Optional.of(node)), true, problems);
    return new Run(report, certs);
  }

  @Test
  void theProcessesAreWhatIsJudged() {
    KubeadmNode.build(dir, "hardened", KubeadmNode.Permissions.TIGHT, TODAY);
    Run r = run(dir);
    assertThat(r.report().components()).containsExactly(
        "kubelet: process 812 (/usr/bin/kubelet)",
        "kube-proxy: process 1404 (/usr/local/bin/kube-proxy)",
        "kube-apiserver: process 2101 (kube-apiserver)",
        "kube-controller-manager: process 2102 (kube-controller-manager)",
        "kube-scheduler: process 2103 (kube-scheduler)",
        "etcd: process 2104 (etcd)");
    assertThat(r.report().problems()).isEmpty();
  }

  @Test
  void aHardenedNodeWithTightFilesPassesEveryAutomatedControl() {
    Assumptions.assumeTrue(NodeLayout.canChown(), "skipped: owners can only be set when the tests run as root");
    KubeadmNode.build(dir, "hardened", KubeadmNode.Permissions.TIGHT, TODAY);
    Run r = run(dir);
    Map<ControlResult.Status, List<String>> byStatus = r.report().results().stream()
        .collect(Collectors.groupingBy(ControlResult::status, Collectors.mapping(ControlResult::id, Collectors.toList())));
    assertThat(byStatus.get(ControlResult.Status.FAIL)).as("failed controls").isNull();
    assertThat(byStatus.get(ControlResult.Status.WARN)).as("warned controls").isNull();
    assertThat(byStatus.get(ControlResult.Status.SKIP)).as("skipped controls").isNull();
    assertThat(r.report().extras()).allSatisfy(e -> assertThat(e.status()).as(e.id()).isEqualTo(ControlResult.Status.PASS));
    assertThat(r.certificates().entries()).hasSize(7).allSatisfy(e -> assertThat(e.findings()).as(e.file()).isEmpty());
  }

  @Test
  void looseFilesFailTheirControls() {
    KubeadmNode.build(dir, "hardened", KubeadmNode.Permissions.LOOSE, TODAY);
    Run r = run(dir);
    for (String id : List.of("1.1.1", "1.1.3", "1.1.5", "1.1.7", "1.1.11", "1.1.13", "1.1.15", "1.1.17", "4.1.1", "4.1.5", "4.1.9")) {
      assertThat(r.status(id)).as(id).isEqualTo(ControlResult.Status.FAIL);
    }
    for (String id : List.of("1.1.9", "1.1.20", "1.1.21", "4.1.3", "4.1.7")) {
      assertThat(r.status(id)).as("%s is scored manually", id).isEqualTo(ControlResult.Status.WARN);
    }
    assertThat(r.messages("1.1.1")).contains("the API server's static pod manifest /etc/kubernetes/manifests/kube-apiserver.yaml has permissions 644, wider than 600");
    assertThat(r.messages("1.1.11")).contains("the etcd data directory /var/lib/etcd has permissions 755, wider than 700");
    if (NodeLayout.canChown()) {
      for (String id : List.of("1.1.6", "1.1.12", "1.1.14", "1.1.19", "4.1.2", "4.1.10")) {
        assertThat(r.status(id)).as(id).isEqualTo(ControlResult.Status.FAIL);
      }
      assertThat(r.status("1.1.10")).isEqualTo(ControlResult.Status.WARN);
      assertThat(r.status("4.1.8")).isEqualTo(ControlResult.Status.WARN);
      assertThat(r.messages("1.1.14")).contains("the administrator's kubeconfig /etc/kubernetes/admin.conf is owned by kube:kube, not root:root");
      assertThat(r.messages("1.1.12")).contains("the etcd data directory /var/lib/etcd is owned by root:root, not etcd:etcd");
    }
  }

  /** Every node-only check passes somewhere above and fails somewhere: its fixtures. */
  @Test
  void everyNodeCheckPassesOnTheTightNodeAndFailsOnTheLooseOne() throws Exception {
    Assumptions.assumeTrue(NodeLayout.canChown(), "skipped: owners can only be set when the tests run as root");
    Path tight = Files.createDirectories(dir.resolve("tight"));
    Path loose = Files.createDirectories(dir.resolve("loose"));
    KubeadmNode.build(tight, "hardened", KubeadmNode.Permissions.TIGHT, TODAY);
    KubeadmNode.Pki pki = new KubeadmNode.Pki(TODAY);
    TestCertificates.Issued stray = TestCertificates.ca("stray-ca", TODAY.minusSeconds(86400), TODAY.plusSeconds(86400 * 365));
    pki.with("/etc/kubernetes/pki/apiserver.crt", TestCertificates.issue(pki.ca(), "kube-apiserver", TestCertificates.rsa(2048),
        TODAY.minusSeconds(86400), TODAY.plusSeconds(86400 * 365), List.of("kubernetes", "192.168.10.11"), "SHA256withRSA").pem());
    pki.with("/etc/kubernetes/pki/apiserver-etcd-client.crt", TestCertificates.issue(stray, "kube-apiserver-etcd-client",
        TestCertificates.rsa(2048), TODAY.minusSeconds(86400), TODAY.plusSeconds(86400 * 365), List.of(), "SHA256withRSA").pem());
    KubeadmNode.build(loose, "hardened", KubeadmNode.Permissions.LOOSE, TODAY, pki);
    Run good = run(tight);
    Run bad = run(loose);
    for (Rule rule : Catalog.load().rules()) {
      if (!(rule.check() instanceof NodeFileCheck)) {
        continue;
      }
      Set<String> controls = rule.references().stream()
          .filter(ref -> ref.framework() == dev.kubeward.core.check.Framework.CIS).map(ref -> ref.control())
          .collect(Collectors.toSet());
      if (controls.isEmpty()) {
        controls = Set.of(rule.id());
      }
      assertThat(controls).as("%s passes on the tight node", rule.id())
          .anyMatch(id -> good.status(id) == ControlResult.Status.PASS);
      assertThat(controls).as("%s fails on the loose node", rule.id())
          .anyMatch(id -> bad.status(id) == ControlResult.Status.FAIL || bad.status(id) == ControlResult.Status.WARN);
    }
    assertThat(bad.messages("KW-0475")).anyMatch(m -> m.contains("does not name kubernetes.default, kubernetes.default.svc, "
        + "kubernetes.default.svc.cluster.local, 10.96.0.1"));
    assertThat(bad.messages("KW-0476")).anyMatch(m -> m.startsWith(
        "the API server's certificate /etc/kubernetes/pki/apiserver-etcd-client.crt (--etcd-certfile) is issued by CN=stray-ca"));
  }

  @Test
  void certificatesNearExpiryAreFindings() {
    KubeadmNode.Pki pki = new KubeadmNode.Pki(TODAY);
    pki.with("/etc/kubernetes/pki/apiserver-kubelet-client.crt", TestCertificates.issue(pki.ca(), "kube-apiserver-kubelet-client",
        TestCertificates.rsa(2048), TODAY.minusSeconds(86400 * 300), TODAY.plusSeconds(86400 * 12), List.of(), "SHA256withRSA").pem());
    pki.with("/etc/kubernetes/pki/etcd/peer.crt", TestCertificates.issue(pki.etcdCa(), "cp-1",
        TestCertificates.rsa(1024), TODAY.minusSeconds(86400), TODAY.plusSeconds(86400 * 365), List.of("cp-1"), "SHA256withRSA").pem());
    try {
      KubeadmNode.build(dir, "hardened", KubeadmNode.Permissions.TIGHT, TODAY, pki);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Run r = run(dir);
    assertThat(r.certificates().entries()).filteredOn(e -> !e.findings().isEmpty())
        .extracting(e -> e.file() + ": " + e.findings().get(0).message())
        .containsExactlyInAnyOrder(
            "/etc/kubernetes/pki/apiserver-kubelet-client.crt: certificate kube-apiserver-kubelet-client expires on 2026-06-13, in 12 days (less than 30): renew it before connections start failing",
            "/etc/kubernetes/pki/etcd/peer.crt: certificate cp-1 has a 1024-bit RSA key: below 2048 bits it can be factored with affordable computing, and then anyone can impersonate its owner");
    assertThat(r.certificates().entries()).filteredOn(e -> e.file().endsWith("apiserver-kubelet-client.crt"))
        .singleElement().satisfies(e -> {
          assertThat(e.daysLeft()).isEqualTo(12);
          assertThat(e.usedBy()).containsExactly("kube-apiserver kubelet-client-certificate");
        });
  }
}
