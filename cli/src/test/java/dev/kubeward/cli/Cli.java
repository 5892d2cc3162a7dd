package dev.kubeward.cli;

import dev.kubeward.core.check.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs kubeward in-process as a user would, through {@link Main#run(Context, String...)}, with
 * its output captured, a chosen environment, a fixed date, and a catalogue of the two rules
 * every branch has (KW-0001 privileged-container, KW-0002 privilege-escalation-allowed), so that
 * the tests do not change as checks are added.
 */
final class Cli {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final Set<String> RULES = Set.of("KW-0001", "KW-0002");

  /** What a run printed and returned. */
  record Result(int exit, String out, String err) {

    /** Both streams, for messages that may go to either. */
    String all() {
      return out + err;
    }
  }

  private final Map<String, String> env = new HashMap<>();
  private boolean interactive;
  private Catalog catalog;

  static Cli cli() {
    return new Cli();
  }

  static Catalog twoRules() {
    return new Catalog(Catalog.load().rules().stream().filter(r -> RULES.contains(r.id())).toList());
  }

  /** Standard input and output are a terminal. */
  Cli terminal() {
    interactive = true;
    return this;
  }

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Cli catalog(Catalog c) {
    catalog = c;
    return this;
  }

  /** Runs {@code kubeward ARGS}; paths may be given as {@link Path}s. */
  Result run(Object... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Catalog rules = catalog != null ? catalog : twoRules();
    Context context = new Context(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new Terminal(Map.copyOf(env), interactive),
        () -> rules,
        TODAY);
    String[] argv = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    int exit = Main.run(context, argv);
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Manifests the tests scan: each gives a known set of findings of the two rules. */
  static final class Manifests {

    private Manifests() {}

    /** No finding. */
    static final String CLEAN = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: clean
        spec:
          containers:
          - name: app
            image: registry.example/app:1.0
            securityContext:
              allowPrivilegeEscalation: false
        """;

    /** One high finding (KW-0002) on container app of Deployment shop/web. */
    static final String ESCALATION = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: app
                image: registry.example/web:1.0
        """;

    /** One critical finding (KW-0001, line 15) on container agent of DaemonSet kube-system/node-agent. */
    static final String PRIVILEGED = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: node-agent
          namespace: kube-system
        spec:
          selector: {matchLabels: {app: agent}}
          template:
            metadata:
              labels: {app: agent}
            spec:
              containers:
              - name: agent
                securityContext:
                  privileged: true
                  allowPrivilegeEscalation: false
        """;

    static final List<String> ALL = List.of(CLEAN, ESCALATION, PRIVILEGED);
  }
}
