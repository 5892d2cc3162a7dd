package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kubeward.cis.testing.KubeadmNode;
import dev.kubeward.cis.testing.TestCertificates;
import dev.kubeward.cli.Cli.Result;
import dev.kubeward.core.check.Catalog;
import dev.kubeward.report.testing.Golden;
import dev.kubeward.report.testing.Schemas;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kubeward cis}: the benchmark report of manifests, of a node laid out in a folder
 * ({@code --node --root}), of certificates ({@code --certs}); its formats, exit codes and errors.
 */
class CisCommandTest {

  private static final Path EXPECTED = Path.of("src/test/resources/golden/expected");
  private static final Path KUBEADM = Path.of("../cis/src/test/resources/control-plane/kubeadm-default");
  private static final Path HARDENED = Path.of("../cis/src/test/resources/control-plane/hardened");
  private static final Instant TODAY = Cli.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);

  @TempDir Path dir;

  private static Cli all() {
    return cli().catalog(Catalog.load());
  }

  @Test
  void kubeadmDefaultsFailWithOneLinePerControl() {
    Result r = all().run("cis", KUBEADM);
    assertThat(r.exit()).isEqualTo(1);
    Golden.assertMatches(EXPECTED.resolve("cis-kubeadm.txt"), r.out());
  }

  @Test
  void jsonIsTheDocumentedContract() throws Exception {
    Result r = all().run("cis", "--format", "json", KUBEADM);
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(Schemas.cisReport().validate(json)).isEmpty();
    assertThat(json.at("/totals/FAIL").asInt()).isEqualTo(9);
    assertThat(json.at("/sections/1/id").asText()).isEqualTo("1.2");
    assertThat(json.at("/sections/1/controls/14/id").asText()).isEqualTo("1.2.15");
    assertThat(json.at("/sections/1/controls/14/details/0/location").asText())
        .isEqualTo("../cis/src/test/resources/control-plane/kubeadm-default/manifests/kube-apiserver.yaml:11:5");
    Golden.assertMatches(EXPECTED.resolve("cis-kubeadm.json"), r.out());
  }

  @Test
  void aHardenedControlPlanePasses() {
    Result r = all().run("cis", HARDENED);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).endsWith("60 PASS, 0 FAIL, 0 WARN, 6 MANUAL, 34 SKIP. PASS\n")
        .contains("[SKIP  ] 1.1.1   API server static pod manifest: permissions 600 or stricter (needs --node)");
  }

  @Test
  void aNodeIsReadFromItsProcessesAndFiles() throws Exception {
    KubeadmNode.build(dir, "kubeadm-default", KubeadmNode.Permissions.LOOSE, TODAY);
    Result r = all().run("cis", "--node", "--root", dir, "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(Schemas.cisReport().validate(json)).isEmpty();
    assertThat(json.at("/node").asBoolean()).isTrue();
    assertThat(json.at("/components/0").asText()).isEqualTo("kubelet: process 812 (/usr/bin/kubelet)");
    assertThat(json.at("/sections/0/controls/0/status").asText()).isEqualTo("FAIL");
    assertThat(json.at("/sections/0/controls/0/details/0/location").asText()).isEqualTo("/etc/kubernetes/manifests/kube-apiserver.yaml");
    assertThat(json.at("/certificates")).hasSize(9);
    assertThat(json.at("/certificates/0/daysLeft").asInt()).isEqualTo(3650);
  }

  @Test
  void aNodeReportReadsAsAPersonWouldReadIt() {
    org.junit.jupiter.api.Assumptions.assumeTrue(dev.kubeward.cis.testing.NodeLayout.canChown(),
        "skipped: the node's owners can only be set when the tests run as root");
    KubeadmNode.build(dir, "kubeadm-default", KubeadmNode.Permissions.LOOSE, TODAY);
    Result r = all().run("cis", "--node", "--root", dir);
    assertThat(r.exit()).isEqualTo(1);
    Golden.assertMatches(EXPECTED.resolve("cis-node.txt"), r.out());
  }

  @Test
  void theConfigurationFolderCanBeElsewhereOnTheNode() throws Exception {
    KubeadmNode.build(dir, "hardened", KubeadmNode.Permissions.LOOSE, TODAY);
    try (var s = java.nio.file.Files.walk(dir.resolve("proc"))) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    java.nio.file.Files.createDirectories(dir.resolve("srv"));
    java.nio.file.Files.move(dir.resolve("etc/kubernetes"), dir.resolve("srv/k8s"));
    Result r = all().run("cis", "--node", "--root", dir, "--config-dir", "/srv/k8s", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/components")).extracting(JsonNode::asText).contains(
        "kube-apiserver: /srv/k8s/manifests/kube-apiserver.yaml (Pod/kube-system/kube-apiserver)",
        "kubelet: /var/lib/kubelet/config.yaml");
    assertThat(json.at("/sections/0/controls/12/id").asText()).isEqualTo("1.1.13");
    assertThat(json.at("/sections/0/controls/12/details/0/message").asText())
        .isEqualTo("the administrator's kubeconfig /srv/k8s/admin.conf has permissions 644, wider than 600");
  }

  @Test
  void certificatesUnderAFolderAreJudged() {
    Instant from = TODAY.minusSeconds(86400 * 10);
    TestCertificates.Issued ca = TestCertificates.ca("shop-ca", from, TODAY.plusSeconds(86400 * 3650));
    write(dir.resolve("ca.crt"), ca.pem());
    write(dir.resolve("web.crt"), TestCertificates.issue(ca, "web.shop.example", TestCertificates.rsa(2048), from,
        TODAY.plusSeconds(86400 * 20), List.of("web.shop.example"), "SHA256withRSA").pem());
    Result r = all().run("cis", "--certs", dir);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("web.crt  CN=web.shop.example, RSA 2048, SHA256withRSA, 20 days left")
        .contains("certificate web.shop.example expires on 2026-06-21, in 20 days (less than 30)")
        .endsWith("2 certificates, 1 finding. FAIL\n");
    assertThat(all().run("cis", "--certs", dir, "--expiry-days", "14").exit()).isZero();
  }

  @Test
  void aCertificateNotSignedByTheCaItNamesIsFound() {
    Instant from = TODAY.minusSeconds(86400);
    TestCertificates.Issued ca = TestCertificates.ca("shop-ca", from, TODAY.plusSeconds(86400 * 3650));
    TestCertificates.Issued impostor = TestCertificates.ca("shop-ca", from, TODAY.plusSeconds(86400 * 3650));
    write(dir.resolve("ca.crt"), ca.pem());
    write(dir.resolve("good.crt"), TestCertificates.issue(ca, "good", TestCertificates.rsa(2048), from,
        TODAY.plusSeconds(86400 * 365), List.of(), "SHA256withRSA").pem());
    write(dir.resolve("forged.crt"), TestCertificates.issue(impostor, "forged", TestCertificates.rsa(2048), from,
        TODAY.plusSeconds(86400 * 365), List.of(), "SHA256withRSA").pem());
    Result r = all().run("cis", "--certs", dir, "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("certificate forged names CN=shop-ca as its issuer, but the signature does not verify")
        .doesNotContain("certificate good names");
  }

  @Test
  void theConfigurationSetsThresholdsAndDisablesRules() {
    Path cfg = write(dir.resolve("kubeward.yaml"), """
        rules:
          disable: [KW-0414]
        checks:
          audit-log-max-age-low: {minimum: 90}
        """);
    Result r = all().run("cis", "-c", cfg, HARDENED);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("has --audit-log-maxage=30, below 90")
        .contains("[MANUAL] 1.2.15  Profiling is off (--profiling=false)");
  }

  @Test
  void nothingToJudgeIsAnInputError() {
    write(dir.resolve("app.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\n");
    Result r = all().run("cis", dir);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("error: no control-plane or node component found");
  }

  @Test
  void nodeOptionsNeedNode() {
    Result r = all().run("cis", "--root", dir);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--root and --config-dir describe a node: add --node");
  }

  @Test
  void scanReportsTheSameChecksAtTheFlagsLines() {
    Result r = all().run("scan", "--format", "json", "--fail-on", "critical", KUBEADM.resolve("manifests/kube-scheduler.yaml"));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"ruleId\" : \"KW-0414\"")
        .contains("\"line\" : 11");
  }
}
