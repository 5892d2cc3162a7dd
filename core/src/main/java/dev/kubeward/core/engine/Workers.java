package dev.kubeward.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads of one scan: this thread alone when the scan has one, else a pool of daemon threads
 * (a scan that fails must not keep the JVM alive), started as the first tasks arrive and shared by
 * every phase of the scan, so that a phase does not wait for threads to start. Tasks never wait
 * for other tasks of the pool: the calling thread hands out each stage and waits for it.
 */
final class Workers implements AutoCloseable {

  private final ExecutorService pool;

  /**
   * @param threads how many tasks run at once; 1 or less runs them on the calling thread
   * @param name the pool threads' name
   */
  Workers(int threads, String name) {
    this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Runs the tasks and waits for them all; their results in the tasks' order. {@code what} names
   * the work in the error when a task fails or the wait is interrupted.
   */
  <T> List<T> all(List<Callable<T>> tasks, String what) {
    List<T> out = new ArrayList<>(tasks.size());
    try {
      if (pool == null || tasks.size() == 1) {
        for (Callable<T> t : tasks) {
          out.add(t.call());
        }
        return out;
      }
      List<Future<T>> futures = new ArrayList<>(tasks.size());
      for (Callable<T> t : tasks) {
        futures.add(pool.submit(t));
      }
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed", e.getCause());
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
