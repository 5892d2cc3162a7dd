package dev.kubeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final AtomicLong now = new AtomicLong();
  private final ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);

  private String drawn() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void redrawsAtMostFiveTimesASecondButAlwaysTheLastFile() {
    line.fileDone(1, 4);
    now.addAndGet(100_000_000L);
    line.fileDone(2, 4);
    assertThat(drawn()).isEmpty();
    now.addAndGet(150_000_000L);
    line.fileDone(3, 4);
    line.fileDone(4, 4);
    line.clear();
    assertThat(drawn()).isEqualTo(
        "\rkubeward: scanning 3/4 files (75%)\rkubeward: scanning 4/4 files (100%)\r\u001b[K");
  }

  @Test
  void neverStepsBackWhenWorkersReportOutOfOrder() {
    line.fileDone(3, 3);
    now.addAndGet(1_000_000_000L);
    line.fileDone(2, 3);
    assertThat(drawn()).isEqualTo("\rkubeward: scanning 3/3 files (100%)");
  }

  @Test
  void clearsNothingWhenNothingWasDrawn() {
    line.fileDone(1, 3);
    line.clear();
    assertThat(drawn()).isEmpty();
  }
}
