package dev.kubeward.pss.admission;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.Version;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The PodSecurity admission plugin's configuration: the policy of namespaces without labels, and
 * what is exempt. Usernames are kept but cannot apply offline: who creates a pod is not in its
 * manifest. Read from an AdmissionConfiguration's PodSecurity plugin ({@code configuration:} inline
 * or {@code path:} to a file, relative to the AdmissionConfiguration), or a PodSecurityConfiguration
 * file itself.
 *
 * @param source the file the configuration was read from
 */
public record PodSecurityConfiguration(NamespacePolicy defaults, Exemptions exemptions, String source) {

  /** What Pod Security admission never judges. */
  public record Exemptions(Set<String> usernames, Set<String> runtimeClasses, Set<String> namespaces) {
    public static final Exemptions NONE = new Exemptions(Set.of(), Set.of(), Set.of());
  }

  /** No configuration: every namespace without labels privileged:latest, nothing exempt. */
  public static final PodSecurityConfiguration NONE =
      new PodSecurityConfiguration(NamespacePolicy.PRIVILEGED, Exemptions.NONE, "");

  /** A configuration, or the problems that kept it from being read. */
  public record Read(Optional<PodSecurityConfiguration> configuration, List<InputProblem> problems) {}

  private static final Set<String> ADMISSION_VERSIONS =
      Set.of("apiserver.config.k8s.io/v1", "apiserver.config.k8s.io/v1alpha1", "apiserver.k8s.io/v1alpha1");
  private static final Set<String> CONFIG_VERSIONS = Set.of("pod-security.admission.config.k8s.io/v1",
      "pod-security.admission.config.k8s.io/v1beta1", "pod-security.admission.config.k8s.io/v1alpha1");

  public static Read read(Path file) {
    SourceFile source = SourceFile.of(file, Path.of(""));
    ManifestReader.FileResult read = new ManifestReader().read(source);
    List<InputProblem> problems = new ArrayList<>(read.problems());
    if (!problems.isEmpty()) {
      return new Read(Optional.empty(), problems);
    }
    for (Resource r : read.resources()) {
      if (r.kind().equals("AdmissionConfiguration") && ADMISSION_VERSIONS.contains(r.apiVersion())) {
        return fromAdmission(r, file, problems);
      }
      if (r.kind().equals("PodSecurityConfiguration") && CONFIG_VERSIONS.contains(r.apiVersion())) {
        return parse(r.root(), source.name(), problems);
      }
    }
    problems.add(InputProblem.error(source.name(),
        "no AdmissionConfiguration (apiserver.config.k8s.io/v1) or PodSecurityConfiguration here"));
    return new Read(Optional.empty(), problems);
  }

  private static Read fromAdmission(Resource r, Path file, List<InputProblem> problems) {
    String name = r.file().name();
    for (Field plugin : r.root().get("plugins").map(Field::items).orElse(List.of())) {
      if (!plugin.get("name").flatMap(Field::text).filter("PodSecurity"::equals).isPresent()) {
        continue;
      }
      Optional<Field> inline = plugin.get("configuration");
      if (inline.isPresent()) {
        return parse(inline.get(), name, problems);
      }
      Optional<String> path = plugin.get("path").flatMap(Field::text);
      if (path.isPresent()) {
        Path parent = file.toAbsolutePath().getParent();
        return read(parent == null ? Path.of(path.get()) : parent.resolve(path.get()));
      }
      problems.add(error(name, plugin, "the PodSecurity plugin has neither configuration nor path"));
      return new Read(Optional.empty(), problems);
    }
    problems.add(InputProblem.error(name, "the AdmissionConfiguration has no PodSecurity plugin"));
    return new Read(Optional.empty(), problems);
  }

  private static Read parse(Field config, String name, List<InputProblem> problems) {
    String kind = config.get("kind").flatMap(Field::text).orElse("");
    if (!kind.equals("PodSecurityConfiguration")) {
      problems.add(error(name, config, "the PodSecurity plugin's configuration must be a PodSecurityConfiguration, found kind \""
          + kind + "\""));
      return new Read(Optional.empty(), problems);
    }
    NamespacePolicy defaults = NamespacePolicy.PRIVILEGED;
    Optional<Field> d = config.get("defaults");
    for (Mode mode : Mode.values()) {
      Level level = Level.PRIVILEGED;
      Version version = Version.LATEST;
      Optional<Field> levelField = d.flatMap(f -> f.get(mode.label()));
      if (levelField.isPresent()) {
        String text = levelField.get().text().orElse("");
        Optional<Level> parsed = Level.parse(text);
        if (parsed.isEmpty()) {
          problems.add(error(name, levelField.get(), "defaults." + mode.label() + " \"" + text
              + "\" must be privileged, baseline or restricted"));
        }
        level = parsed.orElse(level);
      }
      Optional<Field> versionField = d.flatMap(f -> f.get(mode.label() + "-version"));
      if (versionField.isPresent()) {
        String text = versionField.get().text().orElse("");
        Optional<Version> parsed = Version.parse(text);
        if (parsed.isEmpty()) {
          problems.add(error(name, versionField.get(), "defaults." + mode.label() + "-version \"" + text
              + "\" must be latest or v1.N"));
        }
        version = parsed.orElse(version);
      }
      defaults = defaults.with(mode, LevelVersion.of(level, version), NamespacePolicy.Source.DEFAULTS);
    }
    Optional<Field> ex = config.get("exemptions");
    Exemptions exemptions = new Exemptions(strings(ex, "usernames"), strings(ex, "runtimeClasses"), strings(ex, "namespaces"));
    if (!problems.isEmpty()) {
      return new Read(Optional.empty(), problems);
    }
    return new Read(Optional.of(new PodSecurityConfiguration(defaults, exemptions, name)), problems);
  }

  private static Set<String> strings(Optional<Field> parent, String key) {
    return Set.copyOf(parent.flatMap(p -> p.get(key)).map(Field::items).orElse(List.of()).stream()
        .flatMap(f -> f.text().stream()).toList());
  }

  private static InputProblem error(String file, Field at, String message) {
    return InputProblem.error(file, at.line(), at.column(), message);
  }
}
