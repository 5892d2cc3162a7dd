package dev.kubeward.core.check;

import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import java.util.Set;

/**
 * A cross-resource check: runs once, after every file is read, over the {@link ResourceIndex}.
 * It visits the resources of the kinds it names (their whole trees are retained for it, in
 * {@link IndexedResource#retained()}) and may look up any other resource through the index.
 * Findings are attributed to the visited resource.
 */
public non-sealed interface IndexCheck extends Check {

  /** The kinds whose resources this check visits; their full trees are retained for it. */
  Set<String> kinds();

  void check(IndexedResource resource, ResourceIndex index, Findings findings);
}
