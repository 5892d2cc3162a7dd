package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.kubeward.cli.Cli.Result;
import dev.kubeward.report.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubeward rbac}: exit codes, usage errors, input problems, the JSON contracts. */
class RbacCommandTest {

  @TempDir Path dir;

  static final String RBAC = """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: reader}
      rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: readers, namespace: shop}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
      subjects: [{kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}, {kind: ServiceAccount, name: web}]
      """;

  static final String INVALID = """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: broken}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
      subjects: [{kind: User, name: bob}]
      """;

  static List<String> violations(String schemaFile, String json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    var node = mapper.readTree(Files.readString(ProjectFiles.path(schemaFile)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("$schema");
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
    return schema.validate(mapper.readTree(json)).stream().map(ValidationMessage::toString).toList();
  }

  @Test
  void whoCanJsonIsTheDocumentedContract() throws IOException {
    Path in = write(dir.resolve("rbac.yaml"), RBAC);
    Path abac = write(dir.resolve("policy.jsonl"), "{\"user\": \"legacy\"}\n");
    Result r = cli().run("rbac", "who-can", "get", "secrets", "--format", "json", "--abac", abac, "--with-defaults", in);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(violations("docs/rbac-who-can.schema.json", r.out())).isEmpty();
    assertThat(r.out()).contains("\"binding\" : \"RoleBinding/shop/readers\"", "\"role\" : \"ClusterRole/reader\"",
        "\"scope\" : [ \"shop\" ]", "\"namespace\" : \"shop\"", "\"authorizer\" : \"ABAC\"");
  }

  @Test
  void canIJsonIsTheDocumentedContractAndNoExitsOne() throws IOException {
    Path in = write(dir.resolve("rbac.yaml"), RBAC);
    Result yes = cli().run("rbac", "can-i", "sa:shop/web", "get", "secrets", "-n", "shop", "-o", "json", in);
    assertThat(yes.exit()).isZero();
    assertThat(violations("docs/rbac-can-i.schema.json", yes.out())).isEmpty();
    assertThat(yes.out()).contains("\"allowed\" : true");
    Result no = cli().run("rbac", "can-i", "user:alice", "get", "secrets", "-n", "pay", "-o", "json", in);
    assertThat(no.exit()).isEqualTo(1);
    assertThat(violations("docs/rbac-can-i.schema.json", no.out())).isEmpty();
    assertThat(no.out()).contains("\"allowed\" : false", "\"nearMisses\" : [ {");
  }

  @Test
  void inputErrorsAreReportedWithTheirPositionAndExitTwoAfterAnswering() {
    Path good = write(dir.resolve("good.yaml"), RBAC);
    Path bad = write(dir.resolve("bad.yaml"), INVALID);
    Path yaml = write(dir.resolve("broken.yaml"), "kind: [unclosed\n");
    Result r = cli().run("rbac", "who-can", "get", "secrets", good, bad, yaml);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("User            alice", "Problems with the input")
        .contains("bad.yaml:4:48: error: roleRef.kind must be ClusterRole, found \"Role\"")
        .contains("broken.yaml:");
    Result json = cli().run("rbac", "who-can", "get", "secrets", "--format", "json", good, bad);
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.err()).contains("bad.yaml:4:48: error: roleRef.kind must be ClusterRole");
    assertThat(json.out()).contains("\"severity\" : \"error\"");
  }

  @Test
  void abacErrorsSayFileLineAndColumn() {
    Path in = write(dir.resolve("rbac.yaml"), RBAC);
    Path abac = write(dir.resolve("policy.jsonl"), "{\"user\": \"ok\"}\n{\"spec\": {\"user\": 5}, \"apiVersion\": \"abac.authorization.kubernetes.io/v1beta1\", \"kind\": \"Policy\"}\n");
    Result r = cli().run("rbac", "can-i", "user:ok", "delete", "nodes", "--abac", abac, in);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("yes").contains("policy.jsonl:2:19: error: spec.user must be a string, found the number 5");
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    Path in = write(dir.resolve("rbac.yaml"), RBAC);
    assertThat(cli().run("rbac").err()).contains("name a question: who-can, can-i");
    Result subject = cli().run("rbac", "can-i", "alice", "get", "pods", in);
    assertThat(subject.exit()).isEqualTo(2);
    assertThat(subject.err()).contains("write the subject as user:NAME, group:NAME or sa:NAMESPACE/NAME");
    Result to = cli().run("rbac", "paths", "--to", "moon", in);
    assertThat(to.exit()).isEqualTo(2);
    assertThat(to.err()).contains("--to moon: choose cluster-admin, secrets or nodes");
    Result format = cli().run("rbac", "paths", "--format", "table", in);
    assertThat(format.err()).contains("unknown format \"table\"; choose one of text, json, dot, mermaid");
    Result sub = cli().run("rbac", "who-can", "get", "/healthz", "--subresource", "x", in);
    assertThat(sub.err()).contains("--subresource cannot be used with a non-resource URL");
    assertThat(cli().run("rbac", "who-can", "get").err()).contains("Missing required parameter");
  }

  @Test
  void anEmptyInputIsSaidToBeOne() {
    Result r = cli().run("rbac", "who-can", "get", "pods", dir);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("warning: no *.yaml, *.yml or *.json file found");
  }

  @Test
  void pathsTakeASubjectBeforeThePaths() {
    Path in = write(dir.resolve("rbac.yaml"), RBAC + """
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: t, namespace: shop, annotations: {kubernetes.io/service-account.name: deployer}}
        type: kubernetes.io/service-account-token
        """);
    Result r = cli().run("rbac", "paths", "user:alice", "--to", "secrets", in);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Shortest path from User alice to secrets\n")
        .contains("may get, list or watch secrets in namespace shop");
  }
}
