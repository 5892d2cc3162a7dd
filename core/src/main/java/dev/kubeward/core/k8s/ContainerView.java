package dev.kubeward.core.k8s;

import dev.kubeward.core.model.Field;
import java.util.Optional;

/** A read-only view of one container of a pod spec, of any of the three kinds. */
public final class ContainerView {

  private final PodSpecView pod;
  private final Field container;
  private final ContainerKind kind;
  private SecurityContextView securityContext;

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
    return container.get("name").flatMap(Field::text).orElse("<unnamed>");
  }

  public Optional<Field> get(String... keys) {
    return container.at(keys);
  }

  public Optional<Field> image() {
    return container.get("image");
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
}
