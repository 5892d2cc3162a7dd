package dev.kubeward.checks.workload;

import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The hostPath volumes of a pod and whether each exposes a sensitive part of the node. Paths are
 * compared after normalising: repeated and trailing slashes, {@code .} and {@code ..} resolved,
 * and {@code /var/run} read as {@code /run}, which it links to on every current distribution. A
 * few host files inside sensitive paths are common and harmless (the time zone, the machine id,
 * and the CA certificates when mounted read-only): they count as plain host paths.
 */
final class HostPaths {

  /**
   * Host paths that give a container the node: its credentials and configuration, the kernel's
   * interfaces, devices, users' files, and the kubelet's and container runtimes' state and API
   * sockets. A volume exposes one when its path is one of them, lies inside one, or holds one.
   */
  private static final List<String> SENSITIVE = List.of(
      "/", "/etc", "/etc/kubernetes", "/proc", "/sys", "/root", "/home", "/boot", "/dev",
      "/var/lib/kubelet", "/var/lib/etcd", "/var/lib/docker", "/var/lib/containerd", "/var/lib/containers",
      "/var/run/docker.sock", "/run/containerd/containerd.sock", "/var/run/crio/crio.sock",
      "/var/run/cri-dockerd.sock").stream().map(HostPaths::normalise).toList();

  /** Host files inside a sensitive path that hold nothing secret and give nothing away if changed. */
  private static final List<String> HARMLESS =
      List.of("/etc/localtime", "/etc/timezone", "/etc/machine-id", "/etc/hostname", "/etc/os-release");

  /**
   * The node's trusted CA certificates: public, so harmless to read; but a container that can write
   * them plants a CA that the node's image pulls then trust.
   */
  private static final List<String> CA_STORES =
      List.of("/etc/ssl/certs", "/etc/pki/tls/certs", "/etc/pki/ca-trust", "/etc/ca-certificates");

  /** How a host path relates to the sensitive path it exposes. */
  enum Relation { IS, INSIDE, HOLDS, SOCKET }

  /** What a host path exposes; {@code sensitive} is the listed path, or the path itself for a socket. */
  record Exposure(Relation relation, String sensitive) {}

  /** A hostPath volume: its name, where its path is written, the path, and what it exposes. */
  record Mount(String volume, Field at, String path, Optional<Exposure> exposure) {}

  private HostPaths() {}

  /** Read once per pod spec for both host path rules ({@link HostPathVolume}, {@link SensitiveHostPathMount}). */
  private static final PodSpecView.Derived<List<Mount>> MOUNTS = new PodSpecView.Derived<>(HostPaths::read);

  /** The pod's hostPath volumes, in order; not to be modified. */
  static List<Mount> of(PodSpecView pod) {
    return pod.derived(MOUNTS);
  }

  private static List<Mount> read(PodSpecView pod) {
    List<Mount> out = List.of();
    for (Field v : pod.volumes()) {
      Optional<Field> hostPath = v.get("hostPath");
      if (hostPath.isEmpty()) {
        continue; // most volumes: a loop, not a stream, for a pod spec that has none
      }
      Field hp = hostPath.get();
      Field at = hp.get("path").orElse(hp);
      String path = at.text().orElse("");
      String name = v.get("name").flatMap(Field::text).orElse("<unnamed>");
      boolean socket = hp.get("type").flatMap(Field::text).filter("Socket"::equals).isPresent();
      if (out.isEmpty()) {
        out = new ArrayList<>();
      }
      out.add(new Mount(name, at, path, exposure(path, socket, readOnly(pod, name))));
    }
    return out.isEmpty() ? out : java.util.Collections.unmodifiableList(out);
  }

  /** Whether every container that mounts the volume mounts it read-only (and one does). */
  private static boolean readOnly(PodSpecView pod, String volume) {
    boolean mounted = false;
    for (ContainerView c : pod.allContainers()) {
      for (Field m : c.get("volumeMounts").map(Field::items).orElse(List.of())) {
        if (m.get("name").flatMap(Field::text).filter(volume::equals).isPresent()) {
          if (!m.get("readOnly").flatMap(Field::bool).orElse(false)) {
            return false;
          }
          mounted = true;
        }
      }
    }
    return mounted;
  }

  static Optional<Exposure> exposure(String path, boolean declaredSocket, boolean readOnly) {
    if (path.isBlank()) {
      return Optional.empty();
    }
    String p = normalise(path);
    if (within(p, HARMLESS) || (readOnly && within(p, CA_STORES))) {
      return Optional.empty();
    }
    if (SENSITIVE.contains(p)) {
      return Optional.of(new Exposure(Relation.IS, p));
    }
    String inside = null; // the longest sensitive path that holds p
    for (String s : SENSITIVE) {
      if (!s.equals("/") && isBelow(p, s) && (inside == null || s.length() > inside.length())) {
        inside = s;
      }
    }
    if (inside != null) {
      return Optional.of(new Exposure(Relation.INSIDE, inside));
    }
    for (String s : SENSITIVE) {
      if (isBelow(s, p)) {
        return Optional.of(new Exposure(Relation.HOLDS, s));
      }
    }
    // A daemon's API socket anywhere (a Windows named pipe included) is as good as its daemon.
    if (declaredSocket || p.endsWith(".sock") || path.strip().startsWith("\\\\.\\pipe\\")) {
      return Optional.of(new Exposure(Relation.SOCKET, path.strip()));
    }
    return Optional.empty();
  }

  private static boolean within(String path, List<String> places) {
    for (String place : places) {
      if (path.equals(place) || isBelow(path, place)) {
        return true;
      }
    }
    return false;
  }

  /** {@code path.startsWith(dir + "/")}, without making that string. */
  private static boolean isBelow(String path, String dir) {
    return path.length() > dir.length() && path.charAt(dir.length()) == '/' && path.startsWith(dir);
  }

  /** {@code /var/run//docker.sock/} and {@code /tmp/../var/run/docker.sock} to {@code /run/docker.sock}. */
  static String normalise(String path) {
    String p = isNormal(path) ? path : resolve(path);
    return p.equals("/var/run") || p.startsWith("/var/run/") ? p.substring("/var".length()) : p;
  }

  /**
   * Whether {@link #resolve} would give the path back as it is: absolute, without surrounding
   * white space, empty segments, {@code .} or {@code ..}, or a trailing slash. Most paths are.
   */
  private static boolean isNormal(String path) {
    int n = path.length();
    if (n == 0 || path.charAt(0) != '/' || path.charAt(n - 1) == '/' || path.strip().length() != n) {
      return false; // "/" itself included: resolve gives it back too
    }
    int segment = 1; // where the current segment starts
    for (int i = 1; i <= n; i++) {
      if (i == n || path.charAt(i) == '/') {
        int length = i - segment;
        if (length == 0 || (path.charAt(segment) == '.' && (length == 1 || (length == 2 && path.charAt(segment + 1) == '.')))) {
          return false;
        }
        segment = i + 1;
      }
    }
    return true;
  }

  private static String resolve(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String segment : path.strip().split("/")) {
      if (segment.equals("..")) {
        parts.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.addLast(segment);
      }
    }
    return "/" + String.join("/", parts);
  }
}
