package dev.kubeward.secrets;

import dev.kubeward.secrets.testing.LookAlikes;
import dev.kubeward.secrets.testing.SyntheticSecrets;
import dev.kubeward.secrets.testing.SyntheticSecrets.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The secrets detector on one thread (docs/benchmarks.md, "Secrets detection"):
 *
 * <ul>
 *   <li>{@code ordinaryValues}: what manifests mostly hold, values with no secret (images, labels,
 *       ports, settings, and the look-alikes of the test set), in characters a second;
 *   <li>{@code secretValues}: the synthetic secrets of every catalogued kind;
 *   <li>{@code configFile}: a 64 KB properties file without secrets, as in a ConfigMap;
 *   <li>{@code adversarial}: 64 KB inputs built to make a backtracking matcher go quadratic (long
 *       runs of a token's alphabet after its prefix, unterminated URLs and JWT-like strings,
 *       thousands of {@code key=} with no value); linear matching keeps them near the others.
 * </ul>
 *
 * Figures are characters scanned per second: ops/s times the characters of one operation, which
 * each benchmark's setup prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DetectorBenchmark {

  private final SecretDetector detector = SecretDetector.standard();
  private String[][] ordinary;
  private String[][] secrets;
  private String config;
  private String[] adversarial;

  @Setup
  public void build() {
    Random r = new Random(1);
    List<String[]> o = new ArrayList<>();
    List<String> common = List.of("registry.example/shop/web:4.2.0", "info", "8080", "true", "app.kubernetes.io/name",
        "/var/lib/data", "https://api.example.com/v1", "RollingUpdate", "100m", "256Mi", "IfNotPresent", "web-7d9f8b",
        "--log-level=debug", "--config=/etc/app/config.yaml", "kube-system", "ClusterIP", "TCP", "node-role.kubernetes.io");
    for (int i = 0; i < 400; i++) {
      o.add(new String[] {List.of("LOG_LEVEL", "image", "port", "", "name", "path", "url").get(i % 7), common.get(i % common.size())});
    }
    for (Sample s : LookAlikes.all(2)) {
      o.add(new String[] {s.name(), s.value()});
    }
    ordinary = o.toArray(String[][]::new);
    secrets = new SyntheticSecrets(3).secrets(2).stream().map(s -> new String[] {s.name(), s.value()}).toArray(String[][]::new);
    StringBuilder c = new StringBuilder();
    while (c.length() < 65_536) {
      c.append("shop.module").append(r.nextInt(1000)).append(".endpoint=https://svc").append(r.nextInt(100))
          .append(".shop.svc:8080/api\nshop.module.timeout=30s\nshop.feature.flags=a,b,c\n# comment about the key rotation\n");
    }
    config = c.toString();
    adversarial = new String[] {
        "ghp_" + "a".repeat(65_532),
        "postgres://" + "user:".repeat(13_000),
        "eyJ" + "A".repeat(30_000) + ".eyJ" + "B".repeat(30_000),
        "password=".repeat(7_000),
        "-----BEGIN RSA PRIVATE KEY-----" + " ".repeat(65_000),
        "sig=" + "%".repeat(65_000),
        ("M" + "a".repeat(24) + ".").repeat(2_500),
    };
    System.out.printf("ordinary: %d chars an op; secrets: %d; config: %d; adversarial: %d%n",
        chars(ordinary), chars(secrets), config.length(), java.util.Arrays.stream(adversarial).mapToInt(String::length).sum());
  }

  private static long chars(String[][] values) {
    return java.util.Arrays.stream(values).mapToLong(v -> v[1].length()).sum();
  }

  @Benchmark
  public void ordinaryValues(Blackhole bh) {
    for (String[] v : ordinary) {
      bh.consume(detector.scan(v[0], v[1]));
    }
  }

  @Benchmark
  public void secretValues(Blackhole bh) {
    for (String[] v : secrets) {
      bh.consume(detector.scan(v[0], v[1]));
    }
  }

  @Benchmark
  public Object configFile() {
    return detector.scan("application.properties", config);
  }

  @Benchmark
  public void adversarial(Blackhole bh) {
    for (String a : adversarial) {
      bh.consume(detector.scan("", a));
    }
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(DetectorBenchmark.class.getSimpleName()).build()).run();
  }
}
