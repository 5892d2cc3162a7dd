package dev.kubeward.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Quantity#parse} keeps the texts it parsed last: drawn again and again from a pool larger
 * than its memo (so that texts evict each other from shared slots), in copies that are equal but
 * not the same string, each answer equals the parse without the memo.
 */
class ParseMemoTest {

  @Test
  void aRememberedQuantityIsTheOneTheTextMakes() {
    Random random = new Random(20261123);
    String[] tails = {"", "m", "Mi", "Gi", "k", "e3", "x", ".5", " "};
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      pool.add((random.nextInt(6) == 0 ? "-" : "") + random.nextInt(2_000) + tails[random.nextInt(tails.length)]);
    }
    for (int n = 0; n < 100_000; n++) {
      String text = new String(pool.get(random.nextInt(random.nextBoolean() ? 20 : pool.size())).toCharArray());
      assertThat(Quantity.parse(text)).as("'%s'", text).isEqualTo(Quantity.read(text));
    }
  }
}
