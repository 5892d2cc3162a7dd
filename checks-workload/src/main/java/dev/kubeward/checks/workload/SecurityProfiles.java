package dev.kubeward.checks.workload;

import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import java.util.Locale;
import java.util.Optional;

/**
 * Which seccomp or AppArmor profile a container runs with, and the field or annotation that
 * decides it. The container's field wins over the pod's. For AppArmor the kubelet still reads the
 * container's annotation from before the field existed, after the container's field and before
 * the pod's; the seccomp annotations have done nothing since Kubernetes v1.27 (neither the kubelet
 * nor the API server reads them), so only the fields count and an annotation is merely noted.
 */
final class SecurityProfiles {

  /** The kind of profile, read from a field's {@code type} or an annotation's value. */
  enum Type { RUNTIME_DEFAULT, LOCALHOST, UNCONFINED, UNKNOWN }

  /** A profile and where it is set. */
  record Profile(Type type, Field source) {}

  private static final String SECCOMP_CONTAINER_ANNOTATION = "container.seccomp.security.alpha.kubernetes.io/";
  private static final String SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  private static final String APPARMOR_CONTAINER_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

  private SecurityProfiles() {}

  static Optional<Profile> seccomp(ContainerView container) {
    var sc = container.securityContext();
    return sc.own("seccompProfile").flatMap(SecurityProfiles::ofField)
        .or(() -> sc.podContext().flatMap(p -> p.get("seccompProfile")).flatMap(SecurityProfiles::ofField));
  }

  /** The name of an ignored seccomp annotation the pod may still rely on: the container's, else the pod's. */
  static Optional<String> legacySeccompAnnotation(ContainerView container) {
    PodSpecView pod = container.pod();
    if (pod.annotation(SECCOMP_CONTAINER_ANNOTATION, container.name()).isPresent()) {
      return Optional.of(SECCOMP_CONTAINER_ANNOTATION + container.name());
    }
    return pod.annotation(SECCOMP_POD_ANNOTATION).map(a -> SECCOMP_POD_ANNOTATION);
  }

  static Optional<Profile> appArmor(ContainerView container) {
    var sc = container.securityContext();
    return sc.own("appArmorProfile").flatMap(SecurityProfiles::ofField)
        .or(() -> container.pod().annotation(APPARMOR_CONTAINER_ANNOTATION, container.name())
            .flatMap(SecurityProfiles::ofAnnotation))
        .or(() -> sc.podContext().flatMap(p -> p.get("appArmorProfile")).flatMap(SecurityProfiles::ofField));
  }

  private static Optional<Profile> ofField(Field profile) {
    return profile.get("type").flatMap(t -> t.text().map(text -> new Profile(switch (text) {
      case "RuntimeDefault" -> Type.RUNTIME_DEFAULT;
      case "Localhost" -> Type.LOCALHOST;
      case "Unconfined" -> Type.UNCONFINED;
      default -> Type.UNKNOWN;
    }, t)));
  }

  private static Optional<Profile> ofAnnotation(Field annotation) {
    return annotation.text().map(v -> v.strip().toLowerCase(Locale.ROOT)).map(v -> new Profile(
        v.equals("unconfined") ? Type.UNCONFINED
            : v.equals("runtime/default") ? Type.RUNTIME_DEFAULT
            : v.startsWith("localhost/") ? Type.LOCALHOST
            : Type.UNKNOWN,
        annotation));
  }
}
