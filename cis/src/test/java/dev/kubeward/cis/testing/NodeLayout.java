package dev.kubeward.cis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A node's file system built in a folder, for {@code kubeward cis --node --root}: files with their
 * permissions and owners, processes as {@code proc/<pid>/cmdline}, the node's own
 * {@code etc/passwd} and {@code etc/group}. Owners can only be set when the tests run as root;
 * {@link #canChown()} says whether they can.
 */
public final class NodeLayout {

  /** The node's users: root and a dedicated etcd user. */
  public static final int ETCD_UID = 998;

  private final Path root;

  private NodeLayout(Path root) {
    this.root = root;
    file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\netcd:x:998:998:etcd:/var/lib/etcd:/sbin/nologin\nkube:x:1000:1000::/home/kube:/bin/sh\n", 0644);
    file("/etc/group", "root:x:0:\netcd:x:998:\nkube:x:1000:\n", 0644);
  }

  public static NodeLayout at(Path root) {
    return new NodeLayout(root);
  }

  public Path root() {
    return root;
  }

  public Path local(String nodePath) {
    return root.resolve(nodePath.substring(1));
  }

  public static boolean canChown() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Writes a node file with permission bits {@code mode} (octal, e.g. 0600), owned by root when possible. */
  public NodeLayout file(String nodePath, String text, int mode) {
    try {
      Path p = local(nodePath);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      chmod(nodePath, mode);
      return canChown() ? owner(nodePath, 0, 0) : this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public NodeLayout dir(String nodePath, int mode) {
    try {
      Files.createDirectories(local(nodePath));
      chmod(nodePath, mode);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public NodeLayout chmod(String nodePath, int mode) {
    try {
      Files.setPosixFilePermissions(local(nodePath), PosixFilePermissions.fromString(rwx(mode)));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the owner by numbers, as the node's passwd and group name them (root only). */
  public NodeLayout owner(String nodePath, int uid, int gid) {
    try {
      Files.setAttribute(local(nodePath), "unix:uid", uid);
      Files.setAttribute(local(nodePath), "unix:gid", gid);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A running process: {@code proc/<pid>/cmdline}, arguments separated by NUL as the kernel gives them. */
  public NodeLayout process(int pid, List<String> argv) {
    return process(pid, argv, List.of());
  }

  public NodeLayout process(int pid, List<String> argv, List<String> environment) {
    try {
      Path dir = root.resolve("proc/" + pid);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("cmdline"), String.join("\0", argv) + "\0");
      Files.writeString(dir.resolve("environ"), environment.isEmpty() ? "" : String.join("\0", environment) + "\0");
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String rwx(int mode) {
    StringBuilder sb = new StringBuilder();
    String letters = "rwx";
    for (int i = 8; i >= 0; i--) {
      sb.append((mode & (1 << i)) != 0 ? letters.charAt((8 - i) % 3) : '-');
    }
    return sb.toString();
  }

  /** Instants around a day, for certificates whose dates the test chooses. */
  public static Instant days(Instant base, long days) {
    return base.plus(days, ChronoUnit.DAYS);
  }
}
