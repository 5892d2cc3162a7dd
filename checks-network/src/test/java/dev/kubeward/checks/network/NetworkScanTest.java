package dev.kubeward.checks.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.index.ResourceIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network picture is built once per scan (per index), and a scan asking after another gets its own. */
class NetworkScanTest {

  @Test
  void oneIndexGivesOnePicture() {
    NetworkScan scan = new NetworkScan();
    ResourceIndex index = new ResourceIndex(List.of());
    assertThat(scan.facts(index)).isSameAs(scan.facts(index));
  }

  @Test
  void anotherScanGetsItsOwnPicture() {
    NetworkScan scan = new NetworkScan();
    ResourceIndex first = new ResourceIndex(List.of());
    ResourceIndex second = new ResourceIndex(List.of());
    NetworkFacts a = scan.facts(first);
    NetworkFacts b = scan.facts(second);
    assertThat(b).isNotSameAs(a);
    // The first index's picture is still its own after the second was handed out last.
    assertThat(scan.facts(first)).isSameAs(a);
    assertThat(scan.facts(second)).isSameAs(b);
  }
}
