package dev.kubeward.cli;

import dev.kubeward.core.engine.Progress;
import java.io.PrintStream;

/** A one-line progress indicator on stderr, redrawn at most five times a second. */
final class ProgressLine implements Progress {

  private static final long INTERVAL_NANOS = 200_000_000L;
  private final PrintStream err;
  private long last = System.nanoTime();
  private boolean drawn;

  ProgressLine(PrintStream err) {
    this.err = err;
  }

  @Override
  public synchronized void fileDone(int done, int total) {
    long now = System.nanoTime();
    if (now - last < INTERVAL_NANOS && done < total) {
      return;
    }
    last = now;
    int pct = total == 0 ? 100 : (int) (100L * done / total);
    err.print("\rkubeward: scanning " + done + "/" + total + " files (" + pct + "%)");
    err.flush();
    drawn = true;
  }

  synchronized void clear() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
