package dev.kubeward.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one scan: the calling thread, and for a scan of more than one thread a pool of
 * one fewer daemon threads (a scan that fails must not keep the JVM alive), started as the first
 * tasks arrive and shared by every phase of the scan, so that a phase does not wait for threads
 * to start.
 *
 * <p>The calling thread works too, rather than waiting for the pool: it is already running, its
 * per-thread tables (recent strings, recent paths) are warm from the scan's earlier stages, and a
 * scan of two threads starts one thread, not two. Each thread takes the next task not yet taken,
 * in the tasks' order, until none is left, so a thread that finishes early takes more and no
 * thread waits while a task is left. Tasks never wait for other tasks: the calling thread hands
 * out each stage and returns only when all of its tasks have ended.
 */
final class Workers implements AutoCloseable {

  private final ExecutorService pool;
  private final int helpers;

  /**
   * @param threads how many tasks run at once; 1 or less runs them on the calling thread alone
   * @param name the pool threads' name
   */
  Workers(int threads, String name) {
    this.helpers = Math.max(0, threads - 1);
    this.pool = helpers == 0 ? null : Executors.newFixedThreadPool(helpers, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Runs the tasks and waits for them all; their results in the tasks' order. {@code what} names
   * the work in the error when a task fails or the wait is interrupted. After a task fails, no
   * task not yet started is started.
   */
  <T> List<T> all(List<Callable<T>> tasks, String what) {
    int n = tasks.size();
    try {
      if (pool == null || n == 1) {
        List<T> out = new ArrayList<>(n);
        for (Callable<T> t : tasks) {
          out.add(t.call());
        }
        return out;
      }
      Stage<T> stage = new Stage<>(tasks);
      for (int i = 0; i < Math.min(helpers, n - 1); i++) {
        pool.execute(stage::work);
      }
      stage.work();
      return stage.results(what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(what + " failed", e);
    }
  }

  /** Runs the tasks and waits for them all. */
  void run(List<Runnable> tasks, String what) {
    all(tasks.stream().<Callable<Object>>map(Executors::callable).toList(), what);
  }

  /** One stage's tasks, taken in order by every thread that works on it. */
  private static final class Stage<T> {
    private final List<Callable<T>> tasks;
    private final Object[] results;
    private final AtomicInteger next = new AtomicInteger();
    /** Tasks ended, and the first failure; both under this stage's lock. */
    private int ended;
    private Throwable failure;

    Stage(List<Callable<T>> tasks) {
      this.tasks = tasks;
      this.results = new Object[tasks.size()];
    }

    /** Takes and runs tasks until none is left or one has failed. */
    void work() {
      for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
        T result;
        try {
          result = tasks.get(i).call();
        } catch (Throwable e) {
          next.set(tasks.size());
          ended(i, null, e);
          return;
        }
        ended(i, result, null);
      }
    }

    private synchronized void ended(int i, T result, Throwable e) {
      results[i] = result;
      ended++;
      if (e != null && failure == null) {
        failure = e;
      }
      if (ended == tasks.size() || failure != null) {
        notifyAll();
      }
    }

    /**
     * The results in the tasks' order, once every task has ended; as soon as one has failed, that
     * failure, without waiting for the tasks still running (closing the workers stops them).
     */
    @SuppressWarnings("unchecked")
    synchronized List<T> results(String what) throws InterruptedException {
      while (ended < tasks.size() && failure == null) {
        wait();
      }
      if (failure != null) {
        throw new IllegalStateException(what + " failed", failure);
      }
      return (List<T>) new ArrayList<>(Arrays.asList(results));
    }
  }

  /**
   * Drops the tasks not yet started, interrupts the running ones and waits for them to end: when
   * a stage failed, none of its tasks is left running once the scan has thrown.
   */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
      pool.close();
    }
  }
}
