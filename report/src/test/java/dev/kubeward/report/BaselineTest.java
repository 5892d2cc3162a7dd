package dev.kubeward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kubeward.core.KubewardException;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.source.InputProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @TempDir Path dir;

  @Test
  void holdsTheActiveFindingsAndSuppressesThemNextTime() {
    ScanResult first = ScanFixture.scan();
    Path file = dir.resolve("nested/folder/baseline.json");
    assertThat(Baseline.write(first.findings(), file)).isEqualTo(3);
    Set<String> accepted = Baseline.read(file);
    assertThat(accepted).containsExactlyElementsOf(first.active().stream().map(f -> f.finding().fingerprint()).toList());

    ScanResult second = ScanFixture.scan(accepted);
    assertThat(second.active()).isEmpty();
    assertThat(second.findings()).filteredOn(f -> f.suppression().orElseThrow().source().equals("baseline")).hasSize(3);
  }

  @Test
  void rewritingABaselineKeepsWhatItAccepted() {
    Path file = dir.resolve("baseline.json");
    Baseline.write(ScanFixture.scan().findings(), file);
    ScanResult second = ScanFixture.scan(Baseline.read(file));
    Path rewritten = dir.resolve("rewritten.json");
    assertThat(Baseline.write(second.findings(), rewritten)).isEqualTo(3);
    assertThat(Baseline.read(rewritten)).isEqualTo(Baseline.read(file));
  }

  @Test
  void findingsExemptedOtherwiseStayOut() {
    ScanResult result = ScanFixture.scan();
    Path file = dir.resolve("baseline.json");
    Baseline.write(result.findings(), file);
    assertThat(Baseline.read(file)).doesNotContainAnyElementsOf(
        result.findings().stream().filter(f -> !f.active()).map(ReportedFinding::finding).map(f -> f.fingerprint()).toList());
  }

  @Test
  void aCorruptBaselineSaysWhereAndWhatToDo() throws Exception {
    Path file = dir.resolve("baseline.json");
    Files.writeString(file, "{\n  \"schemaVersion\": \"1.0\",\n  \"findings\": [ {\"fingerprint\": }\n");
    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOfSatisfying(KubewardException.class, e -> {
          InputProblem p = e.problems().get(0);
          assertThat(p.file()).isEqualTo(file.toString());
          assertThat(p.line()).isEqualTo(3);
          assertThat(p.message()).isEqualTo("not a baseline file: invalid JSON; regenerate it with --write-baseline");
          assertThat(e.exitCode()).isEqualTo(2);
        });
  }

  @Test
  void otherJsonIsNotABaseline() throws Exception {
    Path list = dir.resolve("list.json");
    Files.writeString(list, "[]");
    assertThatThrownBy(() -> Baseline.read(list)).hasMessageContaining("not a kubeward baseline (no \"findings\" list)");
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "");
    assertThatThrownBy(() -> Baseline.read(empty)).hasMessageContaining("not a kubeward baseline");
    Path future = dir.resolve("future.json");
    Files.writeString(future, "{\"schemaVersion\": \"2.0\", \"findings\": []}");
    assertThatThrownBy(() -> Baseline.read(future)).hasMessageContaining("schemaVersion \"2.0\" is not one this kubeward reads");
  }

  @Test
  void aMissingBaselineSaysHowToCreateOne() {
    Path file = dir.resolve("none.json");
    assertThatThrownBy(() -> Baseline.read(file))
        .hasMessage(file + ": error: no such baseline file; create one with --write-baseline " + file);
  }
}
