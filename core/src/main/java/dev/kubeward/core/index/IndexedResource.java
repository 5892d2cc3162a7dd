package dev.kubeward.core.index;

import dev.kubeward.core.model.Resource;
import dev.kubeward.core.model.ResourceRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the index keeps of every resource, small enough for 100,000 of them: identity, where it
 * is, labels, owners, and the labels its pods carry when it is a workload. The whole
 * {@link Resource} is kept only for kinds a cross-resource check asked to retain.
 *
 * @param podLabels the labels of the pods it runs (its pod template's, or a Pod's own); empty
 *     if it is not a workload
 */
public record IndexedResource(
    ResourceRef ref,
    String file,
    int line,
    Map<String, String> labels,
    List<Owner> owners,
    Optional<Map<String, String>> podLabels,
    Optional<Resource> retained) {

  /** An owner reference: the controller or object this one belongs to. */
  public record Owner(String apiVersion, String kind, String name, boolean controller) {}

  public String kind() {
    return ref.kind();
  }

  public String namespace() {
    return ref.namespace().orElse("");
  }

  public String name() {
    return ref.name();
  }

  public boolean isWorkload() {
    return podLabels.isPresent();
  }
}
