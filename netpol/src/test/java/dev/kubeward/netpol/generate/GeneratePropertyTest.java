package dev.kubeward.netpol.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.SourceFile;
import dev.kubeward.netpol.analysis.Connection;
import dev.kubeward.netpol.analysis.Connectivity;
import dev.kubeward.netpol.analysis.Endpoint;
import dev.kubeward.netpol.read.ClusterReader;
import dev.kubeward.netpol.read.NetpolInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random apps: workloads in a few namespaces, each with a Service (a named or numeric
 * target port), and clients that name some Services in one of the recognised ways (URL with port,
 * namespaced DNS name, {@code $(X_SERVICE_HOST)}, a ConfigMap value) or in ways that must not
 * count (a bare word under a key that names no host, another namespace's bare name). The
 * expected connections follow from the choices made here, not from {@link Inference}; the
 * connlist of the app plus the generated policies must be exactly those, and DNS.
 */
class GeneratePropertyTest {

  @TempDir Path dir;

  @RepeatedTest(40)
  void generatedPoliciesAllowExactlyTheReferencedConnections(RepetitionInfo info) throws Exception {
    Random random = new Random(7919L * info.getCurrentRepetition());
    int namespaces = 1 + random.nextInt(3);
    int workloads = 2 + random.nextInt(6);
    StringBuilder yaml = new StringBuilder();
    List<String> ns = new ArrayList<>();
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < workloads; i++) {
      ns.add("ns" + random.nextInt(namespaces));
      ports.add(1000 + random.nextInt(9000));
    }
    TreeMap<String, String> expected = new TreeMap<>();
    for (int i = 0; i < workloads; i++) {
      boolean named = random.nextBoolean();
      StringBuilder env = new StringBuilder();
      StringBuilder cm = new StringBuilder();
      for (int j = 0; j < workloads; j++) {
        if (j == i || random.nextInt(3) != 0) {
          continue;
        }
        String svc = "svc" + j;
        boolean sameNs = ns.get(j).equals(ns.get(i));
        int form = random.nextInt(5);
        boolean counts = true;
        switch (form) {
          case 0 -> env.append("        - {name: URL_").append(j).append(", value: \"http://").append(svc).append('.').append(ns.get(j))
              .append(":80/x\"}\n");
          case 1 -> env.append("        - {name: ADDR_").append(j).append(", value: \"").append(svc).append('.').append(ns.get(j))
              .append(".svc.cluster.local\"}\n");
          case 2 -> {
            env.append("        - {name: H_").append(j).append(", value: \"$(").append(svc.toUpperCase()).append("_SERVICE_HOST)\"}\n");
            counts = sameNs;
          }
          case 3 -> cm.append("  K").append(j).append(": \"tcp://").append(svc).append('.').append(ns.get(j)).append(":80\"\n");
          default -> {
            env.append("        - {name: MODE_").append(j).append(", value: \"").append(svc).append("\"}\n");
            counts = false;
          }
        }
        if (counts) {
          expected.put("w" + i + "|" + j, "TCP " + ports.get(j));
        }
      }
      yaml.append("---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w").append(i).append(", namespace: ").append(ns.get(i))
          .append("}\nspec:\n  selector: {matchLabels: {app: w").append(i).append("}}\n  template:\n    metadata: {labels: {app: w")
          .append(i).append("}}\n    spec:\n      containers:\n      - name: c\n        image: registry.example/w:1\n        ports: [{name: svc-port, containerPort: ")
          .append(ports.get(i)).append("}]\n");
      if (!cm.isEmpty()) {
        yaml.append("        envFrom: [{configMapRef: {name: cm").append(i).append("}}]\n");
      }
      if (!env.isEmpty()) {
        yaml.append("        env:\n").append(env);
      }
      if (!cm.isEmpty()) {
        yaml.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm").append(i).append(", namespace: ").append(ns.get(i))
            .append("}\ndata:\n").append(cm);
      }
      yaml.append("---\napiVersion: v1\nkind: Service\nmetadata: {name: svc").append(i).append(", namespace: ").append(ns.get(i))
          .append("}\nspec:\n  selector: {app: w").append(i).append("}\n  ports: [{port: 80, targetPort: ")
          .append(named ? "svc-port" : String.valueOf(ports.get(i))).append("}]\n");
    }
    yaml.append("""
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: coredns, namespace: kube-system}
        spec:
          selector: {matchLabels: {k8s-app: kube-dns}}
          template:
            metadata: {labels: {k8s-app: kube-dns}}
            spec:
              containers: [{name: coredns, image: registry.example/coredns:1}]
        """);
    Path app = dir.resolve("app.yaml");
    Files.writeString(app, yaml.toString());
    List<SourceFile> files = new ArrayList<>(List.of(SourceFile.of(app, dir)));
    Path generated = dir.resolve("generated.yaml");
    Files.writeString(generated, PolicyGenerator.yaml(Inference.infer(files)));
    files.add(SourceFile.of(generated, dir));
    NetpolInput input = ClusterReader.read(files);
    assertThat(input.problems()).isEmpty();
    Connectivity c = Connectivity.of(input.cluster());

    Set<String> want = new TreeSet<>();
    expected.forEach((k, conns) -> {
      int i = Integer.parseInt(k.substring(1, k.indexOf('|')));
      int j = Integer.parseInt(k.substring(k.indexOf('|') + 1));
      want.add(ns.get(i) + "/w" + i + "[Deployment] => " + ns.get(j) + "/w" + j + "[Deployment] : " + conns);
    });
    for (int i = 0; i < workloads; i++) {
      want.add(ns.get(i) + "/w" + i + "[Deployment] => kube-system/coredns[Deployment] : TCP 53,UDP 53");
    }
    for (Endpoint.External ext : c.externalDestinations()) {
      want.add("kube-system/coredns[Deployment] => " + ext.display() + " : TCP 53,UDP 53");
    }
    Set<String> got = new TreeSet<>();
    c.connections().stream().map(Connection::line).forEach(got::add);
    assertThat(got).as("seed %d, app:%n%s", info.getCurrentRepetition(), yaml).containsExactlyInAnyOrderElementsOf(want);
  }
}
