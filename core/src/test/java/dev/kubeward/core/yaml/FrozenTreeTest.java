package dev.kubeward.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrozenTreeTest {

  @Test
  void everyDocumentOfTheRepositoryThawsEqualToWhatWasFrozen() throws IOException {
    int documents = 0;
    List<Path> files = new ArrayList<>(FastYamlDifferentialTest.yamlFiles(FastYamlDifferentialTest.ROOT));
    for (Path p : files) {
      String text = FastYamlDifferentialTest.text(p);
      if (text == null) {
        continue;
      }
      for (YamlDocument d : YamlLoader.plain().load(text, p.toString())) {
        if (d.root().isEmpty()) {
          continue;
        }
        Node thawed = FrozenTree.of(d.root().get()).thaw();
        YamlDocument again = new YamlDocument(d.index(), Optional.of(thawed), d.line(), d.problems());
        assertThat(FastYamlDifferentialTest.render(again)).as("%s", p).isEqualTo(FastYamlDifferentialTest.render(d));
        documents++;
      }
    }
    assertThat(documents).isGreaterThan(1000);
  }

  @Test
  void farPositionsAndAliasedNodesSurvive() {
    String text = "a: &x {k: v}\nb: *x\nc: \"" + "y".repeat(3000) + "\", d: 1\n";
    YamlDocument d = YamlLoader.plain().load("{" + text.replace("\n", ", ").replace(", d: 1, ", ", d: 1") + "}", "t.yaml").get(0);
    Node root = d.root().orElseThrow();

    Node thawed = FrozenTree.of(root).thaw();

    assertThat(FastYamlDifferentialTest.render(new YamlDocument(1, Optional.of(thawed), 1, List.of())))
        .isEqualTo(FastYamlDifferentialTest.render(new YamlDocument(1, Optional.of(root), 1, List.of())));
    MapNode m = (MapNode) thawed;
    assertThat(m.entries().get(3).key().column()).isGreaterThan(3000);
  }
}
