package dev.kubeward.core.yaml;

/**
 * A scalar with its source text, exactly as written (after YAML unescaping).
 *
 * <p>{@code plain} is false for quoted and block scalars: only a plain scalar can be a boolean,
 * number or null, which is how Kubernetes' YAML decoder treats them too.
 */
public record ScalarNode(String value, boolean plain, int line, int column) implements Node {

  /** True for a plain {@code null}, {@code ~} or empty scalar. */
  public boolean isNull() {
    return plain && Scalars.isNull(value);
  }
}
