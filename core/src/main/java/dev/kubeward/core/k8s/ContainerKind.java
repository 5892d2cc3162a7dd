package dev.kubeward.core.k8s;

/** Where in the pod spec a container is declared. */
public enum ContainerKind {
  CONTAINER("containers"),
  INIT("initContainers"),
  EPHEMERAL("ephemeralContainers");

  private final String field;

  ContainerKind(String field) {
    this.field = field;
  }

  /** The pod spec field that lists containers of this kind. */
  public String field() {
    return field;
  }
}
