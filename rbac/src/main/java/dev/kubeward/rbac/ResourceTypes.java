package dev.kubeward.rbac;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resource types queries can name: the built-in API (a bundled table) and the custom
 * resources of CustomResourceDefinitions in the input. {@link #resolve(String)} reads a type as
 * {@code kubectl auth can-i} does: plural, singular or short name, optionally qualified with its
 * group ({@code deployments.apps}) or version and group ({@code deployments.v1.apps}),
 * case-insensitive; a name two groups share resolves to the built-in one first, the core group
 * first among those.
 */
public final class ResourceTypes {

  private static final ResourceTypes BUILT_IN = new ResourceTypes(loadBuiltIn());

  private final List<ResourceType> types;
  /** Plural, singular and short names to the types they name, in priority order. */
  private final Map<String, List<ResourceType>> byName = new HashMap<>();
  private final Map<String, ResourceType> byGroupResource = new HashMap<>();

  private ResourceTypes(List<ResourceType> types) {
    this.types = List.copyOf(types);
    for (ResourceType t : this.types) {
      byGroupResource.putIfAbsent(t.group() + "/" + t.resource(), t);
      index(t.resource(), t);
      index(t.singular(), t);
      t.shortNames().forEach(s -> index(s, t));
    }
  }

  private void index(String name, ResourceType t) {
    if (!name.isEmpty()) {
      List<ResourceType> list = byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
      if (!list.contains(t)) {
        list.add(t);
      }
    }
  }

  /** The built-in types only. */
  public static ResourceTypes builtIn() {
    return BUILT_IN;
  }

  /** The built-in types and {@code custom} (types of CustomResourceDefinitions), built-ins first. */
  public static ResourceTypes with(Collection<ResourceType> custom) {
    if (custom.isEmpty()) {
      return BUILT_IN;
    }
    List<ResourceType> all = new ArrayList<>(BUILT_IN.types);
    all.addAll(custom);
    return new ResourceTypes(all);
  }

  public List<ResourceType> all() {
    return types;
  }

  /** The type with this group and plural resource name. */
  public Optional<ResourceType> find(String group, String resource) {
    return Optional.ofNullable(byGroupResource.get(group + "/" + resource));
  }

  /**
   * Whether a resource is namespaced: as its type says; unknown types and {@code *} count as
   * namespaced (as kubectl assumes when discovery cannot say).
   */
  public boolean namespaced(String group, String resource) {
    return find(group, resource).map(ResourceType::namespaced).orElse(true);
  }

  /** A query's TYPE read: the type found, or the name taken as written with a warning. */
  public record Resolution(String group, String resource, Optional<ResourceType> type, Optional<String> warning) {}

  /**
   * Reads a TYPE argument as kubectl does. {@code *} is every resource of the core group, as
   * kubectl asks it; {@code *.*} (kubeward's) is every resource of every group, and
   * {@code *.GROUP} every resource of a group.
   */
  public Resolution resolve(String arg) {
    if (arg.equals("*")) {
      return new Resolution("", "*", Optional.empty(), Optional.empty());
    }
    if (arg.startsWith("*.") && arg.length() > 2) {
      return new Resolution(arg.substring(2).toLowerCase(Locale.ROOT), "*", Optional.empty(), Optional.empty());
    }
    String lower = arg.toLowerCase(Locale.ROOT);
    String[] parts = lower.split("\\.", 3);
    if (parts.length == 3) {
      Optional<ResourceType> t = lookup(parts[0], Optional.of(parts[2]));
      if (t.isPresent()) {
        return found(t.get());
      }
    }
    int dot = lower.indexOf('.');
    String resource = dot < 0 ? lower : lower.substring(0, dot);
    Optional<String> group = dot < 0 ? Optional.empty() : Optional.of(lower.substring(dot + 1));
    Optional<ResourceType> t = lookup(resource, group);
    if (t.isPresent()) {
      return found(t.get());
    }
    String where = group.map(g -> " in group '" + g + "'").orElse("");
    return new Resolution(group.orElse(""), resource, Optional.empty(), Optional.of(
        "'" + arg + "' is not a built-in resource type" + where + " and no CustomResourceDefinition in the input defines it;"
            + " asking about resource '" + resource + "'" + (group.isPresent() ? " in group '" + group.get() + "'" : " in the core group")
            + " as written"));
  }

  private static Resolution found(ResourceType t) {
    return new Resolution(t.group(), t.resource(), Optional.of(t), Optional.empty());
  }

  private Optional<ResourceType> lookup(String name, Optional<String> group) {
    for (ResourceType t : byName.getOrDefault(name, List.of())) {
      if (group.isEmpty() || group.get().equals(t.group())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static List<ResourceType> loadBuiltIn() {
    List<ResourceType> out = new ArrayList<>();
    try (InputStream in = ResourceTypes.class.getResourceAsStream("builtin-resources.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        out.add(new ResourceType(c[0], c[1], c[2], list(c[3]), c[4], Boolean.parseBoolean(c[5]), list(c[6]), "built-in"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> list(String csv) {
    return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
  }
}
