package dev.kubeward.netpol.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.testing.Manifests;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A container port of the common form is read straight from its entries; the result must be what
 * the field-by-field read gives, with the same problems (none), on generated ports right and
 * wrong in every way.
 */
class PodPortReadTest {

  private static final String[] NUMBERS = {"80", "8080", "65535", "0", "65536", "-1", "\"80\"", "0x50", "1e2", "80.5", "null", "http",
      "{}", "[80]", "'8080'"};
  private static final String[] PROTOCOLS = {"TCP", "UDP", "SCTP", "tcp", "null", "\"UDP\"", "{}", "1"};
  private static final String[] NAMES = {"http", "metrics-1", "dns", "Http", "a--b", "80", "null", "\"web\"", "{}", "x".repeat(16),
      "-a", "true"};

  @Test
  void plainAndFieldByFieldReadsAgree() {
    Random random = new Random(99_2026L);
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: X\nmetadata: {name: x}\nports:\n");
    for (int i = 0; i < 5_000; i++) {
      StringBuilder item = new StringBuilder("{");
      boolean right = random.nextInt(3) > 0;
      if (random.nextInt(12) > 0) {
        item.append("containerPort: ").append(NUMBERS[random.nextInt(right ? 3 : NUMBERS.length)]);
      }
      if (random.nextBoolean()) {
        item.append(item.length() > 1 ? ", " : "").append("protocol: ").append(PROTOCOLS[random.nextInt(right ? 3 : PROTOCOLS.length)]);
      }
      if (random.nextBoolean()) {
        item.append(item.length() > 1 ? ", " : "").append("name: ").append(NAMES[random.nextInt(right ? 3 : NAMES.length)]);
      }
      if (random.nextInt(5) == 0) {
        item.append(item.length() > 1 ? ", " : "").append("hostPort: 1");
      }
      yaml.append("- ").append(random.nextInt(40) == 0 ? "8080" : item.append("}")).append('\n');
    }
    int read = 0;
    for (Field p : Manifests.read(yaml.toString()).resources().get(0).root().get("ports").orElseThrow().items()) {
      Problems plain = new Problems("f.yaml");
      Problems full = new Problems("f.yaml");
      var port = PodReader.port(p, plain);
      assertThat(port).as("%s", p).isEqualTo(PodReader.portFieldByField(p, full));
      assertThat(plain.list()).isEqualTo(full.list());
      read += port.isPresent() ? 1 : 0;
    }
    assertThat(read).isBetween(1_000, 4_000);
  }
}
