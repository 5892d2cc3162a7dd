package dev.kubeward.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The check pass's processor time per resource, on one thread: {@link CheckBenchmark}'s work
 * timed by the thread's own CPU clock instead of the wall clock, so that other processes on a
 * shared machine do not move the figure much (they still share caches). For comparing two
 * builds side by side; JMH's throughput stays the figure of record.
 *
 * <p>Arguments: {@code [rules] [warm-up runs] [measured runs]}, rules as CheckBenchmark's
 * ({@code default}, {@code all}, {@code per-resource}); defaults {@code default 150 60}.
 */
public final class CheckCpu {

  private CheckCpu() {}

  public static void main(String[] args) {
    CheckBenchmark b = new CheckBenchmark();
    b.rules = args.length > 0 ? args[0] : "default";
    b.threads = "1";
    b.parse();
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 150;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < warm; i++) {
      b.checks();
    }
    double[] us = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = clock.getCurrentThreadCpuTime();
      b.checks();
      us[i] = (clock.getCurrentThreadCpuTime() - start) / 1000.0 / CheckBenchmark.RESOURCES;
    }
    Arrays.sort(us);
    System.out.printf(java.util.Locale.ROOT,
        "rules=%s: %.1f us of CPU per resource (p10 %.1f, p90 %.1f over %d runs of %,d resources): %,.0f resources/s on one core%n",
        b.rules, us[runs / 2], us[runs / 10], us[runs * 9 / 10], runs, CheckBenchmark.RESOURCES, 1e6 / us[runs / 2]);
  }
}
