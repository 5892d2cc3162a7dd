package dev.kubeward.checks.workload;

import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import java.util.Locale;
import java.util.Optional;

/**
 * Which seccomp or AppArmor profile a container runs with, and the field or annotation that
 * decides it. The kubelet looks, in order, at the container's field, the container's annotation,
 * the pod's field and the pod's annotation; the first that is set wins. The annotations are the
 * forms from before the fields existed and are still found in older manifests.
 */
final class SecurityProfiles {

  /** The kind of profile, read from a field's {@code type} or an annotation's value. */
  enum Type { RUNTIME_DEFAULT, LOCALHOST, UNCONFINED, UNKNOWN }

  /** A profile and where it is set. */
  record Profile(Type type, Field source) {}

  private SecurityProfiles() {}

  static Optional<Profile> seccomp(ContainerView container) {
    return resolve(container, "seccompProfile", "container.seccomp.security.alpha.kubernetes.io/",
        Optional.of("seccomp.security.alpha.kubernetes.io/pod"));
  }

  static Optional<Profile> appArmor(ContainerView container) {
    return resolve(container, "appArmorProfile", "container.apparmor.security.beta.kubernetes.io/", Optional.empty());
  }

  private static Optional<Profile> resolve(
      ContainerView container, String field, String containerAnnotationPrefix, Optional<String> podAnnotation) {
    var sc = container.securityContext();
    PodSpecView pod = container.pod();
    return sc.own(field).flatMap(SecurityProfiles::ofField)
        .or(() -> pod.annotation(containerAnnotationPrefix + container.name()).flatMap(SecurityProfiles::ofAnnotation))
        .or(() -> sc.podContext().flatMap(p -> p.get(field)).flatMap(SecurityProfiles::ofField))
        .or(() -> podAnnotation.flatMap(pod::annotation).flatMap(SecurityProfiles::ofAnnotation));
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
            : v.equals("runtime/default") || v.equals("docker/default") ? Type.RUNTIME_DEFAULT
            : v.startsWith("localhost/") ? Type.LOCALHOST
            : Type.UNKNOWN,
        annotation));
  }
}
