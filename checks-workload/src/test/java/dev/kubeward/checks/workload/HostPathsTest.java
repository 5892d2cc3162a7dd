package dev.kubeward.checks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.checks.workload.HostPaths.Exposure;
import dev.kubeward.checks.workload.HostPaths.Relation;
import org.junit.jupiter.api.Test;

class HostPathsTest {

  @Test
  void normalisesSlashesDotsAndVarRun() {
    assertThat(HostPaths.normalise("/var/run//docker.sock/")).isEqualTo("/run/docker.sock");
    assertThat(HostPaths.normalise("/tmp/../etc/./kubernetes")).isEqualTo("/etc/kubernetes");
    assertThat(HostPaths.normalise("/../..")).isEqualTo("/");
    assertThat(HostPaths.normalise("/var/running")).isEqualTo("/var/running");
    assertThat(HostPaths.normalise("/var/run")).isEqualTo("/run");
  }

  @Test
  void relatesPathsToTheSensitiveList() {
    assertThat(HostPaths.exposure("/etc/", false, false)).contains(new Exposure(Relation.IS, "/etc"));
    assertThat(HostPaths.exposure("/etc/kubernetes/pki", false, false)).contains(new Exposure(Relation.INSIDE, "/etc/kubernetes"));
    assertThat(HostPaths.exposure("/var/lib", false, false)).contains(new Exposure(Relation.HOLDS, "/var/lib/kubelet"));
    assertThat(HostPaths.exposure("/", false, false)).contains(new Exposure(Relation.IS, "/"));
    assertThat(HostPaths.exposure("/srv/agent.sock", false, false)).contains(new Exposure(Relation.SOCKET, "/srv/agent.sock"));
    assertThat(HostPaths.exposure("\\\\.\\pipe\\docker_engine", false, false)).map(Exposure::relation).contains(Relation.SOCKET);
  }

  @Test
  void leavesOtherPathsAlone() {
    assertThat(HostPaths.exposure("/etcetera", false, false)).isEmpty();
    assertThat(HostPaths.exposure("/var/log", false, false)).isEmpty();
    assertThat(HostPaths.exposure("/var/running", false, false)).isEmpty();
    assertThat(HostPaths.exposure("", false, false)).isEmpty();
    assertThat(HostPaths.exposure("C:\\data", false, false)).isEmpty();
  }

  @Test
  void harmlessHostFilesAndReadOnlyCaStoresAreNotSensitive() {
    assertThat(HostPaths.exposure("/etc/localtime", false, false)).isEmpty();
    assertThat(HostPaths.exposure("/etc/machine-id", false, false)).isEmpty();
    assertThat(HostPaths.exposure("/etc/ssl/certs/ca-certificates.crt", false, true)).isEmpty();
    assertThat(HostPaths.exposure("/etc/ssl/certs", false, false)).contains(new Exposure(Relation.INSIDE, "/etc"));
    assertThat(HostPaths.exposure("/etc/ssl", false, true)).contains(new Exposure(Relation.INSIDE, "/etc"));
    assertThat(HostPaths.exposure("/etc/localtime-backup", false, false)).contains(new Exposure(Relation.INSIDE, "/etc"));
  }

  /** The normalisation as first written, by splitting every path: the fast path must agree with it. */
  private static String normalisedBySplitting(String path) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String segment : path.strip().split("/")) {
      if (segment.equals("..")) {
        parts.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.addLast(segment);
      }
    }
    String p = "/" + String.join("/", parts);
    return p.equals("/var/run") || p.startsWith("/var/run/") ? p.substring("/var".length()) : p;
  }

  @Test
  void normalisingAgreesWithSplittingOnGeneratedPaths() {
    java.util.Random random = new java.util.Random(20261122);
    String[] pieces = {"/", "/", "/", "a", "etc", ".", "..", "var", "run", " ", "b.c", "\\", "..."};
    int unchanged = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(8);
      for (int i = 0; i < length; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String path = sb.toString();
      String expected = normalisedBySplitting(path);
      assertThat(HostPaths.normalise(path)).as("'%s'", path).isEqualTo(expected);
      unchanged += expected.equals(path) ? 1 : 0;
    }
    assertThat(unchanged).as("generated paths already normal").isGreaterThan(1_000);
  }
}
