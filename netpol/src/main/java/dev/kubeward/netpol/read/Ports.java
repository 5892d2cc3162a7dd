package dev.kubeward.netpol.read;

/** Port names as Kubernetes validates them (an IANA service name). */
final class Ports {

  private Ports() {}

  /**
   * Why {@code name} is not a valid port name; empty if it is one. Checked by hand, in one pass:
   * every container port name of every workload of a scan comes here. PortsTest holds it equal to the
   * same check written plainly (the regular expression and the rules), on generated names.
   */
  static String invalidName(String name) {
    int n = name.length();
    if (n == 0 || n > 15) {
      return LENGTH;
    }
    boolean letter = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (c == '-') {
        // [a-z0-9]([a-z0-9-]*[a-z0-9])? without "--": a hyphen neither first, nor last, nor after another
        if (i == 0 || i == n - 1 || name.charAt(i - 1) == '-') {
          return CHARACTERS;
        }
      } else if (c < '0' || c > '9') {
        return CHARACTERS;
      }
    }
    return letter ? "" : LETTER;
  }

  static final String LENGTH = "a port name has 1 to 15 characters";
  static final String CHARACTERS =
      "a port name has lower-case letters, digits and single hyphens inside, such as http or metrics-1";
  static final String LETTER = "a port name needs at least one letter (write a port number without quotes)";
}
