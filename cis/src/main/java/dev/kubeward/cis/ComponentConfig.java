package dev.kubeward.cis;

import dev.kubeward.cis.flags.Flags;
import dev.kubeward.cis.node.NodeFiles;
import dev.kubeward.core.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One running (or configured) instance of a component, as the checks read it: its flags, its
 * configuration file, its environment, and, on a node, the node's files. Settings resolve as the
 * component itself resolves them: a kubelet flag over its configuration file over the file's
 * defaults (or the flags' legacy defaults without {@code --config}); an etcd flag over its
 * {@code ETCD_*} environment variable, and with {@code --config-file} that file alone.
 *
 * @param source names the instance in reports: a manifest file, a process, a configuration file
 * @param file the manifest or configuration file that {@code anchor} and the flags' fields are in;
 *     empty for a process
 * @param flagsKnown false for a configuration document read on its own, whose component's command
 *     line is unknown (its flags may override it)
 * @param anchor where a finding about a missing setting points in a manifest (the container's
 *     command, or the configuration document)
 */
public record ComponentConfig(
    Component component,
    String source,
    String file,
    boolean flagsKnown,
    Flags flags,
    Optional<ConfigFile> config,
    Map<String, EnvVar> env,
    Optional<Field> anchor,
    Optional<NodeFiles> node) {

  /** An environment variable of the component's process or container. */
  public record EnvVar(String value, Optional<Field> field) {}

  public ComponentConfig {
    env = Map.copyOf(env);
  }

  /** A flag's effective value (no default). */
  public Setting flag(String name) {
    return flag(name, Optional.empty());
  }

  /** A flag's effective value, or its default. */
  public Setting flag(String name, String defaultValue) {
    return flag(name, Optional.of(defaultValue));
  }

  private Setting flag(String name, Optional<String> defaultValue) {
    if (component == Component.ETCD && config.isPresent()) {
      return etcdConfigFile(name, defaultValue);
    }
    Optional<Flags.Occurrence> o = flags.last(name);
    if (o.isPresent()) {
      return new Setting(name, Optional.of(o.get().value()), flags.list(name), Setting.Origin.FLAG, o.get().field(), "");
    }
    if (component == Component.ETCD) {
      String var = "ETCD_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
      EnvVar e = env.get(var);
      if (e != null) {
        return new Setting(var, Optional.of(e.value()), Flags.splitList(e.value()), Setting.Origin.ENVIRONMENT, e.field(), "");
      }
    }
    return Setting.ofDefault(name, defaultValue);
  }

  /** etcd with {@code --config-file} reads that file only; TLS keys sit under client- and peer-transport-security. */
  private Setting etcdConfigFile(String name, Optional<String> defaultValue) {
    ConfigFile file = config.get();
    List<String> paths = new ArrayList<>();
    paths.add(name);
    String bare = name.startsWith("peer-") ? name.substring(5) : name;
    String section = name.startsWith("peer-") ? "peer-transport-security" : "client-transport-security";
    if (List.of("cert-file", "key-file", "client-cert-auth", "trusted-ca-file", "auto-tls").contains(bare)) {
      paths.add(section + "." + bare);
    }
    for (String p : paths) {
      Optional<Field> f = file.at(p);
      if (f.isPresent()) {
        return fromConfig(name, f.get(), file);
      }
    }
    return Setting.ofDefault(name, defaultValue);
  }

  /** A kubelet setting: flag, then configuration file, then the applicable default. */
  public Setting kubelet(KubeletSetting s) {
    if (s.flag().isPresent()) {
      Optional<Flags.Occurrence> o = flags.last(s.flag().get());
      if (o.isPresent()) {
        return new Setting(s.flag().get(), Optional.of(o.get().value()), flags.list(s.flag().get()),
            Setting.Origin.FLAG, o.get().field(), "");
      }
    }
    if (config.isPresent()) {
      Optional<Field> f = config.get().at(s.field());
      if (f.isPresent()) {
        return fromConfig(s.field(), f.get(), config.get());
      }
    } else if (flags.has("config")) {
      return Setting.unknown(s.field(), flags.last("config").orElseThrow().value());
    }
    return Setting.ofDefault(s.flag().orElse(s.field()), s.defaultValue(config.isPresent()));
  }

  /** A kube-proxy setting: flag, then KubeProxyConfiguration field, then {@code defaultValue}. */
  public Setting proxy(String flag, String field, Optional<String> defaultValue) {
    Optional<Flags.Occurrence> o = flags.last(flag);
    if (o.isPresent()) {
      return new Setting(flag, Optional.of(o.get().value()), flags.list(flag), Setting.Origin.FLAG, o.get().field(), "");
    }
    if (config.isPresent()) {
      Optional<Field> f = config.get().at(field);
      if (f.isPresent()) {
        return fromConfig(field, f.get(), config.get());
      }
    } else if (flags.has("config")) {
      return Setting.unknown(field, flags.last("config").orElseThrow().value());
    }
    return Setting.ofDefault(flag, defaultValue);
  }

  /** Feature gates: the configuration file's, with the flag's entries winning key by key. */
  public Map<String, String> featureGates() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    config.flatMap(c -> c.at("featureGates")).ifPresent(f -> f.entries()
        .forEach(e -> e.value().text().ifPresent(v -> out.put(e.key(), v))));
    out.putAll(flags.map("feature-gates"));
    return out;
  }

  private static Setting fromConfig(String name, Field f, ConfigFile file) {
    List<String> items = f.isSeq()
        ? f.items().stream().flatMap(i -> i.text().stream()).toList()
        : f.text().map(Flags::splitList).orElse(List.of());
    Optional<String> text = f.isSeq() ? Optional.of(String.join(",", items)) : f.text();
    return new Setting(name, text, items, Setting.Origin.CONFIG_FILE, Optional.of(f), " in " + file.name());
  }
}
