package dev.kubeward.cis.node;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.ConfigFile;
import dev.kubeward.cis.ScanComponents;
import dev.kubeward.cis.flags.Arg;
import dev.kubeward.cis.flags.Flags;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.yaml.YamlDocument;
import dev.kubeward.core.yaml.YamlLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a node: the components its processes run ({@code /proc/<pid>/cmdline}, their environment
 * and the configuration files their flags name), then, for components no process runs, the static
 * pod manifests (the kubelet's {@code staticPodPath}, else {@code <config dir>/manifests}) and the
 * kubelet's default configuration file. What runs is what counts: a manifest edited since the
 * component started is not what the node enforces.
 */
public final class NodeReader {

  /** What a node gave: its components, and what could not be read. */
  public record Read(List<ComponentConfig> components, List<InputProblem> problems) {}

  private static final String KUBELET_CONFIG = "/var/lib/kubelet/config.yaml";

  private final NodeFiles node;
  private final List<InputProblem> problems = new ArrayList<>();

  public NodeReader(NodeFiles node) {
    this.node = node;
  }

  public Read read() {
    List<ComponentConfig> out = new ArrayList<>(processes());
    Set<Component> running = EnumSet.noneOf(Component.class);
    out.forEach(c -> running.add(c.component()));
    String manifests = out.stream().filter(c -> c.component() == Component.KUBELET).findFirst()
        .flatMap(k -> k.config()).flatMap(f -> f.at("staticPodPath")).flatMap(Field::text)
        .orElse(node.config("manifests"));
    for (ComponentConfig c : staticPods(manifests)) {
      if (!running.contains(c.component())) {
        out.add(c);
      }
    }
    if (!running.contains(Component.KUBELET) && node.exists(KUBELET_CONFIG)) {
      configFile(KUBELET_CONFIG).ifPresent(f -> out.add(new ComponentConfig(Component.KUBELET, KUBELET_CONFIG, KUBELET_CONFIG, false,
          Flags.NONE, Optional.of(f), Map.of(), Optional.of(f.root()), Optional.of(node))));
    }
    return new Read(List.copyOf(out), List.copyOf(problems));
  }

  private List<ComponentConfig> processes() {
    Path proc = node.resolve("/proc");
    List<ComponentConfig> out = new ArrayList<>();
    if (!Files.isDirectory(proc)) {
      return out;
    }
    List<Path> pids = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
      ds.forEach(pids::add);
    } catch (IOException e) {
      problems.add(InputProblem.warning(proc.toString(), 0, 0, "cannot list the processes: " + e.getMessage()));
      return out;
    }
    pids.sort((a, b) -> Long.compare(Long.parseLong(a.getFileName().toString()), Long.parseLong(b.getFileName().toString())));
    for (Path pid : pids) {
      List<String> argv = nulSeparated(pid.resolve("cmdline"));
      Optional<Component.Program> program = Component.ofCommand(argv);
      if (program.isEmpty()) {
        continue;
      }
      Component component = program.get().component();
      Flags flags = Flags.parse(Arg.of(argv.subList(program.get().nameArgs(), argv.size())), component.booleanFlags());
      String source = "process " + pid.getFileName() + " (" + argv.get(0) + ")";
      Map<String, ComponentConfig.EnvVar> env = new HashMap<>();
      if (component == Component.ETCD) {
        for (String kv : nulSeparated(pid.resolve("environ"))) {
          int eq = kv.indexOf('=');
          if (eq > 0) {
            env.put(kv.substring(0, eq), new ComponentConfig.EnvVar(kv.substring(eq + 1), Optional.empty()));
          }
        }
      }
      String configFlag = component == Component.ETCD ? "config-file" : "config";
      Optional<ConfigFile> config = Optional.empty();
      if (List.of(Component.KUBELET, Component.PROXY, Component.ETCD).contains(component) && flags.has(configFlag)) {
        String path = flags.last(configFlag).orElseThrow().value();
        config = configFile(path);
        if (config.isEmpty()) {
          problems.add(InputProblem.warning(source, 0, 0, "cannot read its configuration file " + path
              + "; the settings it holds are reported as unknown"));
        }
      }
      out.add(new ComponentConfig(component, source, "", true, flags, config, env, Optional.empty(), Optional.of(node)));
    }
    return out;
  }

  private List<ComponentConfig> staticPods(String dir) {
    List<ComponentConfig> out = new ArrayList<>();
    Path local = node.resolve(dir);
    if (!Files.isDirectory(local)) {
      return out;
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(local)) {
      ds.forEach(p -> {
        String n = p.getFileName().toString();
        if (Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".manifest") || n.endsWith(".json"))) {
          files.add(p);
        }
      });
    } catch (IOException e) {
      problems.add(InputProblem.warning(dir, 0, 0, "cannot list the static pod manifests: " + e.getMessage()));
      return out;
    }
    files.sort(null);
    for (Path f : files) {
      String name = node.nodePath(f);
      ManifestReader.FileResult r = new ManifestReader().read(new SourceFile(name, Optional.of(f)));
      problems.addAll(r.problems());
      for (Resource res : r.resources()) {
        for (ComponentConfig c : ScanComponents.of(res)) {
          out.add(new ComponentConfig(c.component(), c.source(), name, true, c.flags(), c.config(), c.env(), c.anchor(), Optional.of(node)));
        }
      }
    }
    return out;
  }

  /** A component's YAML (or JSON) configuration file on the node, as a located document. */
  private Optional<ConfigFile> configFile(String path) {
    Optional<String> text = node.read(path);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      List<YamlDocument> docs = YamlLoader.plain().load(text.get(), path);
      for (YamlDocument d : docs) {
        d.problems().forEach(p -> problems.add(new InputProblem(path, p.line(), p.column(), p.message(), true)));
      }
      return docs.stream().filter(d -> !d.hasFatalProblem()).findFirst().flatMap(YamlDocument::root)
          .map(root -> new ConfigFile(path, Field.root(root)));
    } catch (RuntimeException e) {
      problems.add(InputProblem.error(path, "cannot parse: " + e.getMessage()));
      return Optional.empty();
    }
  }

  private static List<String> nulSeparated(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String s : text.split("\0")) {
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      return List.of();
    }
  }
}
