package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Result;
import dev.kubeward.report.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The RBAC scenarios: each folder of src/test/resources/rbac holds an {@code input.yaml}, the
 * {@code commands} to run on it (one {@code kubeward rbac ...} command a line, the input's path
 * added at the end, {@code {dir}} standing for the folder) and {@code expected.txt}: every command
 * with its standard output and exit code. A new scenario costs no Java. After a deliberate change,
 * rewrite the expectations with {@code -Dkubeward.updateGolden=true} and review the diff.
 */
class RbacScenarioTest {

  static final Path SCENARIOS = Path.of("src/test/resources/rbac");

  static Stream<String> scenarios() throws IOException {
    try (Stream<Path> s = Files.list(SCENARIOS)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void matchesItsExpectation(String name) throws IOException {
    Path dir = SCENARIOS.resolve(name);
    List<String> commands = Files.readAllLines(dir.resolve("commands")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertThat(commands).as("commands of %s", name).isNotEmpty();
    StringBuilder transcript = new StringBuilder();
    for (String command : commands) {
      List<String> args = new ArrayList<>();
      args.add("rbac");
      for (String a : command.split("\\s+")) {
        args.add(a.replace("{dir}", dir.toString()));
      }
      args.add(dir.resolve("input.yaml").toString());
      Result r = cli().run(args.toArray());
      assertThat(r.err()).as("%s: %s wrote to standard error", name, command).isEmpty();
      transcript.append("$ kubeward rbac ").append(command).append('\n').append(r.out());
      if (!r.out().endsWith("\n")) {
        transcript.append('\n');
      }
      transcript.append("[exit ").append(r.exit()).append("]\n\n");
    }
    Golden.assertMatches(dir.resolve("expected.txt"), transcript.toString());
  }
}
