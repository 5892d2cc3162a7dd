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
  void theCallingThreadWorksBesideOneFewerPoolThreads() {
    Thread caller = Thread.currentThread();
    List<Callable<Thread>> tasks = new java.util.ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      tasks.add(Thread::currentThread);
    }
    try (Workers workers = new Workers(2, "workers-test")) {
      List<Thread> ran = workers.all(tasks, "test");
      java.util.Set<Thread> threads = new java.util.HashSet<>(ran);
      assertThat(threads).hasSizeLessThanOrEqualTo(2);
      assertThat(threads).allMatch(t -> t == caller || t.getName().equals("workers-test"));
    }
  }

  @Test
  void manyTasksComeBackInTheirOrderWhicheverThreadRanThem() {
    List<Callable<Integer>> tasks = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      int n = i;
      tasks.add(() -> {
        long x = n;
        for (int k = 0; k < (n % 7) * 1_000; k++) {
          x = x * 31 + k;
        }
        return x == Long.MIN_VALUE ? -1 : n;
      });
    }
    try (Workers workers = new Workers(4, "workers-test")) {
      List<Integer> out = workers.all(tasks, "test");
      for (int i = 0; i < out.size(); i++) {
        assertThat(out.get(i)).isEqualTo(i);
      }
      assertThat(out).hasSize(5_000);
    }
  }

  @Test
  void aFailedStageHasNoTaskLeftRunningOnceClosed() throws Exception {
    // The calling thread works too: its own task ends before all() throws. A pool thread's task is
    // still running then, until close() stops it, and close() waits for it to end.
    Thread caller = Thread.currentThread();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    CountDownLatch ended = new CountDownLatch(1);
    AtomicBoolean endedAfterClose = new AtomicBoolean();
    Callable<Object> slow = () -> {
      started.countDown();
      if (Thread.currentThread() == caller) {
        ended.countDown();
        return null;
      }
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

  @Test
  void afterAFailureNoTaskNotYetStartedStarts() {
    java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
    List<Callable<Object>> tasks = new java.util.ArrayList<>();
    tasks.add(() -> {
      throw new IllegalStateException("broke");
    });
    for (int i = 0; i < 1_000; i++) {
      tasks.add(() -> ran.incrementAndGet());
    }
    try (Workers workers = new Workers(1, "workers-test")) {
      assertThatThrownBy(() -> workers.all(tasks, "test")).hasMessage("broke");
      assertThat(ran).hasValue(0);
    }
    try (Workers workers = new Workers(2, "workers-test")) {
      assertThatThrownBy(() -> workers.all(tasks, "test")).hasRootCauseMessage("broke");
      // The other thread may have taken a few before the failure was seen, never all of them.
      assertThat(ran.get()).isLessThan(1_000);
    }
  }
}
