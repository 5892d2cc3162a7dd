package dev.kubeward.core.k8s;

import dev.kubeward.core.model.Field;
import java.util.Optional;
import java.util.function.Function;

/** A read-only view of one container of a pod spec, of any of the three kinds. */
public final class ContainerView extends DerivedValues<ContainerView> {

  private final PodSpecView pod;
  private final Field container;
  private final ContainerKind kind;
  private SecurityContextView securityContext;
  private String name;
  private Optional<ImageReference> imageReference;
  private Optional<Field> image;
  private Optional<Field> resources;

  ContainerView(PodSpecView pod, Field container, ContainerKind kind) {
    this.pod = pod;
    this.container = container;
    this.kind = kind;
  }

  public PodSpecView pod() {
    return pod;
  }

  public Field field() {
    return container;
  }

  public ContainerKind kind() {
    return kind;
  }

  public String name() {
    if (name == null) {
      name = container.get("name").flatMap(Field::text).orElse("<unnamed>");
    }
    return name;
  }

  public Optional<Field> get(String... keys) {
    return container.at(keys);
  }

  /** The image field; read once however many checks ask. */
  public Optional<Field> image() {
    if (image == null) {
      image = container.get("image");
    }
    return image;
  }

  /** The resources field (requests and limits); read once however many checks ask. */
  public Optional<Field> resources() {
    if (resources == null) {
      resources = container.get("resources");
    }
    return resources;
  }

  /**
   * The image parsed as the container runtime reads it; empty when unset or not a valid
   * reference. Parsed once however many checks ask.
   */
  public Optional<ImageReference> imageReference() {
    if (imageReference == null) {
      imageReference = image().flatMap(Field::text).flatMap(ImageReference::parse);
    }
    return imageReference;
  }

  /** The effective security context: the container's own settings over the pod's. */
  public SecurityContextView securityContext() {
    if (securityContext == null) {
      securityContext =
          new SecurityContextView(
              container.get("securityContext").filter(Field::isMap), pod.securityContext(), container);
    }
    return securityContext;
  }

  /**
   * A value several checks derive from a container in the same way (its image as they read it,
   * which resource settings it has): made by the first check that asks, with {@code key}'s
   * function, and kept with the view, so that the others read it. The function must read only the
   * view, and the value must not be changed by those who read it.
   */
  public static final class Derived<T> extends DerivedValues.Key<ContainerView, T> {
    public Derived(Function<ContainerView, T> compute) {
      super(compute);
    }
  }

  /** {@code key}'s value for this container, made once (see {@link Derived}) and kept in {@link DerivedValues}. */
  public <T> T derived(Derived<T> key) {
    return derivedValue(key);
  }
}
