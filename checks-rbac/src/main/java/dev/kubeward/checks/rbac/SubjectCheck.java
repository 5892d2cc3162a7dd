package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.Field;
import dev.kubeward.rbac.Binding;
import dev.kubeward.rbac.ServiceAccounts;
import dev.kubeward.rbac.Subject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A check of who a RoleBinding or ClusterRoleBinding names: each subject the input put there (not
 * those the API server binds by itself) is judged once, and reported at its entry in
 * {@code subjects}.
 */
abstract class SubjectCheck extends RbacCheck {

  private static final Set<String> KINDS = Set.of("RoleBinding", "ClusterRoleBinding");

  SubjectCheck(RbacScan scan) {
    super(scan);
  }

  /** Judges one subject of {@code binding}, written at {@code at}. */
  abstract void judge(Subject subject, Field at, Binding binding, RbacFacts facts, Findings findings);

  @Override
  public final Set<String> kinds() {
    return KINDS;
  }

  @Override
  public final void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    RbacFacts facts = facts(index);
    Optional<Binding> binding = facts.binding(resource);
    if (binding.isEmpty()) {
      return;
    }
    List<Entry> entries = facts.subjectEntries(binding.get(), b -> entries(resource, b));
    if (entries.isEmpty()) {
      return;
    }
    List<Field> items = items(resource);
    for (Entry e : entries) {
      judge(e.subject(), items.get(e.item()), binding.get(), facts, findings);
    }
  }

  /** A subject the checks judge, and the position of its entry in {@code subjects}. */
  record Entry(Subject subject, int item) {}

  /** Each subject of the binding the input put there, once, at its first entry. */
  private static List<Entry> entries(IndexedResource resource, Binding binding) {
    Set<Subject> added = new HashSet<>(Defaults.addedSubjects(binding, resource.labels()));
    if (added.isEmpty()) {
      return List.of();
    }
    Set<Subject> seen = new HashSet<>();
    List<Entry> out = new ArrayList<>();
    List<Field> items = items(resource);
    for (int i = 0; i < items.size(); i++) {
      Optional<Subject> s = subject(items.get(i), binding);
      if (s.isPresent() && added.contains(s.get()) && seen.add(s.get())) {
        out.add(new Entry(s.get(), i));
      }
    }
    return List.copyOf(out);
  }

  private static List<Field> items(IndexedResource resource) {
    return resource.retained().orElseThrow().root().get("subjects").map(Field::items).orElse(List.of());
  }

  /** The subject an entry names, as the model reads it (a ServiceAccount without namespace: the RoleBinding's). */
  private static Optional<Subject> subject(Field item, Binding b) {
    Optional<Subject.Kind> kind = item.get("kind").flatMap(Field::text).flatMap(Subject.Kind::parse);
    Optional<String> name = item.get("name").flatMap(Field::text).filter(n -> !n.isEmpty());
    if (kind.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return switch (kind.get()) {
      case USER -> Optional.of(Subject.user(name.get()));
      case GROUP -> Optional.of(Subject.group(name.get()));
      case SERVICE_ACCOUNT -> item.get("namespace").flatMap(Field::text).filter(n -> !n.isEmpty())
          .or(() -> b.isClusterRoleBinding() ? Optional.empty() : Optional.of(b.namespace()))
          .map(ns -> Subject.serviceAccount(ns, name.get()));
    };
  }

  /** Subjects that stand for many identities, or for every pod of a namespace: their own checks judge them. */
  static boolean broad(Subject s) {
    return switch (s.kind()) {
      case USER -> s.name().equals(ServiceAccounts.ANONYMOUS);
      case GROUP -> s.name().equals(ServiceAccounts.UNAUTHENTICATED) || s.name().equals(ServiceAccounts.AUTHENTICATED)
          || s.name().equals(ServiceAccounts.ALL_GROUP) || s.name().startsWith(ServiceAccounts.GROUP_PREFIX);
      case SERVICE_ACCOUNT -> s.name().equals("default");
    };
  }
}
