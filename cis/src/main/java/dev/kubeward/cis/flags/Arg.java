package dev.kubeward.cis.flags;

import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Optional;

/**
 * One argument of a command line, with the manifest field it was written in when it came from
 * one (a static pod's {@code command} or {@code args} item), so a finding can point at it.
 */
public record Arg(String text, Optional<Field> field) {

  public static Arg of(String text) {
    return new Arg(text, Optional.empty());
  }

  /** Arguments without locations: a process's argv, a test's line. */
  public static List<Arg> of(List<String> texts) {
    return texts.stream().map(Arg::of).toList();
  }

  /** A {@code ps}-style line split on white space (a process line carries no quoting). */
  public static List<Arg> ofLine(String line) {
    String t = line.strip();
    return t.isEmpty() ? List.of() : of(List.of(t.split("\\s+")));
  }
}
