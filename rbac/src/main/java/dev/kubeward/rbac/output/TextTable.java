package dev.kubeward.rbac.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Columns padded to their widest cell, for the table formats. */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  TextTable(String... header) {
    this.columns = header.length;
    rows.add(header);
  }

  TextTable row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells");
    }
    rows.add(cells);
    return this;
  }

  boolean isEmpty() {
    return rows.size() == 1;
  }

  void write(Writer out, String indent) throws IOException {
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        sb.append(r[i]);
        if (i < columns - 1) {
          sb.append(" ".repeat(width[i] - r[i].length() + 2));
        }
      }
      out.write(sb.toString().stripTrailing() + "\n");
    }
  }
}
