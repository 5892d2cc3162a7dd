package dev.kubeward.pss.admission;

import dev.kubeward.pss.Level;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.Version;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The level and version of each mode for a namespace, and where each came from.
 *
 * @param sources per mode, what set it: the namespace's labels, the cluster defaults, or a what-if
 */
public record NamespacePolicy(Map<Mode, LevelVersion> modes, Map<Mode, Source> sources) {

  /** Where a mode's level and version come from. */
  public enum Source { LABELS, DEFAULTS, WHAT_IF }

  /** Pod Security admission without configuration: privileged:latest for every mode. */
  public static final NamespacePolicy PRIVILEGED = uniform(LevelVersion.of(Level.PRIVILEGED, Version.LATEST));

  public NamespacePolicy {
    modes = Map.copyOf(modes);
    sources = Map.copyOf(sources);
  }

  public static NamespacePolicy uniform(LevelVersion lv) {
    Map<Mode, LevelVersion> modes = new EnumMap<>(Mode.class);
    Map<Mode, Source> sources = new EnumMap<>(Mode.class);
    for (Mode m : Mode.values()) {
      modes.put(m, lv);
      sources.put(m, Source.DEFAULTS);
    }
    return new NamespacePolicy(modes, sources);
  }

  public LevelVersion get(Mode mode) {
    return modes.get(mode);
  }

  public Source source(Mode mode) {
    return sources.get(mode);
  }

  /** This policy with {@code mode} set to {@code lv} by {@code source}. */
  public NamespacePolicy with(Mode mode, LevelVersion lv, Source source) {
    Map<Mode, LevelVersion> m = new EnumMap<>(modes);
    Map<Mode, Source> s = new EnumMap<>(sources);
    m.put(mode, lv);
    s.put(mode, source);
    return new NamespacePolicy(m, s);
  }

  /** A policy read from labels, with the labels that could not be read. */
  public record Labelled(NamespacePolicy policy, List<String> errors) {}

  /**
   * The policy a namespace's labels give, over {@code defaults}, as upstream's PolicyToEvaluate
   * resolves it: a mode's level or version label replaces the default; an unreadable enforce level
   * means restricted (fail closed), an unreadable audit or warn level privileged (fail open), an
   * unreadable version latest.
   */
  public static Labelled fromLabels(Map<String, String> labels, NamespacePolicy defaults) {
    NamespacePolicy p = defaults;
    List<String> errors = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      String levelText = labels.get(mode.levelLabel());
      String versionText = labels.get(mode.versionLabel());
      if (levelText == null && versionText == null) {
        continue;
      }
      Level level = defaults.get(mode).level();
      if (levelText != null) {
        level = Level.parse(levelText).orElse(mode == Mode.ENFORCE ? Level.RESTRICTED : Level.PRIVILEGED);
        if (Level.parse(levelText).isEmpty()) {
          errors.add(mode.levelLabel() + "=\"" + levelText + "\" must be one of privileged, baseline, restricted; "
              + (mode == Mode.ENFORCE ? "the API server enforces restricted" : "the API server ignores it"));
        }
      }
      Version version = defaults.get(mode).version();
      if (versionText != null) {
        version = Version.parse(versionText).orElse(Version.LATEST);
        if (Version.parse(versionText).isEmpty()) {
          errors.add(mode.versionLabel() + "=\"" + versionText + "\" must be \"latest\" or \"v1.x\"; the API server uses latest");
        }
      }
      p = p.with(mode, LevelVersion.of(level, version), Source.LABELS);
    }
    return new Labelled(p, List.copyOf(errors));
  }
}
