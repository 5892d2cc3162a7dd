package dev.kubeward.cis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cis.flags.Arg;
import dev.kubeward.cis.flags.Flags;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.testing.Manifests;
import dev.kubeward.core.yaml.YamlLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings resolve as each component resolves them. */
class ComponentConfigTest {

  private static ComponentConfig process(Component c, String line, Optional<ConfigFile> config, Map<String, String> env) {
    Map<String, ComponentConfig.EnvVar> vars = new java.util.HashMap<>();
    env.forEach((k, v) -> vars.put(k, new ComponentConfig.EnvVar(v, Optional.empty())));
    return new ComponentConfig(c, "test", "", true, Flags.parse(Arg.ofLine(line), c.booleanFlags()), config, vars,
        Optional.empty(), Optional.empty());
  }

  private static Optional<ConfigFile> file(String yaml) {
    return Optional.of(new ConfigFile("config.yaml", Field.root(YamlLoader.plain().load(yaml, "config.yaml").get(0).root().orElseThrow())));
  }

  @Test
  void aKubeletFlagWinsOverItsConfigurationFile() {
    ComponentConfig k = process(Component.KUBELET, "--anonymous-auth=true --config=/var/lib/kubelet/config.yaml",
        file("authentication:\n  anonymous:\n    enabled: false\nreadOnlyPort: 10255\n"), Map.of());
    assertThat(k.kubelet(KubeletSetting.ANONYMOUS_AUTH).describe()).isEqualTo("--anonymous-auth=true");
    assertThat(k.kubelet(KubeletSetting.READ_ONLY_PORT).describe()).isEqualTo("readOnlyPort: 10255 in config.yaml");
  }

  @Test
  void theKubeletsDefaultsDependOnWhetherItHasAConfigurationFile() {
    ComponentConfig flagsOnly = process(Component.KUBELET, "--kubeconfig=/etc/kubernetes/kubelet.conf", Optional.empty(), Map.of());
    ComponentConfig withFile = process(Component.KUBELET, "--config=/var/lib/kubelet/config.yaml", file("kind: KubeletConfiguration\n"), Map.of());
    assertThat(flagsOnly.kubelet(KubeletSetting.ANONYMOUS_AUTH).text()).isEqualTo("true");
    assertThat(flagsOnly.kubelet(KubeletSetting.AUTHORIZATION_MODE).text()).isEqualTo("AlwaysAllow");
    assertThat(flagsOnly.kubelet(KubeletSetting.READ_ONLY_PORT).text()).isEqualTo("10255");
    assertThat(withFile.kubelet(KubeletSetting.ANONYMOUS_AUTH).text()).isEqualTo("false");
    assertThat(withFile.kubelet(KubeletSetting.AUTHORIZATION_MODE).text()).isEqualTo("Webhook");
    assertThat(withFile.kubelet(KubeletSetting.READ_ONLY_PORT).text()).isEqualTo("0");
    assertThat(withFile.kubelet(KubeletSetting.ROTATE_CERTIFICATES).text()).isEqualTo("false");
  }

  @Test
  void anUnreadConfigurationFileLeavesItsSettingsUnknown() {
    ComponentConfig k = process(Component.KUBELET, "--config=/var/lib/kubelet/config.yaml", Optional.empty(), Map.of());
    assertThat(k.kubelet(KubeletSetting.READ_ONLY_PORT).unknown()).isTrue();
  }

  @Test
  void etcdReadsItsEnvironmentWhenNoFlagIsGiven() {
    ComponentConfig e = process(Component.ETCD, "etcd --cert-file=/a.crt", Optional.empty(),
        Map.of("ETCD_CERT_FILE", "/env.crt", "ETCD_CLIENT_CERT_AUTH", "true"));
    assertThat(e.flag("cert-file").text()).isEqualTo("/a.crt");
    assertThat(e.flag("client-cert-auth").describe()).isEqualTo("ETCD_CLIENT_CERT_AUTH=true");
  }

  @Test
  void etcdWithAConfigurationFileReadsThatFileAlone() {
    ComponentConfig e = process(Component.ETCD, "etcd --config-file=/etc/etcd/etcd.yaml --client-cert-auth=false",
        file("client-transport-security:\n  cert-file: /etc/etcd/server.crt\n  client-cert-auth: true\npeer-transport-security:\n  auto-tls: true\n"),
        Map.of("ETCD_PEER_CERT_FILE", "/ignored.crt"));
    assertThat(e.flag("cert-file").text()).isEqualTo("/etc/etcd/server.crt");
    assertThat(e.flag("client-cert-auth").text()).isEqualTo("true");
    assertThat(e.flag("peer-auto-tls").text()).isEqualTo("true");
    assertThat(e.flag("peer-cert-file").present()).isFalse();
  }

  @Test
  void featureGatesMergeTheFileAndTheFlagKeyByKey() {
    ComponentConfig k = process(Component.KUBELET, "--feature-gates=A=false --config=/c.yaml",
        file("featureGates:\n  A: true\n  B: true\n"), Map.of());
    assertThat(k.featureGates()).isEqualTo(Map.of("A", "false", "B", "true"));
  }

  @Test
  void aStaticPodsFlagsKeepTheirLinesAndHyperkubeIsUnderstood() {
    List<Resource> rs = Manifests.read("""
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-apiserver, namespace: kube-system}
        spec:
          containers:
          - name: kube-apiserver
            image: registry.k8s.io/hyperkube:v1.18.0
            command: [/hyperkube, kube-apiserver, --profiling=true]
            args:
            - --authorization-mode=Node
            - --authorization-mode=RBAC
        """).resources();
    List<ComponentConfig> found = ScanComponents.of(rs.get(0));
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.component()).isEqualTo(Component.API_SERVER);
      assertThat(c.flag("profiling").field()).hasValueSatisfying(f -> {
        assertThat(f.line()).isEqualTo(8);
        assertThat(f.column()).isEqualTo(43);
      });
      assertThat(c.flag("authorization-mode").items()).containsExactly("Node", "RBAC");
    });
  }

  @Test
  void aComponentImageWithoutCommandRunsItsBinary() {
    List<Resource> rs = Manifests.read("""
        apiVersion: v1
        kind: Pod
        metadata: {name: sched}
        spec:
          containers:
          - name: s
            image: registry.k8s.io/kube-scheduler:v1.30.2
            args: [--profiling=false]
        """).resources();
    assertThat(ScanComponents.of(rs.get(0))).singleElement()
        .satisfies(c -> assertThat(c.flag("profiling").text()).isEqualTo("false"));
  }
}
