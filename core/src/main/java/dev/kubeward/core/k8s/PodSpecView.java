package dev.kubeward.core.k8s;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A read-only view of a pod spec inside any workload, with the metadata of its pod (template).
 * Every value comes back as a {@link Field}, so a finding can name its path and line.
 */
public final class PodSpecView extends DerivedValues<PodSpecView> {

  private final Resource resource;
  private final Field spec;
  private final Optional<Field> metadata;
  private List<ContainerView> containers;
  private Boolean windows;
  private Optional<Field> resources;
  private Optional<Field> annotationsField;
  private Optional<Field> securityContext;
  private List<Field> volumes;

  PodSpecView(Resource resource, Field spec, Optional<Field> metadata) {
    this.resource = resource;
    this.spec = spec;
    this.metadata = metadata.filter(Field::isMap);
  }

  public Resource resource() {
    return resource;
  }

  public Field spec() {
    return spec;
  }

  /** The pod's metadata (the template's for a controller); empty if it has none. */
  public Optional<Field> metadata() {
    return metadata;
  }

  /** Annotations of the pod (template); a Pod's own annotations for a bare Pod. */
  public Map<String, String> annotations() {
    return Field.stringMap(annotationsField());
  }

  /** One annotation of the pod (template), located, so a finding can point at it. */
  public Optional<Field> annotation(String key) {
    Optional<Field> all = annotationsField();
    return all.isPresent() ? all.get().get(key) : Optional.empty();
  }

  /**
   * The annotation {@code prefix + name} (a container's, as {@code container.apparmor...kubernetes.io/web}),
   * as {@link #annotation(String)}: the key is made only when the pod has annotations, which most have not.
   */
  public Optional<Field> annotation(String prefix, String name) {
    Optional<Field> all = annotationsField();
    return all.isPresent() ? all.get().get(prefix + name) : Optional.empty();
  }

  /** The pod's annotations field; read once, as checks ask for annotations of each container. */
  private Optional<Field> annotationsField() {
    if (annotationsField == null) {
      annotationsField = metadata.flatMap(m -> m.get("annotations"));
    }
    return annotationsField;
  }

  public Optional<Field> get(String... keys) {
    return spec.at(keys);
  }

  /** The pod-level resources field; read once however many checks ask. */
  public Optional<Field> resources() {
    if (resources == null) {
      resources = spec.get("resources");
    }
    return resources;
  }

  public boolean flag(String key) {
    return spec.get(key).flatMap(Field::bool).orElse(false);
  }

  /** The pod's securityContext, if it is a mapping; read once, as every container's view asks for it. */
  public Optional<Field> securityContext() {
    if (securityContext == null) {
      securityContext = spec.get("securityContext").filter(Field::isMap);
    }
    return securityContext;
  }

  /** The volumes that are mappings; malformed ones are left to the shape report. Read once however many checks ask. */
  public List<Field> volumes() {
    if (volumes == null) {
      Optional<Field> list = spec.get("volumes");
      List<Field> out = new ArrayList<>();
      for (Field v : list.isPresent() ? list.get().items() : List.<Field>of()) {
        if (v.isMap()) {
          out.add(v);
        }
      }
      volumes = out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
    }
    return volumes;
  }

  /**
   * A value several checks derive from a pod spec in the same way (its host path volumes, say):
   * made by the first check that asks, with {@code key}'s function, and kept with the view, so
   * that the others read it. The function must read only the view, and the value must not be
   * changed by those who read it.
   */
  public static final class Derived<T> extends DerivedValues.Key<PodSpecView, T> {
    public Derived(Function<PodSpecView, T> compute) {
      super(compute);
    }
  }

  /** {@code key}'s value for this pod spec, made once (see {@link Derived}) and kept in {@link DerivedValues}. */
  public <T> T derived(Derived<T> key) {
    return derivedValue(key);
  }

  /** Containers, init containers and ephemeral containers, in that order. */
  public List<ContainerView> allContainers() {
    if (containers == null) {
      List<ContainerView> all = new ArrayList<>();
      for (ContainerKind kind : ContainerKind.values()) {
        Optional<Field> list = spec.get(kind.field());
        if (list.isEmpty()) {
          continue;
        }
        for (Field c : list.get().items()) {
          if (c.isMap()) {
            all.add(new ContainerView(this, c, kind));
          }
        }
      }
      containers = List.copyOf(all);
    }
    return containers;
  }

  /** The OS the pod declares ({@code spec.os.name}); empty if unset. */
  public Optional<String> os() {
    return spec.at("os", "name").flatMap(Field::text);
  }

  /**
   * Whether the pod declares itself a Windows pod ({@code spec.os.name: windows}); the API
   * server then rejects Linux-only settings such as capabilities, seccomp and a read-only root.
   */
  public boolean isWindows() {
    if (windows == null) {
      windows = os().filter(os -> os.equalsIgnoreCase("windows")).isPresent();
    }
    return windows;
  }

  /**
   * The service account the pod runs as: {@code default} unless named. An empty name is no name,
   * as Kubernetes reads it (a Helm chart that creates no account often renders one).
   */
  public String serviceAccountName() {
    return spec.get("serviceAccountName")
        .flatMap(Field::text)
        .filter(name -> !name.isBlank())
        .or(() -> spec.get("serviceAccount").flatMap(Field::text).filter(name -> !name.isBlank()))
        .orElse("default");
  }

}
