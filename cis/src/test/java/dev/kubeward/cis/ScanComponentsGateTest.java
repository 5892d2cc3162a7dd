package dev.kubeward.cis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Resource;
import dev.kubeward.core.testing.Manifests;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ScanComponents#mayHold}, the cheap test a scan makes of every workload, never passes
 * over a workload that {@link ScanComponents#of} finds a component in: compared on generated
 * workloads whose programs are component binaries, hyperkube, near misses and ordinary programs.
 */
class ScanComponentsGateTest {

  private static final String[] PROGRAMS = {
      "kube-apiserver", "/usr/local/bin/kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd",
      "/usr/local/bin/etcd", "kubelet", "kube-proxy", "/hyperkube", "hyperkube", "apiserver", "proxy", "kubectl",
      "kube-state-metrics", "etcdctl", "nginx", "/bin/sh", "java", "envoy", "", "null", "~"};
  private static final String[] IMAGES = {
      "registry.k8s.io/kube-apiserver:v1.30.0", "registry.k8s.io/etcd:3.5.12-0", "kube-proxy", "k8s.gcr.io/hyperkube:v1.18.0",
      "quay.io/coreos/etcd@sha256:" + "a".repeat(64), "localhost:5000/kube-scheduler", "KUBE/apiserver", "nginx:1.25",
      "ghcr.io/acme/payments:2.1", "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.10.0", "not an image",
      "docker.io/library/busybox", "etcd:bad tag!"};

  @Test
  void aWorkloadPassedOverHoldsNoComponent() {
    Random random = new Random(20261123);
    int passedOver = 0;
    int holding = 0;
    for (int n = 0; n < 3000; n++) {
      String yaml = workload(random);
      List<Resource> read = Manifests.read(yaml).resources();
      assertThat(read).as("resources of\n%s", yaml).hasSize(1);
      Resource r = read.get(0);
      boolean mayHold = ScanComponents.mayHold(r);
      List<ComponentConfig> found = ScanComponents.of(r);
      if (!mayHold) {
        assertThat(found).as("components of a workload the gate passes over:\n%s", r.root().node()).isEmpty();
        passedOver++;
      }
      if (!found.isEmpty()) {
        holding++;
      }
    }
    // Both sides are exercised: workloads told apart cheaply, and workloads that run components.
    assertThat(passedOver).isGreaterThan(300);
    assertThat(holding).isGreaterThan(300);
  }

  private static String workload(Random random) {
    String kind = random.nextBoolean() ? "Pod" : "Deployment";
    String indent = kind.equals("Pod") ? "  " : "      ";
    StringBuilder y = new StringBuilder("apiVersion: " + (kind.equals("Pod") ? "v1" : "apps/v1") + "\nkind: " + kind
        + "\nmetadata: {name: w, namespace: kube-system}\nspec:\n");
    if (!kind.equals("Pod")) {
      y.append("  template:\n    spec:\n");
    }
    for (String list : new String[] {"initContainers", "containers"}) {
      int count = random.nextInt(3);
      if (count == 0) {
        continue;
      }
      y.append(indent).append(list).append(":\n");
      for (int c = 0; c < count; c++) {
        y.append(indent).append("- name: c").append(c).append('\n');
        if (random.nextInt(4) > 0) {
          y.append(indent).append("  image: \"").append(pick(random, IMAGES)).append("\"\n");
        }
        switch (random.nextInt(5)) {
          case 0 -> y.append(indent).append("  command: []\n");
          case 1 -> y.append(indent).append("  command: [").append(word(random)).append(", ").append(word(random)).append("]\n");
          case 2 -> y.append(indent).append("  command: ").append(word(random)).append('\n');
          case 3 -> y.append(indent).append("  command: [{a: b}, ").append(word(random)).append("]\n");
          default -> { }
        }
        if (random.nextBoolean()) {
          y.append(indent).append("  args: [").append(word(random)).append(", --profiling=true]\n");
        }
      }
    }
    return y.toString();
  }

  private static String word(Random random) {
    String w = pick(random, PROGRAMS);
    return w.equals("null") || w.equals("~") ? w : "\"" + w + "\"";
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }
}
