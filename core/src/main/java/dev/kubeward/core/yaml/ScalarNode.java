package dev.kubeward.core.yaml;

import java.util.Objects;

/**
 * A scalar with its source text, exactly as written (after YAML unescaping).
 *
 * <p>{@code plain} is false for quoted and block scalars: only a plain scalar can be a boolean,
 * number or null, which is how Kubernetes' YAML decoder treats them too.
 *
 * <p>Scalars are most of a tree's nodes, and a large scan keeps millions of them until its
 * cross-resource checks have run: a scalar holds its text and one int for two flags and the
 * position (line below 2<sup>19</sup>, column below 2<sup>11</sup>), 16 bytes in all. The rare
 * one beyond that (a minified JSON line) is a subclass that keeps both numbers whole. The null
 * flag is decided once, when the scalar is made: every field read asks it, and reading the text
 * of a long value to answer would touch two more objects no longer in the processor's cache.
 */
public sealed class ScalarNode implements Node permits ScalarNode.Far {

  private static final int COLUMN_BITS = 11;
  private static final int LINE_BITS = 19;
  private static final int COLUMN_MASK = (1 << COLUMN_BITS) - 1;
  private static final int LINE_MASK = (1 << LINE_BITS) - 1;
  private static final int PLAIN = 1 << 31;
  private static final int NULL = 1 << 30;

  private final String value;
  /** Bit 31: plain; bit 30: null; bits 29-11: line; bits 10-0: column (both zero in a {@link Far} scalar). */
  private final int packed;

  private ScalarNode(String value, int packed) {
    this.value = Objects.requireNonNull(value);
    this.packed = packed;
  }

  public static ScalarNode of(String value, boolean plain, int line, int column) {
    int flag = plain ? (Scalars.isNull(value) ? PLAIN | NULL : PLAIN) : 0;
    if (packs(line, column)) {
      return new ScalarNode(value, flag | pack(line, column));
    }
    return new Far(value, flag, line, column);
  }

  public String value() {
    return value;
  }

  public boolean plain() {
    return (packed & PLAIN) != 0;
  }

  @Override
  public int line() {
    return packedLine(packed);
  }

  @Override
  public int column() {
    return packedColumn(packed);
  }

  /** True for a plain {@code null}, {@code ~} or empty scalar. */
  public boolean isNull() {
    return (packed & NULL) != 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScalarNode s && value.equals(s.value) && plain() == s.plain() && line() == s.line()
        && column() == s.column();
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, plain(), line(), column());
  }

  @Override
  public String toString() {
    return "ScalarNode[value=" + value + ", plain=" + plain() + ", line=" + line() + ", column=" + column() + "]";
  }

  /** Whether a position fits the packed form (shared with {@link FrozenTree}). */
  static boolean packs(int line, int column) {
    return line >= 0 && line <= LINE_MASK && column >= 0 && column <= COLUMN_MASK;
  }

  static int pack(int line, int column) {
    return line << COLUMN_BITS | column;
  }

  static int packedLine(int packed) {
    return (packed >>> COLUMN_BITS) & LINE_MASK;
  }

  static int packedColumn(int packed) {
    return packed & COLUMN_MASK;
  }

  /** A scalar whose line or column does not fit the packed form. */
  static final class Far extends ScalarNode {
    private final int line;
    private final int column;

    private Far(String value, int flag, int line, int column) {
      super(value, flag);
      this.line = line;
      this.column = column;
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }
  }
}
