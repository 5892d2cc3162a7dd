package dev.kubeward.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The threads of a scan run its stages; once closed, none of a failed stage's tasks is still running. */
class WorkersTest {

  @Test
  void tasksComeBackInTheirOrder() {
    try (Workers workers = new Workers(3, "workers-test")) {
      List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2, () -> 3, () -> 4);
      assertThat(workers.all(tasks, "test")).containsExactly(1, 2, 3, 4);
    }
  }

  @Test
  void aFailedStageHasNoTaskLeftRunningOnceClosed() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    CountDownLatch ended = new CountDownLatch(1);
    AtomicBoolean endedAfterClose = new AtomicBoolean();
    Callable<Object> slow = () -> {
      started.countDown();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException stopped) {
        // Stopping, as a check would: at the end of what it is doing, not at once.
      }
      try {
        // Still running when close() returns, if close() does not wait for it.
        endedAfterClose.set(closed.await(500, TimeUnit.MILLISECONDS));
      } finally {
        ended.countDown();
      }
      return null;
    };
    Callable<Object> failing = () -> {
      started.await();
      throw new IllegalStateException("broke");
    };
    Workers workers = new Workers(2, "workers-test");

    assertThatThrownBy(() -> workers.all(List.of(failing, slow), "test"))
        .hasMessage("test failed")
        .hasRootCauseMessage("broke");
    workers.close();
    closed.countDown();

    ended.await();
    assertThat(endedAfterClose).isFalse();
  }
}
