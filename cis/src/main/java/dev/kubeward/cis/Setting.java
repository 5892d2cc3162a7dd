package dev.kubeward.cis;

import dev.kubeward.cis.flags.Comparison;
import dev.kubeward.cis.flags.Flags;
import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Optional;

/**
 * A setting's effective value and where it comes from: a command-line flag, a configuration
 * file, an environment variable, or the component's default (value absent when the default is
 * "nothing"). {@code field} locates it in a manifest or configuration document when it was read
 * from one; {@code items} holds a list setting's elements.
 */
public record Setting(
    String name, Optional<String> value, List<String> items, Origin origin, Optional<Field> field, String where) {

  /** Where an effective value was set. */
  public enum Origin { FLAG, CONFIG_FILE, ENVIRONMENT, DEFAULT, UNKNOWN }

  /** A setting left to a configuration file that was named but could not be read. */
  public static Setting unknown(String name, String file) {
    return new Setting(name, Optional.empty(), List.of(), Origin.UNKNOWN, Optional.empty(), " in " + file);
  }

  /** Whether its value cannot be known (its configuration file was not read). */
  public boolean unknown() {
    return origin == Origin.UNKNOWN;
  }

  public static Setting ofDefault(String name, Optional<String> value) {
    return new Setting(name, value, value.map(Flags::splitList).orElse(List.of()), Origin.DEFAULT, Optional.empty(), "");
  }

  /** Whether it was written somewhere rather than left to the default. */
  public boolean explicit() {
    return origin != Origin.DEFAULT && origin != Origin.UNKNOWN;
  }

  /** Whether it has a value, written or default. */
  public boolean present() {
    return value.isPresent();
  }

  public String text() {
    return value.orElse("");
  }

  /** A boolean as Go's flag parsing reads one ({@code 1 t T true TRUE True}, {@code 0 f F false FALSE False}); empty otherwise. */
  public Optional<Boolean> bool() {
    return value.flatMap(v -> switch (v.strip()) {
      case "1", "t", "T", "true", "TRUE", "True" -> Optional.of(true);
      case "0", "f", "F", "false", "FALSE", "False" -> Optional.of(false);
      default -> Optional.empty();
    });
  }

  public Optional<Long> integer() {
    return value.flatMap(Comparison::decimal);
  }

  /** How it reads in a message: {@code --profiling=true}, {@code readOnlyPort: 10255 in FILE}, {@code the default (true)}. */
  public String describe() {
    return switch (origin) {
      case FLAG -> "--" + name + "=" + text() + where;
      case CONFIG_FILE -> name + ": " + text() + where;
      case ENVIRONMENT -> name + "=" + text() + where;
      case DEFAULT -> value.map(v -> "the default (" + v + ")").orElse("unset");
      case UNKNOWN -> "left to the unread configuration file" + where;
    };
  }
}
