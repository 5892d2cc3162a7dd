package dev.kubeward.pss.admission;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.Registry;
import dev.kubeward.pss.workloads.NamespaceObject;
import dev.kubeward.pss.workloads.Workload;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pod Security admission offline: each workload judged in its namespace, as the namespace's
 * labels (from Namespace objects of the input), the cluster defaults of a
 * PodSecurityConfiguration, its exemptions and any what-if labels say. Exempt usernames cannot
 * apply: who creates a pod is not in its manifest.
 */
public final class Admission {

  private final Registry registry;
  private final PodSecurityConfiguration config;
  private final Map<String, NamespacePolicy> policies = new HashMap<>();
  private final List<InputProblem> problems = new ArrayList<>();

  public Admission(Registry registry, PodSecurityConfiguration config, List<NamespaceObject> namespaces, List<WhatIf> whatIfs) {
    this.registry = registry;
    this.config = config;
    for (NamespaceObject ns : namespaces) {
      NamespacePolicy.Labelled labelled = NamespacePolicy.fromLabels(ns.labels(), config.defaults());
      policies.put(ns.name(), labelled.policy());
      for (String e : labelled.errors()) {
        problems.add(InputProblem.warning(ns.file(), ns.line(), 1, "Namespace " + ns.name() + ": " + e));
      }
    }
    for (WhatIf w : whatIfs) {
      NamespacePolicy base = policies.getOrDefault(w.namespace(), config.defaults());
      LevelVersion enforce = LevelVersion.of(w.level(), w.version().orElse(base.get(Mode.ENFORCE).version()));
      policies.put(w.namespace(), base.with(Mode.ENFORCE, enforce, NamespacePolicy.Source.WHAT_IF));
    }
  }

  /** Whether any namespace of the input carries Pod Security labels. */
  public static boolean labelled(List<NamespaceObject> namespaces) {
    return namespaces.stream().anyMatch(ns -> ns.labels().keySet().stream()
        .anyMatch(k -> k.startsWith("pod-security.kubernetes.io/")));
  }

  /** Unreadable labels, as warnings: the API server falls back as upstream documents. */
  public List<InputProblem> problems() {
    return List.copyOf(problems);
  }

  public NamespacePolicy policy(Optional<String> namespace) {
    return namespace.map(policies::get).orElse(config.defaults());
  }

  public AdmissionResult evaluate(Workload w) {
    Optional<String> ns = w.ref().namespace();
    NamespacePolicy policy = policy(ns);
    Optional<String> exemption = ns.filter(config.exemptions().namespaces()::contains)
        .map(n -> "namespace " + n + " is exempt in " + config.source())
        .or(() -> w.runtimeClassName().filter(config.exemptions().runtimeClasses()::contains)
            .map(rc -> "runtime class " + rc + " is exempt in " + config.source()));
    Map<Mode, dev.kubeward.pss.Evaluation> modes = new EnumMap<>(Mode.class);
    if (exemption.isEmpty()) {
      for (Mode m : Mode.values()) {
        modes.put(m, registry.evaluate(w.pod(), policy.get(m)));
      }
    }
    return new AdmissionResult(ns, policy, exemption, modes);
  }
}
