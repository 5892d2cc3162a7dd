package dev.kubeward.cli;

import dev.kubeward.core.engine.Progress;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/** A one-line progress indicator on stderr, redrawn at most five times a second. */
final class ProgressLine implements Progress {

  private static final long INTERVAL_NANOS = 200_000_000L;
  private final PrintStream err;
  private final LongSupplier nanoTime;
  private long last;
  private int shown;
  private boolean drawn;

  ProgressLine(PrintStream err) {
    this(err, System::nanoTime);
  }

  ProgressLine(PrintStream err, LongSupplier nanoTime) {
    this.err = err;
    this.nanoTime = nanoTime;
    this.last = nanoTime.getAsLong();
  }

  @Override
  public synchronized void fileDone(int done, int total) {
    long now = nanoTime.getAsLong();
    // Workers report out of order: never step back, and always draw the last file.
    if (done <= shown || (now - last < INTERVAL_NANOS && done < total)) {
      return;
    }
    last = now;
    shown = done;
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
