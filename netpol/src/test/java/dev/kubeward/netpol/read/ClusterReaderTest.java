package dev.kubeward.netpol.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.PolicyPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading policies, pods and namespaces: what the API server would store, and what it would reject. */
class ClusterReaderTest {

  @TempDir Path dir;

  private NetpolInput read(String yaml) {
    try {
      Path f = Files.writeString(dir.resolve("m.yaml"), yaml);
      return ClusterReader.read(List.of(SourceFile.of(f, dir)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> problems(NetpolInput in) {
    return in.problems().stream().map(InputProblem::describe).toList();
  }

  private static String policy(String spec) {
    return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec:\n" + spec.indent(2);
  }

  @Test
  void policyTypesAreDefaultedAsTheApiServerDoes() {
    NetworkPolicy onlyIngress = read(policy("podSelector: {}\ningress: [{}]")).cluster().policies().get(0);
    assertThat(onlyIngress.policyTypes()).containsExactly(Direction.INGRESS);
    assertThat(onlyIngress.policyTypesDeclared()).isFalse();
    NetworkPolicy withEgress = read(policy("podSelector: {}\negress: [{}]")).cluster().policies().get(0);
    assertThat(withEgress.policyTypes()).containsExactlyInAnyOrder(Direction.INGRESS, Direction.EGRESS);
    NetworkPolicy emptyTypes = read(policy("podSelector: {}\npolicyTypes: []\negress: []")).cluster().policies().get(0);
    assertThat(emptyTypes.policyTypes()).containsExactly(Direction.INGRESS);
    NetworkPolicy declared = read(policy("podSelector: {}\npolicyTypes: [Egress]\ningress: [{}]")).cluster().policies().get(0);
    assertThat(declared.policyTypes()).containsExactly(Direction.EGRESS);
    assertThat(declared.policyTypesDeclared()).isTrue();
  }

  @Test
  void portsReadAsTheApiServerStoresThem() {
    NetworkPolicy p = read(policy("""
        podSelector: {}
        ingress:
        - ports: [{port: 80}, {port: http, protocol: UDP}, {protocol: SCTP}, {port: 8000, endPort: 9000}]
        """)).cluster().policies().get(0);
    assertThat(p.ingress().get(0).ports()).extracting(PolicyPort::describe)
        .containsExactly("TCP 80", "UDP http", "SCTP (all ports)", "TCP 8000-9000");
  }

  @Test
  void invalidPeersAndPortsAreErrorsAndThePolicyIsLeftOut() {
    NetpolInput in = read(policy("""
        podSelector: {}
        ingress:
        - from: [{}]
        - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [192.168.0.0/16, 10.0.0.0/8]}}]
        - ports: [{port: http, endPort: 90}, {endPort: 90}, {port: 0}, {port: 70000}, {port: 8.5}]
        policyTypes: [Ingress, Egress, Ingress]
        """));
    assertThat(in.cluster().policies()).isEmpty();
    assertThat(problems(in)).containsExactly(
        "m.yaml:7:12: error: spec.ingress[0].from[0]: must specify a peer: podSelector, namespaceSelector (or both), or ipBlock",
        "m.yaml:8:50: error: spec.ingress[1].from[0].ipBlock.except[0]: \"192.168.0.0/16\" must be a strict subset of cidr 10.0.0.0/8",
        "m.yaml:8:66: error: spec.ingress[1].from[0].ipBlock.except[1]: \"10.0.0.0/8\" must be a strict subset of cidr 10.0.0.0/8",
        "m.yaml:9:26: error: spec.ingress[2].ports[0].endPort may not be specified when port is a name (http)",
        "m.yaml:9:41: error: spec.ingress[2].ports[1].endPort may not be specified when port is not specified",
        "m.yaml:9:56: error: spec.ingress[2].ports[2].port: 0 is not a valid port number; use 1 to 65535",
        "m.yaml:9:67: error: spec.ingress[2].ports[3].port: 70000 is not a valid port number; use 1 to 65535",
        "m.yaml:9:82: error: spec.ingress[2].ports[4].port: 8.5 is not a whole port number; use 1 to 65535",
        "m.yaml:10:3: error: spec.policyTypes may not specify more than two policyTypes",
        "m.yaml:1:1: warning: NetworkPolicy ns/p is left out of the analysis: the API server would reject it (9 errors above)");
  }

  @Test
  void sloppyButAcceptedFormsAreWarnings() {
    NetpolInput in = read("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n"
        + "  ingress: [{from: [{ipBlock: {cidr: 010.1.2.3/8}}, {ipBlock: {cidr: 10.1.2.3/8}}]}]\n");
    assertThat(problems(in)).containsExactly(
        "m.yaml:4:1: warning: spec.podSelector is missing: the API server reads it as {}, which selects every pod of namespace default; write podSelector: {} to say so",
        "m.yaml:5:32: warning: spec.ingress[0].from[0].ipBlock.cidr: \"010.1.2.3/8\" has leading zeros, which the API server reads as decimal; write 10.0.0.0/8",
        "m.yaml:5:64: warning: spec.ingress[0].from[1].ipBlock.cidr: \"10.1.2.3/8\" has host bits set; it stands for 10.0.0.0/8");
    NetworkPolicy p = in.cluster().policies().get(0);
    assertThat(p.namespace()).isEqualTo("default");
    assertThat(((Peer.IpBlock) p.ingress().get(0).peers().get(1)).addresses()).hasToString("10.0.0.0-10.255.255.255");
    assertThat(in.hasErrors()).isFalse();
  }

  @Test
  void aPolicyWithoutSpecDeniesAllIngressInItsNamespace() {
    NetpolInput in = read("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\n");
    assertThat(problems(in).get(0)).contains("has no spec").contains("denies all ingress to every pod of namespace ns");
    assertThat(in.cluster().policies().get(0).policyTypes()).containsExactly(Direction.INGRESS);
  }

  @Test
  void podsWithInvalidPortsAreLeftOutAndDuplicatesWarned() {
    NetpolInput in = read("""
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec: {containers: [{name: c, ports: [{containerPort: 99999}, {containerPort: 80, protocol: tcp}, {name: HTTP, containerPort: 81}]}]}
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: ns, labels: {kubernetes.io/metadata.name: other}}
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: ns}
        """);
    assertThat(in.cluster().pods()).isEmpty();
    assertThat(problems(in)).containsExactly(
        "m.yaml:4:40: error: spec.containers[0].ports[0].containerPort must be a port number from 1 to 65535, found 99999",
        "m.yaml:4:83: error: spec.containers[0].ports[1].protocol: \"tcp\" is not supported; use TCP, UDP or SCTP (upper case)",
        "m.yaml:4:100: error: spec.containers[0].ports[2].name: \"HTTP\" is not a valid port name: a port name has lower-case letters, digits and single hyphens inside, such as http or metrics-1",
        "m.yaml:1:1: warning: Pod default/a is left out of the analysis: the API server would reject it (errors above)",
        "m.yaml:8:31: warning: kubernetes.io/metadata.name is set by the API server to the namespace's name (ns), not \"other\"",
        "m.yaml:10:1: warning: Namespace ns is defined twice (first at m.yaml:6); the later definition is used, as kubectl apply would leave it");
    assertThat(in.cluster().namespace("ns").orElseThrow().labels()).containsEntry("kubernetes.io/metadata.name", "ns");
    assertThat(Set.copyOf(in.cluster().namespaces().stream().map(n -> n.name()).toList())).containsExactly("ns");
  }
}
