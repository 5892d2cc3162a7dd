package dev.kubeward.cis.checks;

import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.cis.node.FileStat;
import dev.kubeward.cis.node.NodeFiles;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.model.Resource;
import java.util.Optional;
import java.util.Set;

/**
 * A check of a node's files (permissions, owners), which only {@code kubeward cis --node} can
 * judge: a scan reads manifests, not the node they are installed on, so as a scan rule it visits
 * no kind and reports nothing. It stays in the catalogue so that it can be explained, configured
 * and disabled like any rule.
 */
public abstract class NodeFileCheck extends CisCheck {

  /** A kind no manifest has: the engine never calls a node-only check. */
  static final String NODE_ONLY = "(node files)";

  @Override
  public final Set<String> kinds() {
    return Set.of(NODE_ONLY);
  }

  @Override
  public final void check(Resource r, Findings findings) {
    // Node files are judged by kubeward cis --node only.
  }

  @Override
  protected final void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    c.node().ifPresent(node -> judgeFiles(c, inventory, node, out));
  }

  protected abstract void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out);

  /** Judges a file's permission bits: no more than {@code allowed} (octal). Absent files are not judged. */
  static void permissions(NodeFiles node, Verdicts out, String control, String path, int allowed, String what) {
    Optional<FileStat> st = node.stat(path);
    if (st.isEmpty()) {
      return;
    }
    if (st.get().atMost(allowed)) {
      out.pass(control, "%s %s has permissions %s", what, path, st.get().octal());
    } else {
      out.failFile(control, path, "%s %s has permissions %s, wider than %s", what, path, st.get().octal(),
          Integer.toOctalString(allowed));
    }
  }

  /** Judges a file's owner and group. Absent files are not judged. */
  static void ownership(NodeFiles node, Verdicts out, String control, String path, String wanted, String what) {
    Optional<FileStat> st = node.stat(path);
    if (st.isEmpty()) {
      return;
    }
    if (st.get().ownership().equals(wanted)) {
      out.pass(control, "%s %s is owned by %s", what, path, wanted);
    } else {
      out.failFile(control, path, "%s %s is owned by %s, not %s", what, path, st.get().ownership(), wanted);
    }
  }
}
