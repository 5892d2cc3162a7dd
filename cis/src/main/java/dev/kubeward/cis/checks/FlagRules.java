package dev.kubeward.cis.checks;

import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Setting;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.cis.flags.Comparison;

/** The shapes most flag controls take, written once. */
final class FlagRules {

  private FlagRules() {}

  /** The flag must name something (a file, a path): set and not empty. */
  static void required(ComponentConfig c, Verdicts out, String control, String flag, String why) {
    Setting s = c.flag(flag);
    if (s.explicit() && !s.text().isBlank()) {
      out.pass(control, "%s sets %s", CisCheck.who(c), s.describe());
    } else {
      out.fail(control, CisCheck.at(s, c), "the %s does not set --%s: %s", CisCheck.who(c), flag, why);
    }
  }

  /** Both flags of a certificate and key pair must be set. */
  static void pair(ComponentConfig c, Verdicts out, String control, String certFlag, String keyFlag, String why) {
    Setting cert = c.flag(certFlag);
    Setting key = c.flag(keyFlag);
    boolean hasCert = cert.explicit() && !cert.text().isBlank();
    boolean hasKey = key.explicit() && !key.text().isBlank();
    if (hasCert && hasKey) {
      out.pass(control, "%s sets --%s and --%s", CisCheck.who(c), certFlag, keyFlag);
    } else {
      String missing = !hasCert && !hasKey ? "--" + certFlag + " and --" + keyFlag : !hasCert ? "--" + certFlag : "--" + keyFlag;
      out.fail(control, CisCheck.at(hasCert ? cert : key, c), "the %s does not set %s: %s", CisCheck.who(c), missing, why);
    }
  }

  /** A boolean flag whose effective value (default {@code defaultValue}) must be {@code wanted}. */
  static void bool(ComponentConfig c, Verdicts out, String control, String flag, boolean defaultValue, boolean wanted,
      String why) {
    Setting s = c.flag(flag, String.valueOf(defaultValue));
    var value = s.bool();
    if (value.isEmpty()) {
      out.fail(control, CisCheck.at(s, c), "the %s sets --%s to %s, which is not a boolean: %s", CisCheck.who(c), flag,
          s.text(), why);
    } else if (value.get() == wanted) {
      out.pass(control, "%s: %s", CisCheck.who(c), s.describe());
    } else {
      out.fail(control, CisCheck.at(s, c), "the %s has %s: %s", CisCheck.who(c), s.describe(), why);
    }
  }

  /**
   * A number that must be at least {@code minimum} (the check's option {@code minimum} when given);
   * unset reads as {@code defaultValue}.
   */
  static void atLeast(ComponentConfig c, Verdicts out, String control, String flag, long defaultValue, long minimum,
      String why) {
    long min = out.options().string("minimum").flatMap(Comparison::decimal).orElse(minimum);
    Setting s = c.flag(flag, String.valueOf(defaultValue));
    var n = s.integer();
    if (n.isPresent() && Comparison.GTE.test(String.valueOf(n.get()), String.valueOf(min))) {
      out.pass(control, "%s: %s (at least %d)", CisCheck.who(c), s.describe(), min);
    } else {
      out.fail(control, CisCheck.at(s, c), "the %s has %s, below %d: %s", CisCheck.who(c), s.describe(), min, why);
    }
  }

  /**
   * Whether the API server writes audit files whose retention a control can judge; when not, the
   * control's verdict is given here (a webhook passes: retention is the receiver's; no log at all fails).
   */
  static boolean keepsAuditFiles(ComponentConfig c, Verdicts out, String control) {
    Setting path = c.flag("audit-log-path");
    if (!path.explicit() && c.flag("audit-webhook-config-file").explicit()) {
      out.pass(control, "%s sends audit events to a webhook: retention is the receiver's", CisCheck.who(c));
      return false;
    }
    if (!path.explicit()) {
      out.fail(control, CisCheck.at(path, c), "the %s keeps no audit log file (--audit-log-path), so there is no retention to set",
          CisCheck.who(c));
      return false;
    }
    return true;
  }
}
