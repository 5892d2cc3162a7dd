package dev.kubeward.checks.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A Role whose digest could not be read (the engine reports the internal error and keeps the
 * object without its digest) exists, unknown: a binding to it is not reported as a binding to a
 * role that does not exist. The index is built as the engine builds it, the failed read left out.
 */
class UnreadableRoleTest {

  private static final String YAML = """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata: {name: other, namespace: shop}
      rules:
      - {apiGroups: [""], resources: [pods], verbs: [get]}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata: {name: broken, namespace: shop}
      rules:
      - {apiGroups: [""], resources: [pods], verbs: [get]}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: to-broken, namespace: shop}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: broken}
      subjects:
      - {kind: User, name: alice}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: to-missing, namespace: shop}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: missing}
      subjects:
      - {kind: User, name: bob}
      """;

  @Test
  void aBindingToARoleWhoseReadingFailedIsNotToAMissingRole() {
    Map<String, List<String>> reported = missingRoleFindings(Set.of("broken"));
    assertThat(reported.get("to-broken")).isEmpty();
    assertThat(reported.get("to-missing")).singleElement().asString()
        .contains("refers to Role shop/missing, which is not among Roles of namespace shop");
  }

  @Test
  void theSameRoleReadIsThere() {
    Map<String, List<String>> reported = missingRoleFindings(Set.of());
    assertThat(reported.get("to-broken")).isEmpty();
    assertThat(reported.get("to-missing")).hasSize(1);
  }

  @Test
  void noRbacRuleKeepsATree() {
    // They work from digests only: the index keeps no Role, ClusterRole or binding whole for them.
    assertThat(new RbacChecks().checks()).filteredOn(c -> c instanceof RbacCheck)
        .isNotEmpty().allSatisfy(c -> assertThat(c.retains()).isEmpty());
  }

  /** BindingToMissingRole's messages per binding, over an index whose objects named {@code failed} have no digest. */
  private static Map<String, List<String>> missingRoleFindings(Set<String> failed) {
    ManifestReader.FileResult parsed = new ManifestReader().parse(new SourceFile("rbac.yaml", Optional.empty()), YAML);
    List<IndexedResource> indexed = new ArrayList<>();
    for (Resource r : parsed.resources()) {
      Map<Digest<?>, Object> digests = new HashMap<>();
      if (!failed.contains(r.name())) {
        RbacFacts.OBJECT.read(r).ifPresent(d -> digests.put(RbacFacts.OBJECT, d));
      }
      indexed.add(new IndexedResource(r.ref(), r.file().name(), r.root().line(), r.root().column(), r.labels(), List.of(),
          Optional.empty(), Optional.empty(), Map.copyOf(digests)));
    }
    ResourceIndex index = new ResourceIndex(indexed);
    BindingToMissingRole check = new BindingToMissingRole(new RbacScan());
    check.prepare(index);
    Map<String, List<String>> out = new HashMap<>();
    for (IndexedResource r : index.ofKind("RoleBinding")) {
      Recorded findings = new Recorded();
      check.check(r, index, findings);
      out.put(r.name(), findings.messages);
    }
    return out;
  }

  /** The messages reported, wherever. */
  private static final class Recorded implements Findings {
    final List<String> messages = new ArrayList<>();

    @Override
    public Reporter at(Field field) {
      return reporter();
    }

    @Override
    public Reporter at(Anchor anchor) {
      return reporter();
    }

    private Reporter reporter() {
      return new Reporter() {
        @Override
        public void report(String format, Object... args) {
          messages.add(String.format(java.util.Locale.ROOT, format, args));
        }

        @Override
        public Reporter unless(Predicate<ResourceIndex> cleared) {
          return this;
        }
      };
    }

    @Override
    public CheckOptions options() {
      return CheckOptions.NONE;
    }
  }
}
