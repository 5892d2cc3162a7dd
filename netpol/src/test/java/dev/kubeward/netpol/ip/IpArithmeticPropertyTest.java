package dev.kubeward.netpol.ip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CIDR and address-set arithmetic against a model: sets of addresses in a small window
 * (10.0.0.0 to 10.0.1.255, plus its neighbours) held as bit sets, so every operation can be
 * checked address by address. Seeded, so a failure names its seed and repeats.
 */
class IpArithmeticPropertyTest {

  private static final long BASE = (10L << 24);
  private static final int WINDOW = 512;

  private static IpAddress at(int offset) {
    return IpAddress.v4(BASE + offset);
  }

  /** A random set of a few ranges inside the window, and the same as a bit set. */
  private static IpSet randomSet(SplittableRandom r, BitSet model) {
    List<IpRange> ranges = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      int a = r.nextInt(WINDOW);
      int b = Math.min(WINDOW - 1, a + r.nextInt(r.nextBoolean() ? 4 : 200));
      ranges.add(new IpRange(at(a), at(b)));
      model.set(a, b + 1);
    }
    return IpSet.of(ranges);
  }

  private static BitSet toModel(IpSet s) {
    BitSet out = new BitSet();
    for (IpRange range : s.ranges()) {
      out.set((int) (range.first().lo() - BASE), (int) (range.last().lo() - BASE) + 1);
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2024, 77777})
  void setOperationsAgreeWithTheModelAddressByAddress(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 500; i++) {
      BitSet ma = new BitSet();
      BitSet mb = new BitSet();
      IpSet a = randomSet(r, ma);
      IpSet b = randomSet(r, mb);
      BitSet union = (BitSet) ma.clone();
      union.or(mb);
      BitSet inter = (BitSet) ma.clone();
      inter.and(mb);
      BitSet diff = (BitSet) ma.clone();
      diff.andNot(mb);
      assertThat(toModel(a)).as("seed %d: a", seed).isEqualTo(ma);
      assertThat(toModel(a.union(b))).as("seed %d: %s | %s", seed, a, b).isEqualTo(union);
      assertThat(toModel(a.intersect(b))).as("seed %d: %s & %s", seed, a, b).isEqualTo(inter);
      assertThat(toModel(a.subtract(b))).as("seed %d: %s - %s", seed, a, b).isEqualTo(diff);
      assertCanonical(a.union(b));
      assertCanonical(a.subtract(b));
      assertCanonical(a.intersect(b));
      int probe = r.nextInt(WINDOW);
      assertThat(a.contains(at(probe))).isEqualTo(ma.get(probe));
    }
  }

  /** Sorted, neither overlapping nor touching: so equal sets are equal objects. */
  private static void assertCanonical(IpSet s) {
    for (int i = 1; i < s.ranges().size(); i++) {
      assertThat(s.ranges().get(i).first().compareTo(s.ranges().get(i - 1).last().next())).isGreaterThan(0);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 6, 7})
  void partitionRangesLieWhollyInsideOrOutsideEveryBlockAndCoverTheUniverse(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 200; i++) {
      List<IpSet> blocks = new ArrayList<>();
      List<BitSet> models = new ArrayList<>();
      int n = r.nextInt(6);
      for (int k = 0; k < n; k++) {
        BitSet m = new BitSet();
        blocks.add(randomSet(r, m));
        models.add(m);
      }
      List<IpRange> parts = IpSet.partition(List.of(IpAddress.Family.IPV4.all()), blocks);
      assertThat(parts.get(0).first()).isEqualTo(IpAddress.v4(0));
      assertThat(parts.get(parts.size() - 1).last()).isEqualTo(IpAddress.v4(0xFFFF_FFFFL));
      for (int p = 1; p < parts.size(); p++) {
        assertThat(parts.get(p).first()).as("contiguous, disjoint").isEqualTo(parts.get(p - 1).last().next());
      }
      for (IpRange part : parts) {
        for (IpSet b : blocks) {
          boolean inside = b.contains(part);
          boolean outside = b.intersect(IpSet.of(part)).isEmpty();
          assertThat(inside || outside).as("seed %d: %s cut by %s", seed, part, b).isTrue();
        }
      }
      // Coarsest: two neighbours always differ on some block (else they would be one range).
      for (int p = 1; p < parts.size(); p++) {
        IpRange left = parts.get(p - 1);
        IpRange right = parts.get(p);
        assertThat(blocks.stream().anyMatch(b -> b.contains(left) != b.contains(right)))
            .as("seed %d: %s and %s could be one range", seed, left, right).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12})
  void aCidrIsTheAddressesSharingItsPrefix(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 2000; i++) {
      long address = r.nextLong(1L << 32);
      int prefix = r.nextInt(33);
      IpAddress a = IpAddress.v4(address);
      Cidr c = Cidr.parse(a + "/" + prefix).orElseThrow().cidr();
      long mask = prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
      assertThat(c.range().first().lo()).isEqualTo(address & mask);
      assertThat(c.range().last().lo()).isEqualTo((address & mask) | (~mask & 0xFFFF_FFFFL));
      long probe = r.nextLong(1L << 32);
      assertThat(c.range().contains(IpAddress.v4(probe))).isEqualTo((probe & mask) == (address & mask));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22})
  void ipv6AddressesPrintInTheirShortestFormAndReadBack(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 2000; i++) {
      // Many zero groups, so that :: appears in every position.
      long hi = 0;
      long lo = 0;
      for (int g = 0; g < 4; g++) {
        hi = (hi << 16) | (r.nextInt(3) == 0 ? r.nextInt(0x10000) : 0);
        lo = (lo << 16) | (r.nextInt(3) == 0 ? r.nextInt(0x10000) : 0);
      }
      IpAddress a = new IpAddress(IpAddress.Family.IPV6, hi, lo);
      String text = a.toString();
      assertThat(IpAddress.parse(text).map(IpAddress.Parsed::address)).as(text).contains(a);
      assertThat(text).doesNotContain(":::").doesNotContain("0000");
      int prefix = r.nextInt(129);
      IpRange range = Cidr.parse(text + "/" + prefix).orElseThrow().cidr().range();
      assertThat(range.contains(a)).isTrue();
      assertThat(range.first().compareTo(range.last())).isLessThanOrEqualTo(0);
    }
  }

  @org.junit.jupiter.api.Test
  void parsesWhatKubernetesAcceptsAndRejectsTheRest() {
    assertThat(IpAddress.parse("2001:db8::ffff:10.0.0.1").map(p -> p.address().toString())).contains("2001:db8::ffff:a00:1");
    assertThat(IpAddress.parse("::").map(p -> p.address().toString())).contains("::");
    assertThat(IpAddress.parse("1::").map(p -> p.address().toString())).contains("1::");
    assertThat(IpAddress.parse("2001:db8:0:0:1:0:0:1").map(p -> p.address().toString())).contains("2001:db8::1:0:0:1");
    assertThat(IpAddress.parse("2001:0db8:0000:0000:0000:0000:0000:0001").map(p -> p.address().toString())).contains("2001:db8::1");
    assertThat(IpAddress.parse("010.1.2.3")).map(IpAddress.Parsed::legacy).contains(true);
    for (String bad : List.of("1.2.3", "1.2.3.256", "1.2.3.4.5", "a.b.c.d", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "::g", "")) {
      assertThat(IpAddress.parse(bad)).as(bad).isEmpty();
    }
    assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
    assertThat(Cidr.parse("10.0.0.0")).isEmpty();
    assertThat(Cidr.parse("10.0.0.0/8/8")).isEmpty();
    assertThat(Cidr.parse("2001:db8::/129")).isEmpty();
    assertThat(Cidr.parse("10.1.2.3/8").flatMap(Cidr.Parsed::warning)).hasValueSatisfying(w -> assertThat(w).contains("10.0.0.0/8"));
    assertThat(Cidr.parse("10.0.0.0/8").flatMap(Cidr.Parsed::warning)).isEqualTo(Optional.empty());
    assertThat(Cidr.parse("0.0.0.0/0").map(p -> p.cidr().range().toString())).contains("0.0.0.0-255.255.255.255");
    assertThat(Cidr.parse("::/0").map(p -> p.cidr().range().toString())).contains("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
  }
}
