package dev.kubeward.netpol.read;

import java.util.regex.Pattern;

/** Port names as Kubernetes validates them (an IANA service name). */
final class Ports {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

  private Ports() {}

  /** Why {@code name} is not a valid port name; empty if it is one. */
  static String invalidName(String name) {
    if (name.isEmpty() || name.length() > 15) {
      return "a port name has 1 to 15 characters";
    }
    if (!NAME.matcher(name).matches() || name.contains("--")) {
      return "a port name has lower-case letters, digits and single hyphens inside, such as http or metrics-1";
    }
    if (name.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      return "a port name needs at least one letter (write a port number without quotes)";
    }
    return "";
  }
}
