package dev.kubeward.core.yaml;

import java.util.List;
import java.util.Optional;

/**
 * One document of a YAML stream: its root (absent for an empty document or one that failed to
 * parse), its 1-based index in the stream, and the problems met while reading it.
 */
public record YamlDocument(int index, Optional<Node> root, int line, List<YamlProblem> problems) {

  public YamlDocument {
    problems = List.copyOf(problems);
  }

  public boolean hasFatalProblem() {
    return problems.stream().anyMatch(YamlProblem::fatal);
  }
}
