package dev.kubeward.core.engine;

/** Told as files finish, for a progress indicator; called from worker threads. */
@FunctionalInterface
public interface Progress {

  void fileDone(int done, int total);

  Progress NONE = (done, total) -> {};
}
