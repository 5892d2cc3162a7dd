package dev.kubeward.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * The prefilter: which of many keywords occur in a text, and where, found in one pass over it
 * whatever the number of keywords (an Aho-Corasick automaton over ASCII, case-insensitive). A
 * pattern's regular expression runs only when one of its keywords is in the text, so a value with
 * no {@code ghp_}, {@code akia}, {@code -----begin} and so on costs one walk of its characters.
 */
final class Keywords {

  private static final int ALPHABET = 128;

  /**
   * The class of each ASCII character: 0 for those in no keyword (they lead back to the start
   * from every state), 1.. for the others, an upper-case letter in the class of its lower case,
   * so that the table below stays small enough for a cache.
   */
  private final int[] classOf = new int[ALPHABET];
  /**
   * step[row + class], where a state's row is its number times the number of classes: the row of
   * the next state, failure links already folded in, bit-inverted (negative) when a keyword ends
   * there, so that one load both moves the automaton and says whether it found something.
   */
  private final int[] step;
  private final int width;
  /** The ids whose keyword ends at a state, failure chain included. */
  private final int[][] output;
  /** For each entry of {@link #output}, the length of that id's keyword ending there. */
  private final int[][] lengths;
  private final int ids;
  /** The length of the longest keyword. */
  private final int longest;

