package dev.kubeward.netpol.conn;

import java.util.Arrays;

/**
 * An immutable set of ports from 1 to 65535, as sorted disjoint, non-touching intervals, so
 * that equal sets are equal objects and a set of a few ranges costs a few ints.
 */
public final class PortSet {

  public static final int MIN = 1;
  public static final int MAX = 65535;

  public static final PortSet NONE = new PortSet(new int[0]);
  public static final PortSet ALL = new PortSet(new int[] {MIN, MAX});

  /** Bounds, in pairs: {@code [start0, end0, start1, end1, ...]}, canonical. */
  private final int[] bounds;

  private PortSet(int[] canonical) {
    this.bounds = canonical;
  }

  /** The ports {@code start} to {@code end}, both included, within 1-65535. */
  public static PortSet range(int start, int end) {
    if (start < MIN || end > MAX || start > end) {
      throw new IllegalArgumentException("not a port range: " + start + "-" + end);
    }
    return start == MIN && end == MAX ? ALL : new PortSet(new int[] {start, end});
  }

  public static PortSet of(int port) {
    return range(port, port);
  }

  public boolean isEmpty() {
    return bounds.length == 0;
  }

  public boolean isAll() {
    return bounds.length == 2 && bounds[0] == MIN && bounds[1] == MAX;
  }

  public boolean contains(int port) {
    for (int i = 0; i < bounds.length; i += 2) {
      if (port < bounds[i]) {
        return false;
      }
      if (port <= bounds[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether every port of {@code other} is in this set. */
  public boolean containsAll(PortSet other) {
    return other.subtract(this).isEmpty();
  }

  /** The number of intervals. */
  public int intervals() {
    return bounds.length / 2;
  }

  public int start(int interval) {
    return bounds[2 * interval];
  }

  public int end(int interval) {
    return bounds[2 * interval + 1];
  }

  public PortSet union(PortSet o) {
    if (o.isEmpty() || this == o || isAll()) {
      return this;
    }
    if (isEmpty() || o.isAll()) {
      return o;
    }
    int[] out = new int[bounds.length + o.bounds.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < bounds.length || j < o.bounds.length) {
      int s;
      int e;
      if (j >= o.bounds.length || (i < bounds.length && bounds[i] <= o.bounds[j])) {
        s = bounds[i];
        e = bounds[i + 1];
        i += 2;
      } else {
        s = o.bounds[j];
        e = o.bounds[j + 1];
        j += 2;
      }
      if (n > 0 && s <= out[n - 1] + 1) {
        out[n - 1] = Math.max(out[n - 1], e);
      } else {
        out[n++] = s;
        out[n++] = e;
      }
    }
    return make(Arrays.copyOf(out, n));
  }

  public PortSet intersect(PortSet o) {
    if (isEmpty() || o.isAll() || this == o) {
      return this;
    }
    if (o.isEmpty() || isAll()) {
      return o;
    }
    int[] out = new int[bounds.length + o.bounds.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < bounds.length && j < o.bounds.length) {
      int s = Math.max(bounds[i], o.bounds[j]);
      int e = Math.min(bounds[i + 1], o.bounds[j + 1]);
      if (s <= e) {
        out[n++] = s;
        out[n++] = e;
      }
      if (bounds[i + 1] < o.bounds[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return make(Arrays.copyOf(out, n));
  }

  public PortSet subtract(PortSet o) {
    if (isEmpty() || o.isEmpty()) {
      return this;
    }
    if (o.isAll() || this == o) {
      return NONE;
    }
    return intersect(o.complement());
  }

  public PortSet complement() {
    if (isEmpty()) {
      return ALL;
    }
    if (isAll()) {
      return NONE;
    }
    int[] out = new int[bounds.length + 2];
    int n = 0;
    int next = MIN;
    for (int i = 0; i < bounds.length; i += 2) {
      if (bounds[i] > next) {
        out[n++] = next;
        out[n++] = bounds[i] - 1;
      }
      next = bounds[i + 1] + 1;
    }
    if (next <= MAX) {
      out[n++] = next;
      out[n++] = MAX;
    }
    return make(Arrays.copyOf(out, n));
  }

  private static PortSet make(int[] canonical) {
    if (canonical.length == 0) {
      return NONE;
    }
    if (canonical.length == 2 && canonical[0] == MIN && canonical[1] == MAX) {
      return ALL;
    }
    return new PortSet(canonical);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortSet p && Arrays.equals(bounds, p.bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  /** {@code 80,8080-8090}, as np-guard's netpol-analyzer writes ports; empty for no port. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bounds.length; i += 2) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(bounds[i]);
      if (bounds[i + 1] != bounds[i]) {
        sb.append('-').append(bounds[i + 1]);
      }
    }
    return sb.toString();
  }
}
