package dev.kubeward.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.rbac.query.AccessQuery;
import dev.kubeward.rbac.query.Permissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The who-can and policy-rules cases of alcideio/rbac-tool ({@code ../shared/corpora/rbac/rbac-tool-cases}):
 * each file's header names the query ({@code # Run:}) and the subjects it expects ({@code # Expect:}),
 * found on a live cluster, so the defaults are added. Every case agrees except where the header
 * contradicts the API server's authorizer; those are listed in {@link #DIVERGENCES} with the reason,
 * and the test fails if the list is no longer exactly what differs.
 */
class RbacToolCasesTest {

  /** Subjects a header expects that the API server does not allow, per file, and why. */
  static final Map<String, Divergence> DIVERGENCES = Map.of(
      "whocan/nonresourceurl-reader.yaml", new Divergence(Set.of("User test-nonresourceurl-reader"),
          "a RoleBinding never grants a non-resource URL: the authorizer consults RoleBindings only for requests in their"
              + " namespace, and a non-resource request has none (rbac-tool does not model this)"),
      "whocan/gatewat-api-operator.yaml", new Divergence(
          Set.of("ServiceAccount test/gateway-network-operator-sa", "User gateway-network-operator-user"),
          "the ClusterRole grants create, update, delete and patch, not get (rbac-tool's own filter, verb in [get, *],"
              + " would not list them either: the header is wrong)"));

  /** Types the live cluster's discovery knew (the Gateway API CRDs were installed there). */
  static final Map<String, String> DISCOVERY = Map.of("gateways", "gateways.gateway.networking.k8s.io");

  record Divergence(Set<String> expectedButDenied, String reason) {}

  private static final Pattern RUN = Pattern.compile("#\\s+bin/rbac-tool (who-can|policy-rules) (.*?)\\s*(?:\\|\\s*grep (\\S+))?\\s*$");
  private static final Pattern ROW = Pattern.compile("#\\s+(Group|User|ServiceAccount)\\s*\\|(.*)$");

  @Test
  void everyWhoCanCaseAgrees() throws IOException {
    Path dir = Corpus.rbac().resolve("rbac-tool-cases/whocan");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSize(7);
    Map<String, Set<String>> divergences = new java.util.TreeMap<>();
    int queries = 0;
    for (Path f : files) {
      String text = Files.readString(f);
      String name = "whocan/" + f.getFileName();
      RbacModel model = model(f, text);
      assertThat(model.problems()).as(name).isEmpty();
      Set<String> expected = expected(text);
      for (String[] run : runs(text)) {
        String[] args = run[1].split("\\s+");
        String type = args[1].contains("/") ? args[1] : DISCOVERY.getOrDefault(args[1], args[1]);
        AccessQuery q = AccessQuery.parse(args[0], type, Optional.empty(), Optional.empty(), model.resourceTypes());
        Set<String> actual = new TreeSet<>();
        for (SubjectAccess a : model.whoCan(q.request(), q.namespace())) {
          String row = a.subject().kind().apiName() + " " + a.subject().namespace().map(ns -> ns + "/").orElse("") + a.subject().name();
          if (run[2] == null || row.contains(run[2])) {
            actual.add(row);
          }
        }
        queries++;
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertThat(extra).as("%s: %s lists subjects the header does not expect", name, run[1]).isEmpty();
        if (!missing.isEmpty()) {
          divergences.put(name, missing);
        }
      }
    }
    Map<String, Set<String>> documented = new java.util.TreeMap<>();
    DIVERGENCES.forEach((k, v) -> documented.put(k, v.expectedButDenied()));
    assertThat(divergences).as("subjects the headers expect but the authorizer denies").isEqualTo(documented);
    assertThat(queries).isEqualTo(8);
    System.out.printf("rbac-tool who-can cases: %d queries over %d files; agree except %d documented divergences%n",
        queries, files.size(), DIVERGENCES.size());
  }

