package dev.kubeward.rbac;

import static dev.kubeward.rbac.Models.req;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bundled defaults ({@code --with-defaults}) and the facts the corpus README documents about
 * them: only system:masters is bound to cluster-admin; admin, edit and view are aggregated; edit
 * can impersonate service accounts and create pods/exec; system:node can get, list and watch
 * secrets.
 */
class BootstrapPolicyTest {

  static final RbacModel DEFAULTS = RbacModel.of(BootstrapPolicy.resources());

  @Test
  void theDefaultsAreReadWithoutProblems() {
    assertThat(DEFAULTS.problems()).isEmpty();
    assertThat(DEFAULTS.roles()).hasSize(31);
    assertThat(DEFAULTS.bindings()).hasSize(12);
    assertThat(DEFAULTS.roles()).allSatisfy(r -> assertThat(r.source().isDefault()).isTrue());
  }

  @Test
  void onlySystemMastersIsBoundToClusterAdmin() {
    List<Binding> bindings = DEFAULTS.bindingsOf(RoleId.clusterRole("cluster-admin"));
    assertThat(bindings).flatExtracting(Binding::subjects).containsExactly(Subject.group("system:masters"));
    Request everything = req("*", "*", "*", "", "", "");
    List<SubjectAccess> all = DEFAULTS.whoCan(everything, Optional.empty());
    assertThat(all).extracting(a -> a.subject().display()).containsExactly("Group system:masters");
    assertThat(all.get(0).via()).hasSize(2);
    assertThat(DEFAULTS.clusterAdmin(Identity.groupMember("system:masters"))).isTrue();
    assertThat(DEFAULTS.clusterAdmin(Identity.user("alice"))).isFalse();
  }

  @Test
  void adminEditAndViewAreAggregated() {
    Role admin = clusterRole("admin");
    Role edit = clusterRole("edit");
    Role view = clusterRole("view");
    for (Role r : List.of(admin, edit, view)) {
      assertThat(r.isAggregated()).as(r.name()).isTrue();
      assertThat(r.statedRules()).as(r.name()).isEmpty();
      assertThat(r.rules()).as(r.name()).isNotEmpty();
    }
    assertThat(admin.aggregatedFrom()).extracting(RoleId::name).containsExactly("edit", "system:aggregate-to-admin");
    assertThat(edit.aggregatedFrom()).extracting(RoleId::name).containsExactly("system:aggregate-to-edit", "view");
    assertThat(view.aggregatedFrom()).extracting(RoleId::name).containsExactly("system:aggregate-to-view");
    // every rule of view is in edit, every rule of edit in admin: aggregation passes rules up
    assertThat(edit.rules()).containsAll(view.rules());
    assertThat(admin.rules()).containsAll(edit.rules());
    assertThat(view.allows(req("get", "pods", "x"))).isTrue();
    assertThat(view.allows(req("get", "secrets", "x"))).isFalse();
    assertThat(edit.allows(req("get", "secrets", "x"))).isTrue();
    assertThat(admin.allows(req("create", "rbac.authorization.k8s.io", "rolebindings", "", "", "x"))).isTrue();
    assertThat(edit.allows(req("create", "rbac.authorization.k8s.io", "rolebindings", "", "", "x"))).isFalse();
  }

  @Test
  void editCanImpersonateServiceAccountsAndExecIntoPods() {
    Role edit = clusterRole("edit");
    assertThat(edit.allows(req("impersonate", "serviceaccounts", "x"))).isTrue();
    assertThat(edit.allows(req("create", "", "pods", "exec", "web-0", "x"))).isTrue();
    assertThat(edit.allows(req("impersonate", "users", ""))).isFalse();
  }

  @Test
  void systemNodeCanReadSecrets() {
    Role node = clusterRole("system:node");
    for (String verb : List.of("get", "list", "watch")) {
      assertThat(node.allows(req(verb, "secrets", "x"))).as(verb).isTrue();
    }
    assertThat(node.allows(req("delete", "secrets", "x"))).isFalse();
    assertThat(DEFAULTS.bindingsOf(node.id())).singleElement().satisfies(b -> assertThat(b.subjects()).isEmpty());
  }

  @Test
  void theBundledCopyIsTheCorpusWithoutTheOpenShiftBinding() throws IOException {
    Path dir = Corpus.rbac().resolve("bootstrap-policy");
    ManifestReader reader = new ManifestReader();
    List<Resource> roles = reader.read(SourceFile.of(dir.resolve("cluster-roles.yaml"), dir)).resources();
    List<Resource> bindings = reader.read(SourceFile.of(dir.resolve("cluster-role-bindings.openshift-fork.yaml"), dir)).resources();
    assertThat(Files.readString(dir.resolve("cluster-roles.yaml"))).isEqualTo(bundled("cluster-roles.yaml"));
    RbacModel corpus = RbacModel.of(java.util.stream.Stream.concat(roles.stream(), bindings.stream()).toList());
    assertThat(corpus.roles()).extracting(Role::id).containsExactlyElementsOf(DEFAULTS.roles().stream().map(Role::id).toList());
    assertThat(corpus.bindings()).extracting(Binding::name)
        .containsExactlyElementsOf(java.util.stream.Stream.concat(DEFAULTS.bindings().stream().map(Binding::name),
            java.util.stream.Stream.of("system:openshift:public-info-viewer"))
            .sorted(java.util.Comparator.comparing(n -> bindings.stream().map(Resource::name).toList().indexOf(n))).toList());
    for (Binding b : DEFAULTS.bindings()) {
      Binding c = corpus.bindings().stream().filter(x -> x.name().equals(b.name())).findFirst().orElseThrow();
      assertThat(c.subjects()).as(b.name()).isEqualTo(b.subjects());
      assertThat(c.roleRef()).as(b.name()).isEqualTo(b.roleRef());
    }
  }

  private static String bundled(String name) throws IOException {
    try (var in = BootstrapPolicy.class.getResourceAsStream("defaults/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static Role clusterRole(String name) {
    return DEFAULTS.role(RoleId.clusterRole(name)).orElseThrow();
  }
}
