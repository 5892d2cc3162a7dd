package dev.kubeward.checks.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.index.ResourceIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RBAC picture is built once per scan (per index), whichever checks ask for it. */
class RbacScanTest {

  @Test
  void oneIndexGivesOnePicture() {
    RbacScan scan = new RbacScan();
    ResourceIndex index = new ResourceIndex(List.of());
    assertThat(scan.facts(index)).isSameAs(scan.facts(index));
  }

  @Test
  void anotherScanGetsItsOwnPicture() {
    RbacScan scan = new RbacScan();
    assertThat(scan.facts(new ResourceIndex(List.of()))).isNotSameAs(scan.facts(new ResourceIndex(List.of())));
  }

  @Test
  void theChecksOfOneCatalogueShareOnePicture() {
    var checks = new RbacChecks().checks();
    var first = (RiskyGrantCheck) checks.get(0);
    var other = (SubjectCheck) checks.stream().filter(c -> c instanceof SubjectCheck).findFirst().orElseThrow();
    assertThat(first.scan()).isSameAs(other.scan());
  }
}
