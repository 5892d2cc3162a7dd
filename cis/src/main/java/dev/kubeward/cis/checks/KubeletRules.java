package dev.kubeward.cis.checks;

import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.KubeletSetting;
import dev.kubeward.cis.Setting;
import dev.kubeward.cis.Verdicts;

/** The kubelet's boolean settings, read flag over configuration file over default. */
final class KubeletRules {

  private KubeletRules() {}

  static void bool(ComponentConfig c, Verdicts out, String control, KubeletSetting setting, boolean wanted, String why) {
    Setting s = c.kubelet(setting);
    if (s.unknown()) {
      out.warn(control, "the kubelet's %s is %s", setting.field(), s.describe());
      return;
    }
    var value = s.bool();
    if (value.isPresent() && value.get() == wanted) {
      out.pass(control, "kubelet: %s", s.describe());
    } else {
      out.fail(control, CisCheck.at(s, c), "the kubelet has %s: %s", s.describe(), why);
    }
  }
}
