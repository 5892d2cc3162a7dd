package dev.kubeward.core.model;

import static dev.kubeward.core.testing.Manifests.assertReadable;
import static dev.kubeward.core.testing.Manifests.names;
import static dev.kubeward.core.testing.Manifests.onlyProblem;
import static dev.kubeward.core.testing.Manifests.readFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.InputProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a file's bytes can be: binary, in the wrong encoding, empty, with a BOM or CRLF, huge. */
class FileContentTest {

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: app
          image: nginx
      """;

  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void nulBytesMakeAFileBinaryWithThePositionOfTheFirst() {
    var r = readFile(dir, "blob.yaml", utf8("apiVersion: v1\nkind: \0Pod\n"));

    InputProblem p = onlyProblem(r);
    assertThat(p.error()).isTrue();
    assertThat(p.file()).isEqualTo("blob.yaml");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(7);
    assertThat(p.message()).contains("binary content");
    assertThat(r.resources()).isEmpty();
  }

  @Test
  void aPngNamedYamlIsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    InputProblem p = onlyProblem(readFile(dir, "logo.yaml", png));

    assertThat(p.message()).contains("binary content");
    assertThat(p.line()).isPositive();
    assertReadable(p.message());
  }

  @Test
  void latin1TextIsAnEncodingErrorAtTheFirstBadByte() {
    byte[] latin1 = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: café}\n".getBytes(StandardCharsets.ISO_8859_1);

    InputProblem p = onlyProblem(readFile(dir, "latin1.yaml", latin1));

    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(21);
    assertThat(p.message()).contains("not valid UTF-8").contains("save the file as UTF-8");
    assertReadable(p.message());
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    out.writeBytes(POD.getBytes(StandardCharsets.UTF_16LE));

    var r = readFile(dir, "windows.yaml", out.toByteArray());

    assertThat(r.problems()).isEmpty();
    assertThat(names(r)).containsExactly("web");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\n", "  \t \n \r\n", "# just a comment\n", "---\n", "---\n...\n"})
  void emptyWhitespaceOrCommentOnlyFilesGiveNothingAndNoError(String content) {
    var r = readFile(dir, "empty.yaml", utf8(content));

    assertThat(r.resources()).isEmpty();
    assertThat(r.problems()).isEmpty();
    assertThat(r.skipped()).isEmpty();
  }

  @Test
  void aUtf8ByteOrderMarkIsDroppedAndPositionsStayRight() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(utf8(POD));

    var r = readFile(dir, "bom.yaml", out.toByteArray());

    assertThat(r.problems()).isEmpty();
    Resource pod = r.resources().get(0);
    assertThat(pod.root().line()).isEqualTo(1);
    assertThat(pod.root().column()).isEqualTo(1);
    Field image = pod.root().at("spec", "containers").orElseThrow().items().get(0).get("image").orElseThrow();
    assertThat(image.line()).isEqualTo(8);
    assertThat(image.column()).isEqualTo(5);
  }

  @Test
  void crlfLineEndsKeepLineNumbersRight() {
    var r = readFile(dir, "crlf.yaml", utf8(POD.replace("\n", "\r\n") + "---\r\n" + POD.replace("\n", "\r\n")));

    assertThat(r.problems()).isEmpty();
    assertThat(r.resources()).hasSize(2);
    Field image = r.resources().get(1).root().at("spec", "containers").orElseThrow()
        .items().get(0).get("image").orElseThrow();
    assertThat(image.line()).isEqualTo(17);
    assertThat(image.column()).isEqualTo(5);
    assertThat(image.text()).contains("nginx");
  }

  @Test
  void crlfLineEndsKeepErrorPositionsRight() {
    InputProblem p = onlyProblem(readFile(dir, "crlf-bad.yaml",
        utf8("apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: a\r\n   bad: x\r\n")));

    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(7);
  }

  @Test
  void aBomAndCrlfTogetherKeepBinaryPositionsRight() {
    InputProblem p = onlyProblem(readFile(dir, "bom-crlf.yaml",
        utf8("\uFEFFapiVersion: v1\r\nkind: Pod\r\nx: \0\r\n")));

    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(4);
  }

  @Test
  void aHelmTemplateIsReportedNotSkipped() {
    var r = readFile(dir, "templates/deployment.yaml", utf8("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "app.fullname" . }}
        """));

    InputProblem p = onlyProblem(r);
    assertThat(p.error()).isTrue();
    assertThat(p.file()).isEqualTo("templates/deployment.yaml");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).startsWith("Helm template: render it first");
    assertThat(r.resources()).isEmpty();
  }

  @Test
  void aFileOfFiftyMegabytesOfDocumentsIsRead() throws IOException {
    Path big = dir.resolve("big.yaml");
    int documents = 0;
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      long written = 0;
      while (written < 50L * 1024 * 1024) {
        String doc = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web-%d
              namespace: team-%d
              labels: {app: web, tier: frontend}
              annotations:
                kubectl.kubernetes.io/last-applied-configuration: '{"kind":"Deployment","spec":{"replicas":3}}'
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: app
                    image: registry.example/web:1.4.2
                    resources: {limits: {cpu: 500m, memory: 256Mi}}
                    securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false}
            status: {replicas: 3, conditions: [{type: Available, status: "True"}]}
            ---
            """.formatted(documents, documents % 50);
        w.write(doc);
        written += doc.length();
        documents++;
      }
    }

    int[] count = {0};
    String[] last = {""};
    var r = new ManifestReader().read(dev.kubeward.core.source.SourceFile.of(big, dir), res -> {
      count[0]++;
      last[0] = res.name();
    });

    assertThat(r.problems()).isEmpty();
    assertThat(count[0]).isEqualTo(documents);
    assertThat(last[0]).isEqualTo("web-" + (documents - 1));
  }
}
