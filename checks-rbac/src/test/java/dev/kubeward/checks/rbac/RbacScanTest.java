package dev.kubeward.checks.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The RBAC checks of one catalogue share one picture maker (PerIndexTest: one picture per index). */
class RbacScanTest {

  @Test
  void theChecksOfOneCatalogueShareOnePicture() {
    var checks = new RbacChecks().checks();
    var first = (RiskyGrantCheck) checks.get(0);
    var other = (SubjectCheck) checks.stream().filter(c -> c instanceof SubjectCheck).findFirst().orElseThrow();
    assertThat(first.scan()).isSameAs(other.scan());
  }
}
