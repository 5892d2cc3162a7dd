package dev.kubeward.netpol.conn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Connection sets against a model of one bit per protocol and port (3 x 65535 bits): union,
 * intersection, difference, containment, canonical form and the printed form. Ports are drawn
 * near the edges (1, 65535) and in a busy middle, where intervals meet and touch.
 */
class ConnectionSetPropertyTest {

  private static int port(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> 1 + r.nextInt(5);
      case 1 -> 65535 - r.nextInt(5);
      default -> 8000 + r.nextInt(40);
    };
  }

  private static ConnectionSet random(SplittableRandom r, BitSet[] model) {
    if (r.nextInt(10) == 0) {
      for (BitSet m : model) {
        m.set(1, 65536);
      }
      return ConnectionSet.ALL;
    }
    ConnectionSet out = ConnectionSet.NONE;
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      Protocol p = Protocol.values()[r.nextInt(3)];
      int a = port(r);
      int b = port(r);
      int lo = Math.min(a, b);
      int hi = r.nextInt(3) == 0 ? lo : Math.max(a, b);
      if (r.nextInt(8) == 0) {
        lo = 1;
        hi = 65535;
      }
      out = out.union(ConnectionSet.of(p, PortSet.range(lo, hi)));
      model[p.ordinal()].set(lo, hi + 1);
    }
    return out;
  }

  private static BitSet[] empty() {
    return new BitSet[] {new BitSet(), new BitSet(), new BitSet()};
  }

  private static BitSet[] model(ConnectionSet c) {
    BitSet[] out = empty();
    for (Protocol p : Protocol.values()) {
      PortSet s = c.ports(p);
      for (int i = 0; i < s.intervals(); i++) {
        out[p.ordinal()].set(s.start(i), s.end(i) + 1);
      }
    }
    return out;
  }

  private interface Op {
    void apply(BitSet a, BitSet b);
  }

  private static BitSet[] combine(BitSet[] a, BitSet[] b, Op op) {
    BitSet[] out = new BitSet[3];
    for (int i = 0; i < 3; i++) {
      out[i] = (BitSet) a[i].clone();
      op.apply(out[i], b[i]);
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 99, 4096})
  void algebraAgreesWithTheModelPortByPort(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 2000; i++) {
      BitSet[] ma = empty();
      BitSet[] mb = empty();
      ConnectionSet a = random(r, ma);
      ConnectionSet b = random(r, mb);
      assertThat(model(a)).as("seed %d: %s", seed, a).isEqualTo(ma);
      assertThat(model(a.union(b))).as("seed %d: %s | %s", seed, a, b).isEqualTo(combine(ma, mb, BitSet::or));
      assertThat(model(a.intersect(b))).as("seed %d: %s & %s", seed, a, b).isEqualTo(combine(ma, mb, BitSet::and));
      assertThat(model(a.subtract(b))).as("seed %d: %s - %s", seed, a, b).isEqualTo(combine(ma, mb, BitSet::andNot));
      BitSet[] notCovered = combine(mb, ma, BitSet::andNot);
      boolean contains = notCovered[0].isEmpty() && notCovered[1].isEmpty() && notCovered[2].isEmpty();
      assertThat(a.containsAll(b)).isEqualTo(contains);
      // Canonical: equal content, equal objects, and ALL/NONE are the shared constants.
      assertThat(a.union(b)).isEqualTo(b.union(a)).hasSameHashCodeAs(b.union(a));
      assertThat(a.union(b).isAll()).isEqualTo(a.union(b).equals(ConnectionSet.ALL));
      assertThat(a.intersect(b).isEmpty()).isEqualTo(model(a.intersect(b))[0].isEmpty()
          && model(a.intersect(b))[1].isEmpty() && model(a.intersect(b))[2].isEmpty());
      Protocol p = Protocol.values()[r.nextInt(3)];
      int probe = port(r);
      assertThat(a.contains(p, probe)).isEqualTo(ma[p.ordinal()].get(probe));
    }
  }

  @Test
  void printsAsNpGuardDoes() {
    Map<Protocol, PortSet> m = new EnumMap<>(Protocol.class);
    m.put(Protocol.UDP, PortSet.of(53));
    m.put(Protocol.TCP, PortSet.of(80).union(PortSet.range(8080, 8090)));
    m.put(Protocol.SCTP, PortSet.ALL);
    assertThat(ConnectionSet.of(m)).hasToString("SCTP 1-65535,TCP 80,8080-8090,UDP 53");
    assertThat(ConnectionSet.ALL).hasToString("All Connections");
    assertThat(ConnectionSet.NONE).hasToString("No Connections");
    assertThat(ConnectionSet.of(Protocol.TCP, PortSet.range(1, 10)).union(ConnectionSet.of(Protocol.TCP, PortSet.range(11, 20))))
        .hasToString("TCP 1-20");
    m.put(Protocol.TCP, PortSet.ALL);
    m.put(Protocol.UDP, PortSet.ALL);
    assertThat(ConnectionSet.of(m)).isSameAs(ConnectionSet.ALL);
  }
}
