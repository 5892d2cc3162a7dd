package dev.kubeward.core.k8s;

import dev.kubeward.core.model.Field;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A container's effective security context. Fields Kubernetes defines on both the pod and the
 * container (runAsUser, runAsGroup, runAsNonRoot, seLinuxOptions, seccompProfile,
 * appArmorProfile, windowsOptions) take the container's value when set, else the pod's; the
 * others exist only on the container. windowsOptions merges field by field
 * ({@link #inheritedAt}), so a container that sets only runAsUserName keeps the pod's hostProcess. Each value keeps its own path, so a finding points to the
 * line that decides it.
 */
public final class SecurityContextView {

  private final Optional<Field> container;
  private final Optional<Field> pod;
  private final Field containerField;

  SecurityContextView(Optional<Field> container, Optional<Field> pod, Field containerField) {
    this.container = container;
    this.pod = pod;
    this.containerField = containerField;
  }

  /** The container's securityContext block, if it has one. */
  public Optional<Field> containerContext() {
    return container;
  }

  /** The pod's securityContext block, if it has one. */
  public Optional<Field> podContext() {
    return pod;
  }

  /** Where to point when a setting is missing: the container's securityContext, or the container. */
  public Field anchor() {
    return container.orElse(containerField);
  }

  /** A field that may be set on the pod or the container; the container's wins. */
  public Optional<Field> inherited(String key) {
    Optional<Field> own = own(key);
    return own.isPresent() || pod.isEmpty() ? own : pod.get().get(key);
  }

  /**
   * A field inside a block that Kubernetes merges field by field rather than as a whole
   * ({@code windowsOptions}): the container's value at {@code keys}, else the pod's.
   */
  public Optional<Field> inheritedAt(String... keys) {
    Optional<Field> own = container.flatMap(c -> c.at(keys));
    return own.isPresent() ? own : pod.flatMap(p -> p.at(keys));
  }

  /** A field that exists only on the container's security context. */
  public Optional<Field> own(String... keys) {
    return container.isPresent() ? container.get().at(keys) : Optional.empty();
  }

  /** {@link #own(String...)} of one key, the usual case, without the array. */
  public Optional<Field> own(String key) {
    return container.isPresent() ? container.get().get(key) : Optional.empty();
  }

  public Optional<Field> privileged() {
    return own("privileged");
  }

  public Optional<Field> allowPrivilegeEscalation() {
    return own("allowPrivilegeEscalation");
  }

  public Optional<Field> readOnlyRootFilesystem() {
    return own("readOnlyRootFilesystem");
  }

  public Optional<Field> runAsNonRoot() {
    return inherited("runAsNonRoot");
  }

  public Optional<Field> runAsUser() {
    return inherited("runAsUser");
  }

  public OptionalLong runAsUserValue() {
    return runAsUser().map(Field::integer).orElse(OptionalLong.empty());
  }

  public Optional<Field> seccompProfile() {
    return inherited("seccompProfile");
  }

  public Optional<Field> appArmorProfile() {
    return inherited("appArmorProfile");
  }

  public Optional<Field> seLinuxOptions() {
    return inherited("seLinuxOptions");
  }

  public Optional<Field> windowsOptions() {
    return inherited("windowsOptions");
  }

  public Optional<Field> capabilities() {
    return own("capabilities");
  }

  public boolean isTrue(Optional<Field> f) {
    return f.flatMap(Field::bool).orElse(false);
  }
}
