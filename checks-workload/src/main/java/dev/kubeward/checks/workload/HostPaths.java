package dev.kubeward.checks.workload;

import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
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

  static List<Mount> of(PodSpecView pod) {
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
    return out;
  }

  /** Whether every container that mounts the volume mounts it read-only (and one does). */
  private static boolean readOnly(PodSpecView pod, String volume) {
    List<Field> mounts = pod.allContainers().stream()
        .flatMap(c -> c.get("volumeMounts").map(Field::items).orElse(List.of()).stream())
        .filter(m -> m.get("name").flatMap(Field::text).filter(volume::equals).isPresent())
        .toList();
    return !mounts.isEmpty() && mounts.stream().allMatch(m -> m.get("readOnly").flatMap(Field::bool).orElse(false));
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
    Optional<String> inside = SENSITIVE.stream()
        .filter(s -> !s.equals("/") && p.startsWith(s + "/"))
        .max(Comparator.comparingInt(String::length));
    if (inside.isPresent()) {
      return Optional.of(new Exposure(Relation.INSIDE, inside.get()));
    }
    Optional<String> held = SENSITIVE.stream().filter(s -> s.startsWith(p + "/")).findFirst();
    if (held.isPresent()) {
      return Optional.of(new Exposure(Relation.HOLDS, held.get()));
    }
    // A daemon's API socket anywhere (a Windows named pipe included) is as good as its daemon.
    if (declaredSocket || p.endsWith(".sock") || path.strip().startsWith("\\\\.\\pipe\\")) {
      return Optional.of(new Exposure(Relation.SOCKET, path.strip()));
    }
    return Optional.empty();
  }

  private static boolean within(String path, List<String> places) {
    return places.stream().anyMatch(place -> path.equals(place) || path.startsWith(place + "/"));
  }

  /** {@code /var/run//docker.sock/} and {@code /tmp/../var/run/docker.sock} to {@code /run/docker.sock}. */
  static String normalise(String path) {
    Deque<String> parts = new ArrayDeque<>();
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
}
