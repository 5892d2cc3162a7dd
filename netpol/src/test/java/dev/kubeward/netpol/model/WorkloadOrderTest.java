package dev.kubeward.netpol.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Workloads sort by their display text: {@link Workload#compareTo} against comparing the strings, on generated names. */
class WorkloadOrderTest {

  /** Short texts over characters that sort around the separators '/', '[' and ']'. */
  private static String text(SplittableRandom random) {
    String alphabet = "a-./0Z[]\\^_z";
    StringBuilder b = new StringBuilder();
    for (int n = random.nextInt(4); n > 0; n--) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void ordersAsTheDisplayText() {
    SplittableRandom random = new SplittableRandom(20261122);
    int equal = 0;
    for (int i = 0; i < 200_000; i++) {
      Workload a = new Workload(text(random), text(random), text(random));
      Workload b = new Workload(text(random), text(random), text(random));
      int expected = Integer.signum(a.display().compareTo(b.display()));
      assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(expected);
      assertThat(Integer.signum(a.compareTo(a))).isZero();
      equal += expected == 0 ? 1 : 0;
    }
    // Different fields that display alike (a/b + c against a + b/c) are reached too.
    assertThat(equal).isGreaterThan(10);
  }
}
