package dev.kubeward.core.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * A node tree packed for keeping: its shape and positions in one {@code int[]}, its texts in one
 * {@code String[]} (shared with every other document through {@link SharedStrings}), about a
 * quarter of the memory of the nodes themselves. A scan keeps the resources its cross-resource
 * checks read (RBAC objects, network policies, workloads) from the first file to the last; packed,
 * 100,000 resources fit in a few hundred megabytes. {@link #thaw()} gives the tree back, equal
 * node for node (nodes an alias shared become equal copies).
 *
 * <p>Layout, one node after the other in pre-order: a header int (kind in bits 0-1, plain in bit
 * 2, far position in bit 3, entry or item count from bit 4), the position packed as in
 * {@link ScalarNode} (or, when far, line and column in two ints); a mapping's entries follow as
 * key, value, key, value.
 */
public final class FrozenTree {

  private static final int SCALAR = 0;
  private static final int MAP = 1;
  private static final int SEQ = 2;
  private static final int PLAIN = 1 << 2;
  private static final int FAR = 1 << 3;
  private static final int COUNT_SHIFT = 4;

  private final int[] code;
  private final String[] texts;

  private FrozenTree(int[] code, String[] texts) {
    this.code = code;
    this.texts = texts;
  }

  public static FrozenTree of(Node root) {
    Writer w = new Writer();
    w.node(root);
    return new FrozenTree(java.util.Arrays.copyOf(w.code, w.size), w.texts.toArray(String[]::new));
  }

  /** The tree, built anew on each call. */
  public Node thaw() {
    return new Reader().node();
  }

  private static final class Writer {
    int[] code = new int[64];
    int size;
    final List<String> texts = new ArrayList<>();

    void add(int v) {
      if (size == code.length) {
        code = java.util.Arrays.copyOf(code, size * 2);
      }
      code[size++] = v;
    }

    void header(int kind, boolean plain, int count, int line, int column) {
      boolean far = !ScalarNode.packs(line, column);
      add(kind | (plain ? PLAIN : 0) | (far ? FAR : 0) | count << COUNT_SHIFT);
      if (far) {
        add(line);
        add(column);
      } else {
        add(ScalarNode.pack(line, column));
      }
    }

    void node(Node n) {
      // instanceof rather than a pattern switch: this runs for every kept node, mostly before C2.
      if (n instanceof ScalarNode s) {
        header(SCALAR, s.plain(), 0, s.line(), s.column());
        texts.add(SharedStrings.of(s.value()));
      } else if (n instanceof MapNode m) {
        header(MAP, false, m.size(), m.line(), m.column());
        for (int i = 0, k = m.size(); i < k; i++) {
          node(m.key(i));
          node(m.value(i));
        }
      } else {
        SeqNode s = (SeqNode) n;
        header(SEQ, false, s.items().size(), s.line(), s.column());
        List<Node> items = s.items();
        for (int i = 0, k = items.size(); i < k; i++) {
          node(items.get(i));
        }
      }
    }
  }

  private final class Reader {
    int at;
    int text;

    Node node() {
      int header = code[at++];
      int line;
      int column;
      if ((header & FAR) != 0) {
        line = code[at++];
        column = code[at++];
      } else {
        int p = code[at++];
        line = ScalarNode.packedLine(p);
        column = ScalarNode.packedColumn(p);
      }
      int count = header >>> COUNT_SHIFT;
      return switch (header & 3) {
        case SCALAR -> ScalarNode.of(texts[text++], (header & PLAIN) != 0, line, column);
        case SEQ -> {
          List<Node> items = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            items.add(node());
          }
          yield new SeqNode(items, line, column);
        }
        default -> {
          List<MapNode.Entry> entries = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            ScalarNode key = (ScalarNode) node();
            entries.add(new MapNode.Entry(key, node()));
          }
          yield new MapNode(entries, line, column);
        }
      };
    }
  }
}
