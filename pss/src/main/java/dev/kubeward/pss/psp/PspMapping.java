package dev.kubeward.pss.psp;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.pss.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A legacy PodSecurityPolicy (policy/v1beta1, removed in Kubernetes 1.25) mapped to the closest Pod
 * Security Standards level, after upstream's "Mapping PodSecurityPolicies to Pod Security
 * Standards": the strictest level whose every requirement the policy also imposes.
 *
 * @param level the closest level: restricted, baseline, or privileged when it allows what baseline forbids
 * @param baselineGaps what the policy allows that baseline forbids
 * @param restrictedGaps what the policy allows that restricted forbids beside those
 * @param notCarriedOver settings of the policy that no Pod Security level expresses (defaults it
 *     mutates pods with, ranges, allow-lists finer than a level): Pod Security admission will not
 *     enforce them
 */
public record PspMapping(
    String name, Level level, List<String> baselineGaps, List<String> restrictedGaps, List<String> notCarriedOver) {

  private static final Set<String> BASELINE_CAPABILITIES = Set.of(
      "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP",
      "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");
  private static final Set<String> RESTRICTED_VOLUMES = Set.of(
      "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret");
  private static final Set<String> SELINUX_TYPES =
      Set.of("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t");
  private static final String SECCOMP_ALLOWED = "seccomp.security.alpha.kubernetes.io/allowedProfileNames";
  private static final String APPARMOR_ALLOWED = "apparmor.security.beta.kubernetes.io/allowedProfileNames";

  /** The kinds of a PodSecurityPolicy: policy/v1beta1 and, before 1.16, extensions/v1beta1. */
  public static boolean isPodSecurityPolicy(Resource r) {
    return r.kind().equals("PodSecurityPolicy") && (r.group().equals("policy") || r.group().equals("extensions"));
  }

  public static PspMapping of(Resource psp) {
    Field spec = psp.root().get("spec").orElse(psp.root());
    Map<String, String> annotations = psp.annotations();
    List<String> baseline = new ArrayList<>();
    List<String> restricted = new ArrayList<>();
    if (flag(spec, "privileged")) {
      baseline.add("privileged: true allows privileged containers");
    }
    for (String ns : List.of("hostNetwork", "hostPID", "hostIPC")) {
      if (flag(spec, ns)) {
        baseline.add(ns + ": true shares a host namespace");
      }
    }
    if (!items(spec, "hostPorts").isEmpty()) {
      baseline.add("hostPorts allows host ports");
    }
    List<String> caps = new ArrayList<>(strings(spec, "allowedCapabilities"));
    caps.addAll(strings(spec, "defaultAddCapabilities"));
    List<String> beyondDefault = caps.stream().filter(c -> !BASELINE_CAPABILITIES.contains(c)).distinct().toList();
    if (!beyondDefault.isEmpty()) {
      baseline.add("allowedCapabilities allows " + String.join(", ", beyondDefault) + ", beyond the default set");
    }
    List<String> beyondBind = caps.stream().filter(c -> !c.equals("NET_BIND_SERVICE")).distinct().toList();
    if (!beyondBind.isEmpty()) {
      restricted.add("allowedCapabilities allows " + String.join(", ", beyondBind) + ", restricted only NET_BIND_SERVICE");
    }
    if (!strings(spec, "requiredDropCapabilities").contains("ALL")) {
      restricted.add("requiredDropCapabilities does not include ALL");
    }
    List<String> volumes = strings(spec, "volumes");
    if (volumes.contains("*") || volumes.contains("hostPath")) {
      baseline.add("volumes allows " + (volumes.contains("*") ? "every volume type" : "hostPath"));
    }
    List<String> restrictedTypes = volumes.stream().filter(v -> !RESTRICTED_VOLUMES.contains(v)).toList();
    if (!restrictedTypes.isEmpty()) {
      restricted.add("volumes allows " + String.join(", ", restrictedTypes));
    }
    seLinux(spec, baseline);
    if (!strings(spec, "allowedUnsafeSysctls").isEmpty()) {
      baseline.add("allowedUnsafeSysctls allows " + String.join(", ", strings(spec, "allowedUnsafeSysctls")));
    }
    List<String> procMounts = strings(spec, "allowedProcMountTypes");
    if (!procMounts.isEmpty() && !procMounts.equals(List.of("Default"))) {
      baseline.add("allowedProcMountTypes allows " + String.join(", ", procMounts));
    }
    profiles(annotations, APPARMOR_ALLOWED, Set.of("runtime/default"), "localhost/", baseline, "AppArmor");
    Optional<List<String>> seccomp = annotationList(annotations, SECCOMP_ALLOWED);
    profiles(annotations, SECCOMP_ALLOWED, Set.of("runtime/default", "docker/default", ""), "localhost/", baseline, "seccomp");
    if (seccomp.isEmpty() || seccomp.get().contains("") || seccomp.get().contains("*")
        || seccomp.get().stream().anyMatch(p -> !p.equals("runtime/default") && !p.equals("docker/default") && !p.startsWith("localhost/"))) {
      restricted.add("the seccomp allowedProfileNames annotation does not require runtime/default or localhost/*");
    }
    runAsUser(spec, restricted);
    if (spec.get("allowPrivilegeEscalation").flatMap(Field::bool).orElse(true)) {
      restricted.add("allowPrivilegeEscalation is not false");
    }
    Level level = !baseline.isEmpty() ? Level.PRIVILEGED : !restricted.isEmpty() ? Level.BASELINE : Level.RESTRICTED;
    return new PspMapping(psp.name(), level, List.copyOf(baseline), List.copyOf(restricted), notCarriedOver(spec, annotations));
  }

  private static void seLinux(Field spec, List<String> baseline) {
    Optional<Field> se = spec.get("seLinux");
    String rule = se.flatMap(s -> s.get("rule")).flatMap(Field::text).orElse("RunAsAny");
    if (!rule.equals("MustRunAs")) {
      baseline.add("seLinux.rule " + rule + " allows any SELinux options");
      return;
    }
    Optional<Field> options = se.flatMap(s -> s.get("seLinuxOptions"));
    if (!options.flatMap(o -> o.get("user")).flatMap(Field::text).orElse("").isEmpty()
        || !options.flatMap(o -> o.get("role")).flatMap(Field::text).orElse("").isEmpty()) {
      baseline.add("seLinux.seLinuxOptions sets a user or role");
    }
    String type = options.flatMap(o -> o.get("type")).flatMap(Field::text).orElse("");
    if (!SELINUX_TYPES.contains(type)) {
      baseline.add("seLinux.seLinuxOptions.type " + type + " is not a container type");
    }
  }

  private static void runAsUser(Field spec, List<String> restricted) {
    Optional<Field> r = spec.get("runAsUser");
    String rule = r.flatMap(f -> f.get("rule")).flatMap(Field::text).orElse("RunAsAny");
    if (rule.equals("MustRunAsNonRoot")) {
      return;
    }
    List<Field> ranges = r.flatMap(f -> f.get("ranges")).map(Field::items).orElse(List.of());
    boolean nonZero = !ranges.isEmpty()
        && ranges.stream().allMatch(range -> range.get("min").map(Field::integer).orElse(java.util.OptionalLong.empty())
            .orElse(0) > 0);
    if (!(rule.equals("MustRunAs") && nonZero)) {
      restricted.add("runAsUser.rule " + rule + " allows UID 0");
    }
  }

  /** A profile allow-list annotation: unset, or only allowed names and prefixed local profiles. */
  private static void profiles(Map<String, String> annotations, String key, Set<String> allowed, String prefix,
      List<String> baseline, String what) {
    annotationList(annotations, key).ifPresent(list -> {
      List<String> other = list.stream().filter(p -> !allowed.contains(p) && !p.startsWith(prefix)).toList();
      if (!other.isEmpty()) {
        baseline.add("the " + what + " allowedProfileNames annotation allows " + String.join(", ", other));
      }
    });
  }

  private static Optional<List<String>> annotationList(Map<String, String> annotations, String key) {
    return Optional.ofNullable(annotations.get(key)).map(v -> Arrays.stream(v.split(",", -1)).map(String::strip).toList());
  }

  private static List<String> notCarriedOver(Field spec, Map<String, String> annotations) {
    List<String> out = new ArrayList<>();
    for (String strategy : List.of("runAsUser", "runAsGroup", "supplementalGroups", "fsGroup")) {
      Optional<String> rule = spec.at(strategy, "rule").flatMap(Field::text);
      if (rule.filter(r -> r.equals("MustRunAs") || r.equals("MayRunAs")).isPresent()) {
        out.add(strategy + " " + rule.get() + " ranges");
      }
    }
    if (flag(spec, "readOnlyRootFilesystem")) {
      out.add("readOnlyRootFilesystem");
    }
    for (String key : List.of("defaultAddCapabilities", "allowedHostPaths", "allowedFlexVolumes", "allowedCSIDrivers",
        "forbiddenSysctls")) {
      if (!items(spec, key).isEmpty()) {
        out.add(key);
      }
    }
    if (spec.get("defaultAllowPrivilegeEscalation").isPresent()) {
      out.add("defaultAllowPrivilegeEscalation");
    }
    if (spec.get("runtimeClass").isPresent()) {
      out.add("runtimeClass");
    }
    for (String key : List.of("seccomp.security.alpha.kubernetes.io/defaultProfileName",
        "apparmor.security.beta.kubernetes.io/defaultProfileName")) {
      if (annotations.containsKey(key)) {
        out.add(key);
      }
    }
    return List.copyOf(out);
  }

  private static boolean flag(Field spec, String key) {
    return spec.get(key).flatMap(Field::bool).orElse(false);
  }

  private static List<Field> items(Field spec, String key) {
    return spec.get(key).map(Field::items).orElse(List.of());
  }

  private static List<String> strings(Field spec, String key) {
    return items(spec, key).stream().flatMap(f -> f.text().stream()).toList();
  }

  /** One sentence: the level, what keeps it from the next, what will not be carried over. */
  public String describe() {
    StringBuilder sb = new StringBuilder("PodSecurityPolicy ").append(name).append(" maps to Pod Security level ")
        .append(level.label());
    if (!baselineGaps.isEmpty()) {
      sb.append("; baseline would forbid what it allows: ").append(String.join("; ", baselineGaps));
    }
    if (!restrictedGaps.isEmpty()) {
      sb.append("; restricted").append(baselineGaps.isEmpty() ? "" : " also").append(" would forbid: ")
          .append(String.join("; ", restrictedGaps));
    } else if (!baselineGaps.isEmpty()) {
      sb.append("; it meets restricted otherwise");
    }
    if (!notCarriedOver.isEmpty()) {
      sb.append("; no Pod Security level carries over: ").append(String.join(", ", notCarriedOver));
    }
    return sb.toString();
  }
}
