package dev.kubeward.pss.rules;

import dev.kubeward.core.check.Framework;
import dev.kubeward.core.check.Reference;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.yaml.YamlLoader;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.PssCheck;
import dev.kubeward.pss.Version;
import java.util.List;
import java.util.Optional;

/**
 * How {@code kubeward scan} runs the Pod Security rules (KW-0100 to KW-0118). They are opt-in: by
 * default the workload checks report the same problems in kubeward's own words. With
 * {@code --pss-level LEVEL[:VERSION]} they judge every pod at that level and version, and the
 * workload rules whose every Pod Security control they then cover step aside, so that no problem
 * is reported twice. A workload rule with no Pod Security control, or with a restricted one while
 * the level is baseline, keeps running.
 */
public final class ScanSettings {

  private ScanSettings() {}

  /** Whether the rule is one of upstream's checks. */
  public static boolean isPssRule(Rule rule) {
    return rule.check() instanceof PssCheck;
  }

  /**
   * {@code LEVEL} or {@code LEVEL:VERSION}, e.g. {@code restricted:v1.30}; latest when no version.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static LevelVersion parse(String text) {
    int colon = text.indexOf(':');
    String l = colon < 0 ? text : text.substring(0, colon);
    Level level = Level.parse(l).orElseThrow(() -> new IllegalArgumentException(
        "\"" + l + "\" is not a level; choose baseline, restricted or privileged"));
    if (colon < 0) {
      return LevelVersion.of(level, Version.LATEST);
    }
    String v = text.substring(colon + 1);
    return LevelVersion.of(level, Version.parse(v).orElseThrow(() -> new IllegalArgumentException(
        "\"" + v + "\" is not a version; write latest or v1.N")));
  }

  /** The rules that report nothing new once the Pod Security rules run at {@code level}. */
  public static List<Rule> superseded(List<Rule> rules, Level level) {
    return rules.stream().filter(r -> !isPssRule(r)).filter(r -> {
      List<Reference> pss = r.references(Framework.PSS);
      return !pss.isEmpty() && level != Level.PRIVILEGED && pss.stream().allMatch(ref -> covered(ref, level));
    }).toList();
  }

  private static boolean covered(Reference control, Level level) {
    return control.control().startsWith("baseline/") || (level == Level.RESTRICTED && control.control().startsWith("restricted/"));
  }

  /** The check options that make a Pod Security rule judge at {@code lv}. */
  public static Field options(LevelVersion lv) {
    String yaml = "level: " + lv.level().label() + "\nversion: " + lv.version() + "\n";
    return Field.root(YamlLoader.plain().load(yaml, "--pss-level").get(0).root().orElseThrow());
  }

  /** An option of a Pod Security rule in the configuration that is not a level or version. */
  public record InvalidOption(Field at, String why) {}

  public static Optional<InvalidOption> invalidOptions(Field options) {
    for (String key : List.of("level", "version")) {
      Optional<Field> f = options.get(key);
      String text = f.flatMap(Field::text).orElse("");
      if (f.isPresent() && (key.equals("level") ? Level.parse(text).isEmpty() : Version.parse(text).isEmpty())) {
        return Optional.of(new InvalidOption(f.get(), key + " \"" + text + "\" is not " + (key.equals("level")
            ? "privileged, baseline or restricted" : "latest or v1.N")));
      }
    }
    return Optional.empty();
  }
}
