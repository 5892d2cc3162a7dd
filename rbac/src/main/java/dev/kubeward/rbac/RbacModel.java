package dev.kubeward.rbac;

import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.rbac.abac.AbacPolicy;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the API server's authorizers know of who may do what, built once from the input
 * and queried many times: Roles and ClusterRoles (aggregated ClusterRoles resolved as the
 * aggregation controller does), RoleBindings and ClusterRoleBindings, ABAC policies, and what
 * escalation analysis needs besides (service accounts, their token Secrets, workloads, namespaces,
 * resource types). Immutable; bindings are indexed by subject and by role, rules by the resource
 * they name, so no query rescans every binding.
 *
 * <p>Matching follows kube-apiserver exactly: a ClusterRoleBinding grants its rules for every
 * request; a RoleBinding only for requests in its namespace (so never for cluster-scoped
 * resources or non-resource URLs); members of {@code system:masters} are never denied.
 */
public interface RbacModel {

  /** Starts a model: add resources (any kind; those the model does not use are ignored), then build. */
  static RbacModelBuilder builder() {
    return new RbacModelBuilder();
  }

  /** The model of some resources. */
  static RbacModel of(Collection<Resource> resources) {
    RbacModelBuilder b = builder();
    resources.forEach(b::add);
    return b.build();
  }

  // ---- objects

  /** Every Role and ClusterRole, in input order. */
  List<Role> roles();

  Optional<Role> role(RoleId id);

  /** Every RoleBinding and ClusterRoleBinding, in input order. */
  List<Binding> bindings();

  /** The bindings that refer to {@code role} (for a ClusterRole: ClusterRoleBindings and RoleBindings). */
  List<Binding> bindingsOf(RoleId role);

  /** The role a binding refers to; empty when the input does not have it. */
  Optional<Role> roleOf(Binding binding);

  /** The bindings that name {@code subject} (a service account also through RoleBindings that leave its namespace out). */
  List<Binding> bindingsNaming(Subject subject);

  /** Every subject some binding names, in order. */
  Set<Subject> subjects();

  /** Whether some binding names {@code subject}: whether it is one of {@link #subjects()}, without sorting them. */
  boolean names(Subject subject);

  List<ServiceAccountObject> serviceAccounts();

  Optional<ServiceAccountObject> serviceAccount(String namespace, String name);

  /**
   * The service accounts known in a namespace: its ServiceAccount objects, {@code default} (every
   * namespace has it), those its workloads run as, bindings name and token Secrets belong to.
   */
  Set<String> serviceAccountNames(String namespace);

  List<TokenSecret> tokenSecrets();

  List<Workload> workloads();

  /** Namespaces the input has or mentions, in order. */
  Set<String> namespaces();

  ResourceTypes resourceTypes();

  List<AbacPolicy> abacPolicies();

  /** Problems met reading the objects (objects the API server would reject are left out). */
  List<InputProblem> problems();

  // ---- queries

  /** The rules {@code identity} holds, every binding that names it: ClusterRoleBindings first. */
  List<Grant> grantsTo(Identity identity);

  /**
   * The bindings that apply to {@code identity}, each with the subject that names it and the role
   * it grants (bindings to roles the input does not have are left out): ClusterRoleBindings first,
   * then in input order. {@link #grantsTo(Identity)} is these, rule by rule.
   */
  List<RoleGrant> roleGrantsTo(Identity identity);

  /**
   * Whether {@link #roleGrantsTo} gives {@code subject}'s identity anything, answered without
   * building the identity when no binding can reach it: most subjects of a cluster hold nothing.
   */
  boolean holdsRoleGrants(Subject subject);

  /**
   * The rules that apply to {@code identity}'s requests in {@code namespace} ({@code ""}:
   * cluster-scoped requests), as the authorizer visits them.
   */
  List<Grant> grantsTo(Identity identity, String namespace);

  /** Whether {@code identity} may make {@code request}, and why (RBAC, ABAC, system:masters). */
  Decision authorize(Identity identity, Request request);

  /**
   * Every subject that may make {@code request}: in {@code namespace}, or anywhere when empty
   * (the request's own namespace is ignored). For a cluster-scoped resource or a non-resource URL
   * only ClusterRoleBindings count, whatever the namespace. {@code system:masters} is always in.
   */
  List<SubjectAccess> whoCan(Request request, Optional<String> namespace);

  /** Whether the request's resource is namespaced (unknown types count as namespaced). */
  boolean namespaced(Request request);

  /** The roles with a rule that allows {@code request} (its namespace ignored), each with the first such rule. */
  List<Grant.RoleRule> rolesAllowing(Request request);

  /** Whether {@code identity} holds every verb on every resource cluster-wide (or is in system:masters). */
  boolean clusterAdmin(Identity identity);
}