  /** @param keywords for each id (0..n-1), its keywords (ASCII; matched case-insensitively) */
  Keywords(List<List<String>> keywords) {
    this.ids = keywords.size();
    this.longest = keywords.stream().flatMap(List::stream).mapToInt(String::length).max().orElse(1);
    List<int[]> trie = new ArrayList<>();
    // For each state, the (id, keyword length) pairs ending there.
    List<List<int[]>> out = new ArrayList<>();
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
        out.get(s).add(new int[] {id, k.length()});
      }
    }
    int states = trie.size();
    int[] fail = new int[states];
    int[] next = new int[states * ALPHABET];
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
    int classes = 1;
    for (int c = 0; c < ALPHABET; c++) {
      int ch = c;
      if (trie.stream().anyMatch(row -> row[ch] >= 0)) {
        classOf[c] = classes++;
      }
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      classOf[c] = classOf[lower((char) c)];
    }
    width = classes;
    step = new int[states * width];
    for (int s = 0; s < states; s++) {
      for (int c = 0; c < ALPHABET; c++) {
        int t = next[s * ALPHABET + lower((char) c)];
        step[s * width + classOf[c]] = out.get(t).isEmpty() ? t * width : ~(t * width);
      }
    }
    output = new int[states][];
    lengths = new int[states][];
    for (int s = 0; s < states; s++) {
      List<int[]> pairs = out.get(s).stream().filter(distinctPair()).toList();
      output[s] = pairs.stream().mapToInt(pair -> pair[0]).toArray();
      lengths[s] = pairs.stream().mapToInt(pair -> pair[1]).toArray();
    }
  }

  /** Keeps the first of equal (id, length) pairs: one keyword listed twice, or under two ids' lists the same. */
  private static java.util.function.Predicate<int[]> distinctPair() {
    java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
    return pair -> seen.add(List.of(pair[0], pair[1]));
  }

  private static int[] newRow() {
    int[] row = new int[ALPHABET];
    Arrays.fill(row, -1);
    return row;
  }

  private static int lower(char c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  /** Where a keyword of an id occurs: {@code start} is the index of its first character. */
  @FunctionalInterface
  interface Hit {
    void at(int id, int start);
  }

  /** Whether any keyword occurs in {@code text}. */
  boolean anyIn(CharSequence text) {
    return anyIn(text, 0, text.length());
  }

  /** Whether any keyword occurs in {@code text[from..to)}. */
  boolean anyIn(CharSequence text, int from, int to) {
    int row = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      row = c < ALPHABET ? step[row + classOf[c]] : 0;
      if (row < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #anyIn} and whether the text is ASCII, in one walk: 1 when a keyword occurs, else -1
   * when a character beyond ASCII does, else 0.
   */
  int findAscii(CharSequence text) {
    int row = 0;
    int beyond = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ALPHABET) {
        row = step[row + classOf[c]];
      } else {
        row = 0;
        beyond = -1;
      }
      if (row < 0) {
        return 1;
      }
    }
    return beyond;
  }

  /** Which ids have a keyword in {@code text}; characters outside ASCII reset the automaton. */
  boolean[] scan(CharSequence text) {
    boolean[] hit = new boolean[ids];
    scan(text, (id, start) -> hit[id] = true);
    return hit;
  }

  /** Texts at least this long are walked as two halves at once. */
  private static final int SPLIT = 128;

  /** Texts at least this long are walked as four quarters at once. */
  private static final int SPLIT_FOUR = 512;

  /**
   * Hands {@code hit} every occurrence of every keyword in {@code text}: from each part of a long
   * text in the order of their last characters, the parts' occurrences interleaved.
   *
   * <p>Each step of the automaton waits for the one before (the next state is loaded from the
   * current), so one walk goes no faster than a memory load a character. A long text is walked as
   * two halves (four quarters when longer still) in the same loop, whose steps do not wait for each
   * other: each part but the last from its start to {@code longest - 1} characters past the next
   * part's start, reporting the occurrences that start before the next part does (each ends within
   * that reach), the last to the end with a fresh automaton, reporting all it finds (a fresh
   * automaton finds every occurrence inside what it walks, and each part starts fresh). Each
   * occurrence is reported once, by the part it starts in.
   */
  void scan(CharSequence text, Hit hit) {
    int n = text.length();
    if (n < SPLIT) {
      walk(text, 0, 0, n, n, hit);
    } else if (n < SPLIT_FOUR || longest > n / 4) {
      scanHalves(text, hit);
    } else {
      scanQuarters(text, hit);
    }
  }

  private void scanHalves(CharSequence text, Hit hit) {
    int n = text.length();
    int mid = n / 2;
    int firstEnd = Math.min(n, mid + longest - 1);
    int a = 0;
    int b = mid;
    int rowA = 0;
    int rowB = 0;
    for (; a < firstEnd && b < n; a++, b++) {
      char ca = text.charAt(a);
      char cb = text.charAt(b);
      rowA = ca < ALPHABET ? step[rowA + classOf[ca]] : 0;
      rowB = cb < ALPHABET ? step[rowB + classOf[cb]] : 0;
      if ((rowA | rowB) >= 0) {
        continue;
      }
      if (rowA < 0) {
        rowA = ~rowA;
        report(rowA, a, mid, hit);
      }
      if (rowB < 0) {
        rowB = ~rowB;
        report(rowB, b, n, hit);
      }
    }
    // The longer half's remainder, its automaton where the loop left it.
    if (a < firstEnd) {
      walk(text, rowA, a, firstEnd, mid, hit);
    } else if (b < n) {
      walk(text, rowB, b, n, n, hit);
    }
  }

  /** As {@link #scanHalves} with four parts: quarters from 0, q, 2q and 3q ({@code q = n / 4}). */
  private void scanQuarters(CharSequence text, Hit hit) {
    int n = text.length();
    int q = n / 4;
    int s1 = q;
    int s2 = 2 * q;
    int s3 = 3 * q;
    // The first three parts walk q + longest - 1 characters (their reach stays inside the text: the
    // last quarter holds at least q, and scan sends here only texts whose quarter is longer than a keyword), the last n - 3q.
    int reach = q + longest - 1;
    int together = Math.min(reach, n - s3);
    int a = 0;
    int b = s1;
    int c = s2;
    int d = s3;
    int rowA = 0;
    int rowB = 0;
    int rowC = 0;
    int rowD = 0;
    for (int k = 0; k < together; k++, a++, b++, c++, d++) {
      char ca = text.charAt(a);
      char cb = text.charAt(b);
      char cc = text.charAt(c);
      char cd = text.charAt(d);
      rowA = ca < ALPHABET ? step[rowA + classOf[ca]] : 0;
      rowB = cb < ALPHABET ? step[rowB + classOf[cb]] : 0;
      rowC = cc < ALPHABET ? step[rowC + classOf[cc]] : 0;
      rowD = cd < ALPHABET ? step[rowD + classOf[cd]] : 0;
      if ((rowA | rowB | rowC | rowD) >= 0) {
        continue;
      }
      if (rowA < 0) {
        rowA = ~rowA;
        report(rowA, a, s1, hit);
      }
      if (rowB < 0) {
        rowB = ~rowB;
        report(rowB, b, s2, hit);
      }
      if (rowC < 0) {
        rowC = ~rowC;
        report(rowC, c, s3, hit);
      }
      if (rowD < 0) {
        rowD = ~rowD;
        report(rowD, d, n, hit);
      }
    }
    // Each part's remainder (at most one side has one: the first three or the last), its automaton where the loop left it.
    walk(text, rowA, a, reach, s1, hit);
    walk(text, rowB, b, s1 + reach, s2, hit);
    walk(text, rowC, c, s2 + reach, s3, hit);
    walk(text, rowD, d, n, n, hit);
  }

  /** Walks {@code text[from..to)} from the state of {@code row}, reporting the occurrences that start before {@code before}. */
  private void walk(CharSequence text, int row, int from, int to, int before, Hit hit) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      row = c < ALPHABET ? step[row + classOf[c]] : 0;
      if (row < 0) {
        row = ~row;
        report(row, i, before, hit);
      }
    }
  }

  /** The occurrences that end at {@code i} in the state of row {@code row} and start before {@code before}. */
  private void report(int row, int i, int before, Hit hit) {
    int s = row / width;
    int[] ids = output[s];
    for (int j = 0; j < ids.length; j++) {
      int start = i - lengths[s][j] + 1;
      if (start < before) {
        hit.at(ids[j], start);
      }
    }
  }

  /**
   * The automaton stepped through every character in one walk: every occurrence, in the order of
   * their last characters. The plain way, which the equivalence test compares {@link #scan} with.
   */
  void scanStepwise(CharSequence text, Hit hit) {
    walk(text, 0, 0, text.length(), text.length(), hit);
  }
}
