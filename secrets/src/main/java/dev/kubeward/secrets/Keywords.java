package dev.kubeward.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * The prefilter: which of many keywords occur in a text, found in one pass over it whatever the
 * number of keywords (an Aho-Corasick automaton over ASCII, case-insensitive). A pattern's regular
 * expression runs only when one of its keywords is in the text, so a value with no {@code ghp_},
 * {@code akia}, {@code -----begin} and so on costs one walk of its characters.
 */
final class Keywords {

  private static final int ALPHABET = 128;

  /** goto[state * ALPHABET + c]: the next state, failure links already folded in. */
  private final int[] next;
  /** The ids whose keyword ends at a state, failure chain included. */
  private final int[][] output;
  private final int ids;

  /** @param keywords for each id (0..n-1), its keywords (ASCII; matched case-insensitively) */
  Keywords(List<List<String>> keywords) {
    this.ids = keywords.size();
    List<int[]> trie = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    trie.add(newRow());
    out.add(new ArrayList<>());
    for (int id = 0; id < keywords.size(); id++) {
      for (String k : keywords.get(id)) {
        int s = 0;
        for (int i = 0; i < k.length(); i++) {
          int c = lower(k.charAt(i));
          if (c >= ALPHABET) {
            throw new IllegalArgumentException("keyword is not ASCII: " + k);
          }
          if (trie.get(s)[c] < 0) {
            trie.get(s)[c] = trie.size();
            trie.add(newRow());
            out.add(new ArrayList<>());
          }
          s = trie.get(s)[c];
        }
        out.get(s).add(id);
      }
    }
    int states = trie.size();
    int[] fail = new int[states];
    next = new int[states * ALPHABET];
    Queue<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      int t = trie.get(0)[c];
      if (t < 0) {
        next[c] = 0;
      } else {
        next[c] = t;
        fail[t] = 0;
        queue.add(t);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.remove();
      out.get(s).addAll(out.get(fail[s]));
      for (int c = 0; c < ALPHABET; c++) {
        int t = trie.get(s)[c];
        if (t < 0) {
          next[s * ALPHABET + c] = next[fail[s] * ALPHABET + c];
        } else {
          next[s * ALPHABET + c] = t;
          fail[t] = next[fail[s] * ALPHABET + c];
          queue.add(t);
        }
      }
    }
    output = new int[states][];
    for (int s = 0; s < states; s++) {
      output[s] = out.get(s).stream().distinct().mapToInt(Integer::intValue).toArray();
    }
  }

  private static int[] newRow() {
    int[] row = new int[ALPHABET];
    Arrays.fill(row, -1);
    return row;
  }

  private static int lower(char c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  /** Which ids have a keyword in {@code text}; characters outside ASCII reset the automaton. */
  boolean[] scan(CharSequence text) {
    return scan(text, -1, i -> {});
  }

  /**
   * Like {@link #scan(CharSequence)}, and hands {@code at} the position (index of the last
   * character) of every keyword of id {@code track} found.
   */
  boolean[] scan(CharSequence text, int track, java.util.function.IntConsumer at) {
    boolean[] hit = new boolean[ids];
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      int c = lower(text.charAt(i));
      s = c < ALPHABET ? next[s * ALPHABET + c] : 0;
      for (int id : output[s]) {
        hit[id] = true;
        if (id == track) {
          at.accept(i);
        }
      }
    }
    return hit;
  }
}
