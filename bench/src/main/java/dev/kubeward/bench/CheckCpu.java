package dev.kubeward.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * {@link CheckBenchmark}'s work timed directly, without JMH: the wall time per resource and the
 * processor time the whole process spent per resource, over many consecutive calls after a
 * warm-up. The processor time moves little when other processes share the machine, so it
 * compares two builds side by side; the wall time on one thread and on all cores shows how the
 * check pass scales.
 *
 * <p>Arguments: {@code [rules] [threads] [warm-up calls] [measured calls]}, rules and threads as
 * CheckBenchmark's ({@code default}, {@code all}, {@code per-resource}; {@code 1}, {@code cores});
 * defaults {@code default 1 200 100}.
 */
public final class CheckCpu {

  private CheckCpu() {}

  public static void main(String[] args) {
    CheckBenchmark b = new CheckBenchmark();
    b.rules = args.length > 0 ? args[0] : "default";
    b.threads = args.length > 1 ? args[1] : "1";
    b.parse();
    int warm = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int calls = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < warm; i++) {
      b.checks();
    }
    double[] wall = new double[calls];
    long cpu = os.getProcessCpuTime();
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      b.checks();
      wall[i] = (System.nanoTime() - start) / 1000.0 / CheckBenchmark.RESOURCES;
    }
    double cpuPerResource = (os.getProcessCpuTime() - cpu) / 1000.0 / calls / CheckBenchmark.RESOURCES;
    Arrays.sort(wall);
    double median = wall[calls / 2];
    System.out.printf(java.util.Locale.ROOT,
        "rules=%s threads=%s: %,.0f resources/s (wall %.1f us per resource, p10 %.1f, p90 %.1f, over %d calls of %,d"
            + " resources); process CPU %.1f us per resource%n",
        b.rules, b.threads, 1e6 / median, median, wall[calls / 10], wall[calls * 9 / 10], calls,
        CheckBenchmark.RESOURCES, cpuPerResource);
  }
}
