package dev.kubeward.cli;

import dev.kubeward.core.KubewardException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Renders a Graphviz graph with the {@code dot} program found on the PATH. */
final class Graphviz {

  private Graphviz() {}

  static Optional<Path> dot(Map<String, String> env) {
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, "dot");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The graph {@code source} rendered as {@code format} (svg). */
  static String render(String source, String format, Map<String, String> env) {
    Path dot = dot(env).orElseThrow(() -> new KubewardException(format + " output needs Graphviz's dot program on the PATH:"
        + " install Graphviz (apt-get install graphviz, brew install graphviz), or write -o dot=FILE and render it elsewhere"));
    try {
      Process p = new ProcessBuilder(dot.toString(), "-T" + format).redirectErrorStream(false).start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      try (OutputStream in = p.getOutputStream()) {
        in.write(source.getBytes(StandardCharsets.UTF_8));
      }
      int exit = p.waitFor();
      if (exit != 0) {
        throw new KubewardException("Graphviz's dot failed (exit " + exit + "): " + new String(err.join(), StandardCharsets.UTF_8).strip());
      }
      return new String(out.join(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KubewardException("cannot run Graphviz's dot (" + dot + "): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KubewardException("interrupted while Graphviz's dot was rendering");
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in; ByteArrayOutputStream buf = new ByteArrayOutputStream()) {
      in.transferTo(buf);
      return buf.toByteArray();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
