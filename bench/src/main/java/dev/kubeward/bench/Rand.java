package dev.kubeward.bench;

import java.util.Base64;
import java.util.SplittableRandom;

/** The random choices a generated manifest is made of; one per resource, seeded, so output is reproducible. */
final class Rand {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SplittableRandom random;

  Rand(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A seed for the {@code index}th item of a stream seeded with {@code seed}; neighbouring indexes get unrelated streams. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Between {@code min} and {@code max}, both included. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }

  /** An index drawn with the given relative weights. */
  int weighted(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError("weights must be positive");
  }

  /** Exponentially distributed with the given mean, for sizes: many small, a few large. */
  double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  String hex(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = HEX[random.nextInt(16)];
    }
    return new String(out);
  }

  String base64(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  String version() {
    return between(0, 4) + "." + between(0, 30) + "." + between(0, 20);
  }
}
