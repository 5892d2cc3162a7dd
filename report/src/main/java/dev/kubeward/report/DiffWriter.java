package dev.kubeward.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.netpol.diff.ConnectionDiff;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The output of {@code kubeward netpol diff}: {@code txt}, one line per difference
 * ({@code added   SRC => DST : CONNS}, {@code changed SRC => DST : BEFORE -> AFTER}), and
 * {@code json} (the contract of docs/netpol.md; fields are only ever added).
 */
public final class DiffWriter {

  public static final List<String> FORMATS = List.of("txt", "json");

  private DiffWriter() {}

  public static void write(String format, List<ConnectionDiff.Change> changes, Writer out) throws IOException {
    switch (format) {
      case "txt" -> {
        for (ConnectionDiff.Change c : changes) {
          String conns = switch (c.kind()) {
            case ADDED -> c.after().orElseThrow();
            case REMOVED -> c.before().orElseThrow();
            case CHANGED -> c.before().orElseThrow() + " -> " + c.after().orElseThrow();
          };
          out.write(String.format("%-8s%s => %s : %s%n", c.kind().text(), c.source(), c.destination(), conns));
        }
      }
      case "json" -> {
        ObjectNode root = JsonReporter.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("changes");
        for (ConnectionDiff.Change c : changes) {
          ObjectNode o = list.addObject();
          o.put("diff", c.kind().text());
          o.put("src", c.source());
          o.put("dst", c.destination());
          c.before().ifPresent(b -> o.put("before", b));
          c.after().ifPresent(a -> o.put("after", a));
        }
        JsonReporter.MAPPER.writeValue(out, root);
        out.write('\n');
      }
      default -> throw new IllegalArgumentException("no diff format " + format);
    }
  }
}
