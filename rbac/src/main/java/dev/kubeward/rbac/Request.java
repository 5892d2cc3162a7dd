package dev.kubeward.rbac;

/**
 * What is asked, as the API server's authorizer sees a request. As in its attributes, an empty
 * string means "none": no API group is the core group, no subresource is the resource itself, no
 * name is a request that names no object, no namespace is a cluster-scoped request (or one across
 * all namespaces).
 */
public sealed interface Request {

  String verb();

  /** A request about an API resource. */
  record ResourceRequest(
      String verb, String apiGroup, String resource, String subresource, String name, String namespace)
      implements Request {

    /** {@code resource/subresource}, or the resource alone. */
    public String combinedResource() {
      return subresource.isEmpty() ? resource : resource + "/" + subresource;
    }

    public ResourceRequest inNamespace(String ns) {
      return new ResourceRequest(verb, apiGroup, resource, subresource, name, ns);
    }

    /** For people: {@code get secrets "db" in namespace shop}. */
    public String describe() {
      StringBuilder sb = new StringBuilder(verb).append(' ').append(PolicyRule.qualified(apiGroup, combinedResource()));
      if (!name.isEmpty()) {
        sb.append(" \"").append(name).append('"');
      }
      sb.append(namespace.isEmpty() ? " cluster-wide" : " in namespace " + namespace);
      return sb.toString();
    }
  }

  /** A request for a path outside the resource API ({@code /healthz}, {@code /metrics}). */
  record NonResourceRequest(String verb, String path) implements Request {

    public String describe() {
      return verb + " " + path;
    }
  }

  static ResourceRequest resource(String verb, String apiGroup, String resource, String namespace) {
    return new ResourceRequest(verb, apiGroup, resource, "", "", namespace);
  }

  static NonResourceRequest nonResource(String verb, String path) {
    return new NonResourceRequest(verb, path);
  }

  default String describe() {
    return switch (this) {
      case ResourceRequest r -> r.describe();
      case NonResourceRequest n -> n.describe();
    };
  }
}
