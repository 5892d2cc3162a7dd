package dev.kubeward.netpol.read;

import dev.kubeward.core.model.Resource;
import dev.kubeward.netpol.model.Namespace;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Pod;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads single resources that another reader already parsed (a scan's index keeps them), with
 * the same semantics as {@link ClusterReader}: an object the API server would reject gives
 * nothing. The problems are not returned: the netpol commands report them, a scan does not
 * judge NetworkPolicy syntax. So they are read quietly ({@link Problems#quiet}): the read of an
 * object stops at its first error, and no message is made.
 */
public final class ResourceReader {

  private ResourceReader() {}

  /** The pod that {@code r} stands for, if it is a valid workload-like object. */
  public static Optional<Pod> pod(Resource r) {
    return PodReader.runsPods(r) ? quietly(r, PodReader::read) : Optional.empty();
  }

  /** The policy, if {@code r} is a valid NetworkPolicy. */
  public static Optional<NetworkPolicy> policy(Resource r) {
    return PolicyReader.isNetworkPolicy(r) ? quietly(r, PolicyReader::read) : Optional.empty();
  }

  /** Runs {@code read} on {@code r} with quiet problems: nothing when the first error rejects the object. */
  private static <T> Optional<T> quietly(Resource r, BiFunction<Resource, Problems, Optional<T>> read) {
    try {
      return read.apply(r, Problems.quiet(r.file().name()));
    } catch (Problems.Rejected e) {
      return Optional.empty();
    }
  }

  /** The namespace, if {@code r} is a Namespace. */
  public static Optional<Namespace> namespace(Resource r) {
    if (!r.kind().equals("Namespace") || !r.group().isEmpty()) {
      return Optional.empty();
    }
    Problems problems = new Problems(r.file().name());
    return Optional.of(new Namespace(r.name(), r.labels(), Optional.of(problems.source(r.root()))));
  }
}
