package dev.kubeward.pss;

import dev.kubeward.core.yaml.MapNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The settings of one {@code securityContext} block, pod's or container's, that the Pod Security
 * Standards read. Fields a block cannot have (privileged on a pod) are simply unset. A profile
 * block that is set without a type has type {@code ""}, as Go decodes it.
 *
 * @param capabilities {@code capabilities.add} and {@code capabilities.drop}, when the block is set
 */
public record SecurityFacts(
    Optional<Boolean> privileged,
    Optional<Boolean> allowPrivilegeEscalation,
    Optional<Boolean> runAsNonRoot,
    OptionalLong runAsUser,
    Optional<String> procMount,
    Optional<String> seccompProfileType,
    Optional<String> appArmorProfileType,
    Optional<SeLinux> seLinuxOptions,
    Optional<Boolean> hostProcess,
    Optional<Capabilities> capabilities,
    List<String> sysctls) {

  /** {@code seLinuxOptions}: empty strings for what is unset. */
  public record SeLinux(String type, String user, String role) {}

  /** {@code capabilities}: the names as written. */
  public record Capabilities(List<String> add, List<String> drop) {}

  static SecurityFacts read(MapNode sc) {
    MapNode caps = Nodes.map(sc, "capabilities");
    MapNode se = Nodes.map(sc, "seLinuxOptions");
    return new SecurityFacts(
        Nodes.bool(sc, "privileged"),
        Nodes.bool(sc, "allowPrivilegeEscalation"),
        Nodes.bool(sc, "runAsNonRoot"),
        Nodes.integer(sc, "runAsUser"),
        Nodes.text(sc, "procMount"),
        profileType(sc, "seccompProfile"),
        profileType(sc, "appArmorProfile"),
        se == null ? Optional.empty()
            : Optional.of(new SeLinux(Nodes.string(se, "type"), Nodes.string(se, "user"), Nodes.string(se, "role"))),
        Nodes.bool(Nodes.map(sc, "windowsOptions"), "hostProcess"),
        caps == null ? Optional.empty()
            : Optional.of(new Capabilities(Nodes.strings(caps, "add"), Nodes.strings(caps, "drop"))),
        sysctlNames(sc));
  }

  private static Optional<String> profileType(MapNode sc, String key) {
    MapNode profile = Nodes.map(sc, key);
    return profile == null ? Optional.empty() : Optional.of(Nodes.string(profile, "type"));
  }

  private static List<String> sysctlNames(MapNode sc) {
    var items = Nodes.list(sc, "sysctls");
    if (items.isEmpty()) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>(items.size());
    for (var item : items) {
      if (item instanceof MapNode m) {
        out.add(Nodes.string(m, "name"));
      }
    }
    return out;
  }
}
