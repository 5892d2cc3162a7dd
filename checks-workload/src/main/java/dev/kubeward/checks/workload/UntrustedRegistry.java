package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.ImageReference;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the allowlist from {@code checks.untrusted-registry.registries}: registry hosts
 * ({@code ghcr.io}, {@code *.example.com}) or host/path prefixes ({@code ghcr.io/acme}). Without
 * an allowlist there is nothing to compare with, so the check reports nothing.
 */
@CheckInfo(
    id = "KW-0052",
    summary = "Container image comes from a registry outside the allowlist",
    severity = Severity.MEDIUM,
    category = Category.SUPPLY_CHAIN,
    remediation = "Pull the image from an allowed registry (mirror it there), or add its registry to checks.untrusted-registry.registries.",
    references = {"nsa:pod-security/secure-images", "mitre:T1195.002", "mitre:T1525"})
public final class UntrustedRegistry implements ContainerCheck {

  private static final Set<String> DOCKER_HUB_ALIASES = Set.of("index.docker.io", "registry-1.docker.io", "registry.hub.docker.com");

  @Override
  public void check(ContainerView container, Findings findings) {
    List<String> allowed = allowlist(findings.options());
    if (allowed.isEmpty()) {
      return;
    }
    ContainerImage.of(container)
        .filter(i -> allowed.stream().noneMatch(a -> allows(a, i.ref())))
        .ifPresent(i -> findings.at(i.field()).report("container %s pulls %s from %s, a registry not in the allowlist (%s)",
            container.name(), i.text(), i.ref().registry(), String.join(", ", allowed)));
  }

  private static List<String> allowlist(CheckOptions options) {
    if (options.root().isEmpty()) {
      return List.of(); // not configured, the usual case: asked of every container
    }
    List<String> list = options.strings("registries");
    return (list.isEmpty() ? options.string("registries").map(s -> List.of(s.split(","))).orElse(List.of()) : list)
        .stream().map(UntrustedRegistry::normalise).filter(s -> !s.isEmpty()).toList();
  }

  private static String normalise(String entry) {
    String e = entry.strip().replaceAll("/+$", "");
    int slash = e.indexOf('/');
    String host = (slash < 0 ? e : e.substring(0, slash)).toLowerCase(Locale.ROOT);
    host = DOCKER_HUB_ALIASES.contains(host) ? ImageReference.DEFAULT_REGISTRY : host;
    return slash < 0 ? host : host + e.substring(slash);
  }

  /** A host entry allows the host (a {@code *.} entry its subdomains); a path entry the images below it. */
  private static boolean allows(String entry, ImageReference ref) {
    String host = ref.registry().toLowerCase(Locale.ROOT);
    if (!entry.contains("/")) {
      return entry.startsWith("*.") ? host.endsWith(entry.substring(1)) : host.equals(entry);
    }
    String name = host + "/" + ref.repository();
    return name.equals(entry) || name.startsWith(entry + "/");
  }
}
