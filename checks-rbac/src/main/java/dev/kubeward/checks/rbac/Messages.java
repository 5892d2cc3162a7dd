package dev.kubeward.checks.rbac;

import dev.kubeward.rbac.Binding;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.RoleId;
import dev.kubeward.rbac.Subject;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/** The wording the RBAC checks share: bindings, subjects, lists cut to a readable length. */
final class Messages {

  private static final int BINDINGS_SHOWN = 2;
  private static final int SUBJECTS_SHOWN = 3;
  private static final int ITEMS_SHOWN = 4;

  private Messages() {}

  /** {@code granted by RoleBinding shop/ci to ServiceAccount shop/deployer and 2 more bindings}. */
  static String grantedBy(RoleId role, List<Binding> bindings) {
    if (bindings.isEmpty()) {
      return "bound by no RoleBinding or ClusterRoleBinding in the input";
    }
    List<String> shown = new ArrayList<>();
    for (Binding b : bindings.subList(0, Math.min(BINDINGS_SHOWN, bindings.size()))) {
      String through = b.roleId().equals(role) ? "" : " through " + b.roleId().display();
      shown.add(b.display() + through + " to " + subjects(b.subjects()));
    }
    String more = bindings.size() > BINDINGS_SHOWN ? " and " + (bindings.size() - BINDINGS_SHOWN) + " more bindings" : "";
    return "granted by " + String.join(", ", shown) + more;
  }

  /** {@code User alice, Group dev and 3 more}; {@code no subject} for an empty list. */
  static String subjects(List<Subject> subjects) {
    if (subjects.isEmpty()) {
      return "no subject";
    }
    // Spelt as list() reads them: only the subjects shown are.
    return list(new AbstractList<>() {
      @Override
      public String get(int i) {
        return subjects.get(i).display();
      }

      @Override
      public int size() {
        return subjects.size();
      }
    }, SUBJECTS_SHOWN);
  }

  /** {@code a, b, c and 2 more}. */
  static String list(List<String> items, int shown) {
    if (items.size() <= shown) {
      return items.size() == 1 ? items.get(0)
          : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
    return String.join(", ", items.subList(0, shown)) + " and " + (items.size() - shown) + " more";
  }

  static String list(List<String> items) {
    return list(items, ITEMS_SHOWN);
  }

  /** {@code , only those named x and y} when a rule lists resourceNames; empty otherwise. */
  static String names(PolicyRule rule) {
    return rule.resourceNames().isEmpty() ? "" : ", only those named " + list(rule.resourceNames());
  }

  /** Where a binding's grant holds: {@code cluster-wide}, {@code in namespace shop}. */
  static String scope(Binding b) {
    return b.isClusterRoleBinding() ? "cluster-wide" : "in namespace " + b.namespace();
  }
}
