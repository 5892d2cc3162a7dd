package dev.kubeward.core.model;

import dev.kubeward.core.source.SourceFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Kubernetes object read from a file: its identity and its document tree. Fields that no
 * check reads ({@code status}, {@code metadata.managedFields}, the last-applied annotation) were
 * dropped while parsing.
 */
public record Resource(SourceFile file, int document, ResourceRef ref, Field root) {

  public String apiVersion() {
    return ref.apiVersion();
  }

  public String kind() {
    return ref.kind();
  }

  public String group() {
    return ref.group();
  }

  public Optional<String> namespace() {
    return ref.namespace();
  }

  public String name() {
    return ref.name();
  }

  public Optional<Field> metadata() {
    return root.get("metadata");
  }

  public Map<String, String> labels() {
    return Field.stringMap(root.at("metadata", "labels"));
  }

  public Map<String, String> annotations() {
    return Field.stringMap(root.at("metadata", "annotations"));
  }

}
