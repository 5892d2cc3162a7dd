package dev.kubeward.cis.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A node's file system, seen from {@code root}: {@code /} on the node itself, or where the node's
 * root is mounted or copied ({@code --root}). Absolute paths that components name are resolved
 * under it; owners are named from the node's own {@code etc/passwd} and {@code etc/group} when
 * present, else by this machine.
 */
public final class NodeFiles {

  /** Where Kubernetes keeps its configuration on a node, unless told otherwise. */
  public static final String CONFIG_DIR = "/etc/kubernetes";

  private final Path root;
  private final String configDir;
  private final Map<Integer, String> users;
  private final Map<Integer, String> groups;

  /**
   * @param root the node's file system root as this machine sees it
   * @param configDir the node's Kubernetes configuration folder (a node path), {@value #CONFIG_DIR} by default
   */
  public NodeFiles(Path root, String configDir) {
    this.root = root;
    this.configDir = configDir;
    this.users = names(root.resolve("etc/passwd"));
    this.groups = names(root.resolve("etc/group"));
  }

  public Path root() {
    return root;
  }

  /** The node's Kubernetes configuration folder: manifests/, pki/, admin.conf, ... */
  public String configDir() {
    return configDir;
  }

  /** A path in the configuration folder. */
  public String config(String relative) {
    return configDir.endsWith("/") ? configDir + relative : configDir + "/" + relative;
  }

  /** The first of {@code candidates} that exists. */
  public java.util.Optional<String> first(java.util.List<String> candidates) {
    return candidates.stream().filter(this::exists).findFirst();
  }

  /** The local path of the node's {@code absolute} path. */
  public Path resolve(String absolute) {
    String rel = absolute.startsWith("/") ? absolute.substring(1) : absolute;
    return rel.isEmpty() ? root : root.resolve(rel);
  }

  public boolean exists(String absolute) {
    return Files.exists(resolve(absolute));
  }

  /** The file's mode and owners; empty when it does not exist or cannot be read. */
  public Optional<FileStat> stat(String absolute) {
    Path p = resolve(absolute);
    try {
      Map<String, Object> a = Files.readAttributes(p, "unix:mode,uid,gid,isDirectory");
      int uid = (Integer) a.get("uid");
      int gid = (Integer) a.get("gid");
      String owner = users.containsKey(uid) ? users.get(uid) : hostName(p, "owner", uid);
      String group = groups.containsKey(gid) ? groups.get(gid) : hostName(p, "group", gid);
      return Optional.of(new FileStat(absolute, (Boolean) a.get("isDirectory"), (Integer) a.get("mode"), owner, group));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Files (not folders) under the node's folder {@code absolute}, recursively, as node paths, sorted. */
  public List<String> filesUnder(String absolute) {
    Path dir = resolve(absolute);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).sorted().forEach(p -> out.add(nodePath(p)));
    } catch (IOException | java.io.UncheckedIOException e) {
      return out;
    }
    return out;
  }

  /** The node path of a local path under the root. */
  public String nodePath(Path local) {
    Path rel = root.relativize(local);
    return "/" + rel.toString().replace('\\', '/');
  }

  public Optional<String> read(String absolute) {
    try {
      return Optional.of(Files.readString(resolve(absolute)));
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static String hostName(Path p, String which, int id) {
    try {
      Object principal = Files.getAttribute(p, "posix:" + which, LinkOption.NOFOLLOW_LINKS);
      String name = principal instanceof java.security.Principal pr ? pr.getName() : String.valueOf(id);
      return name;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return String.valueOf(id);
    }
  }

  /** {@code name:x:id:...} lines of a passwd or group file. */
  private static Map<Integer, String> names(Path file) {
    Map<Integer, String> out = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file)) {
        String[] cols = line.split(":");
        if (cols.length >= 3 && !line.startsWith("#")) {
          try {
            out.putIfAbsent(Integer.parseInt(cols[2]), cols[0]);
          } catch (NumberFormatException e) {
            // a malformed line names nobody
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return out;
    }
    return out;
  }
}
