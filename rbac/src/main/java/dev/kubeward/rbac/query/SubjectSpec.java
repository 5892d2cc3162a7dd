package dev.kubeward.rbac.query;

import dev.kubeward.rbac.Identity;
import dev.kubeward.rbac.ServiceAccounts;
import dev.kubeward.rbac.Subject;
import java.util.List;

/**
 * A subject named on the command line: {@code user:NAME} (with {@code --group G}, repeatable),
 * {@code group:NAME} or {@code sa:NAMESPACE/NAME} ({@code sa:NAMESPACE:NAME} and
 * {@code system:serviceaccount:NAMESPACE:NAME} accepted too), and the identity a request of that
 * subject carries.
 */
public record SubjectSpec(Subject subject, Identity identity) {

  /**
   * @throws IllegalArgumentException with a message for the user
   */
  public static SubjectSpec parse(String text, List<String> groups) {
    int colon = text.indexOf(':');
    String prefix = colon < 0 ? "" : text.substring(0, colon);
    String rest = colon < 0 ? "" : text.substring(colon + 1);
    if (text.startsWith(ServiceAccounts.USER_PREFIX)) {
      String[] sa = ServiceAccounts.split(text).orElseThrow(() -> new IllegalArgumentException(
          "'" + text + "' is not a service account user name (system:serviceaccount:NAMESPACE:NAME)"));
      return serviceAccount(sa[0], sa[1], groups);
    }
    switch (prefix) {
      case "user" -> {
        requireName(rest, text);
        Identity id = Identity.user(rest, groups);
        return new SubjectSpec(Subject.user(rest), id);
      }
      case "group" -> {
        requireName(rest, text);
        if (!groups.isEmpty()) {
          throw new IllegalArgumentException("--group goes with user:NAME; for a group write group:NAME alone");
        }
        return new SubjectSpec(Subject.group(rest), Identity.groupMember(rest));
      }
      case "sa", "serviceaccount" -> {
        int sep = rest.indexOf('/') >= 0 ? rest.indexOf('/') : rest.indexOf(':');
        if (sep <= 0 || sep == rest.length() - 1) {
          throw new IllegalArgumentException("write a service account as sa:NAMESPACE/NAME, e.g. sa:shop/web (found '" + text + "')");
        }
        return serviceAccount(rest.substring(0, sep), rest.substring(sep + 1), groups);
      }
      default -> throw new IllegalArgumentException("write the subject as user:NAME, group:NAME or sa:NAMESPACE/NAME (found '"
          + text + "')");
    }
  }

  private static SubjectSpec serviceAccount(String ns, String name, List<String> groups) {
    if (!groups.isEmpty()) {
      throw new IllegalArgumentException("--group goes with user:NAME; a service account's groups are fixed");
    }
    return new SubjectSpec(Subject.serviceAccount(ns, name), Identity.serviceAccount(ns, name));
  }

  private static void requireName(String name, String text) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name the subject after ':' (found '" + text + "')");
    }
  }
}