  @Test
  void thePolicyRulesCaseHasTheSameMeaning() throws IOException {
    Path f = Corpus.rbac().resolve("rbac-tool-cases/policyrules/multiple-role-bindings.yaml");
    String text = Files.readString(f);
    // policy-rules lists the rules of the bindings that name the subject: no defaults (they grant through groups)
    RbacModel model = RbacModel.of(new ManifestReader().parse(new SourceFile("multiple-role-bindings.yaml", Optional.of(f)), text)
        .resources());
    Subject sa = Subject.serviceAccount("policyrules", "the-test-user");
    Permissions p = Permissions.of(model, sa, sa.identity());
    assertThat(p.scopes()).extracting(s -> s.scope().display()).containsExactly("policyrules");
    List<Request.ResourceRequest> rows = new ArrayList<>();
    for (String line : text.lines().toList()) {
      Matcher m = Pattern.compile("#\\s+ServiceAccount \\| the-test-user \\| (\\S+)\\s*\\| policyrules \\| core\\s*\\| (\\S+)\\s*\\| (\\S*)\\s*\\|").matcher(line);
      if (m.find()) {
        rows.add(new Request.ResourceRequest(m.group(1), "", m.group(2), "", m.group(3), "policyrules"));
      }
    }
    assertThat(rows).hasSize(6);
    Identity id = sa.identity();
    // every expected row is allowed
    for (Request.ResourceRequest r : rows) {
      assertThat(model.authorize(id, r).allowed()).as(r.describe()).isTrue();
    }
    // and every effective rule is one of the expected rows' (no more is granted)
    for (Permissions.EffectiveRule r : p.scopes().get(0).rules()) {
      for (String verb : r.verbs()) {
        for (String res : r.resources()) {
          List<String> names = r.resourceNames().isEmpty() ? List.of("") : r.resourceNames();
          for (String n : names) {
            boolean covered = rows.stream().anyMatch(row -> row.verb().equals(verb)
                && (row.resource().equals("*") || row.resource().equals(res)) && (row.name().isEmpty() || row.name().equals(n)));
            assertThat(covered).as("%s %s %s", verb, res, n).isTrue();
          }
        }
      }
    }
    assertThat(p.scopes().get(0).rules()).extracting(Permissions.EffectiveRule::describe)
        .containsExactly("get *", "list,watch secrets [some-secret]");
  }

  @Test
  void theVisualisationCasesAreReadWithoutProblems() throws IOException {
    Path dir = Corpus.rbac().resolve("rbac-tool-cases/viz");
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        RbacModel model = model(f, Files.readString(f));
        assertThat(model.problems()).as(f.toString()).isEmpty();
        Identity user = Identity.serviceAccount("mynamespace", "example-user");
        assertThat(model.authorize(user, new Request.ResourceRequest("list", "", "services", "", "", "mynamespace")).allowed())
            .as(f.toString()).isTrue();
        assertThat(model.authorize(user, new Request.ResourceRequest("list", "", "services", "", "", "default")).allowed())
            .as(f.toString()).isFalse();
      }
    }
  }

  private static RbacModel model(Path f, String text) {
    RbacModelBuilder b = RbacModel.builder().addAll(BootstrapPolicy.resources());
    ManifestReader.FileResult read = new ManifestReader().parse(new SourceFile(f.getFileName().toString(), Optional.of(f)), text);
    assertThat(read.problems()).as(f.toString()).isEmpty();
    return b.addAll(read.resources()).build();
  }

  /** The {@code # Run:} lines: command, arguments, grep filter (or null). */
  private static List<String[]> runs(String text) {
    List<String[]> out = new ArrayList<>();
    for (String line : text.lines().toList()) {
      Matcher m = RUN.matcher(line);
      if (m.matches() && m.group(1).equals("who-can")) {
        out.add(new String[] {m.group(1), m.group(2), m.group(3)});
      }
    }
    return out;
  }

  /** The {@code # Expect:} rows, as {@code Kind [namespace/]name}. */
  private static Set<String> expected(String text) {
    Set<String> out = new TreeSet<>();
    for (String line : text.lines().toList()) {
      Matcher m = ROW.matcher(line.strip().startsWith("#") ? "#  " + line.strip().substring(1).strip() : line);
      if (m.matches()) {
        String[] cells = m.group(2).split("\\|", -1);
        String name = cells[0].strip();
        String ns = cells.length > 1 ? cells[1].strip() : "";
        out.add(m.group(1) + " " + (ns.isEmpty() ? "" : ns + "/") + name);
      }
    }
    return out;
  }
}
