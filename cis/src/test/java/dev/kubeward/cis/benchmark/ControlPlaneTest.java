package dev.kubeward.cis.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.testing.KubeadmNode;
import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole control planes as manifests (static pods, KubeletConfiguration, KubeProxyConfiguration):
 * a CIS-hardened one passes every control it can be judged on; kubeadm's defaults fail exactly the
 * controls kubeadm leaves open.
 */
class ControlPlaneTest {

  @TempDir Path dir;

  static BenchmarkReport run(Path folder) throws IOException {
    List<SourceFile> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> SourceFile.of(p, folder)).toList();
    }
    ManifestInput read = ManifestInput.read(files);
    assertThat(read.problems()).isEmpty();
    return new Benchmark(Controls.cis110(), Catalog.load().rules(), r -> CheckOptions.NONE)
        .run(new Inventory(read.components(), Optional.empty()), false, read.problems());
  }

  static List<String> with(BenchmarkReport r, ControlResult.Status status) {
    return Stream.concat(r.results().stream(), r.extras().stream()).filter(c -> c.status() == status).map(ControlResult::id).toList();
  }

  @Test
  void aHardenedControlPlanePassesEverythingItCanBeJudgedOn() throws IOException {
    BenchmarkReport r = run(KubeadmNode.controlPlane("hardened"));
    assertThat(with(r, ControlResult.Status.FAIL)).isEmpty();
    assertThat(with(r, ControlResult.Status.WARN)).isEmpty();
    assertThat(with(r, ControlResult.Status.PASS)).hasSize(60);
    assertThat(r.results()).filteredOn(c -> c.status() == ControlResult.Status.SKIP)
        .allSatisfy(c -> assertThat(c.note()).as(c.id()).isIn("needs --node", "not found: kubelet"));
  }

  @Test
  void kubeadmDefaultsFailWhatKubeadmLeavesOpen() throws IOException {
    BenchmarkReport r = run(KubeadmNode.controlPlane("kubeadm-default"));
    assertThat(with(r, ControlResult.Status.FAIL)).containsExactly(
        "1.2.5", "1.2.15", "1.2.16", "1.2.17", "1.2.18", "1.2.19", "1.3.2", "1.4.1", "KW-0454");
    assertThat(with(r, ControlResult.Status.WARN)).containsExactly(
        "1.2.1", "1.2.3", "1.2.9", "1.2.11", "1.2.27", "1.2.29", "1.3.1", "3.2.1", "4.2.9", "4.2.12", "4.2.13");
    ControlResult profiling = r.results().stream().filter(c -> c.id().equals("1.2.15")).findFirst().orElseThrow();
    assertThat(profiling.details()).singleElement().satisfies(d -> {
      assertThat(d.rule()).isEqualTo("KW-0414");
      assertThat(d.location()).hasValue("manifests/kube-apiserver.yaml:11:5");
      assertThat(d.message()).startsWith("the API server has the default (true): /debug/pprof exposes");
    });
  }

  @Test
  void etcdTrustingTheClusterCaIsFoundAcrossManifests() throws IOException {
    Path cp = KubeadmNode.controlPlane("kubeadm-default");
    Files.writeString(dir.resolve("kube-apiserver.yaml"), Files.readString(cp.resolve("manifests/kube-apiserver.yaml")));
    Files.writeString(dir.resolve("etcd.yaml"), Files.readString(cp.resolve("manifests/etcd.yaml"))
        .replace("--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt", "--trusted-ca-file=/etc/kubernetes/pki/ca.crt"));
    BenchmarkReport r = run(dir);
    ControlResult shared = r.results().stream().filter(c -> c.id().equals("2.7")).findFirst().orElseThrow();
    assertThat(shared.status()).isEqualTo(ControlResult.Status.WARN);
    assertThat(shared.details()).singleElement().satisfies(d -> {
      assertThat(d.message()).startsWith("etcd trusts /etc/kubernetes/pki/ca.crt, the API server's client CA");
      assertThat(d.location()).hasValue("etcd.yaml:31:7");
    });
  }
}
