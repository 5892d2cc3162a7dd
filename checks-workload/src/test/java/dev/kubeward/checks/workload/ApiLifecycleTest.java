package dev.kubeward.checks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiLifecycleTest {

  @Test
  void tableIsWellFormed() {
    assertThat(ApiLifecycle.table()).isNotEmpty().allSatisfy((key, e) -> {
      assertThat(e.apiVersion()).matches("v1|[a-z0-9.-]+/v[0-9]+((alpha|beta)[0-9]+)?");
      assertThat(e.kind()).matches("[A-Z][A-Za-z]+");
      assertThat(e.release()).matches("1\\.[0-9]+");
      assertThat(e.replacement()).isNotBlank();
    });
  }

  /** A replacement that is itself removed would send users from one dead API to another. */
  @Test
  void noReplacementIsRemovedItself() {
    ApiLifecycle.table().values().forEach(e -> {
      String replacement = e.replacement().split(" ")[0];
      assertThat(ApiLifecycle.lookup(replacement, e.kind()).filter(n -> n.status() == ApiLifecycle.Status.REMOVED))
          .as("replacement of %s %s", e.apiVersion(), e.kind()).isEmpty();
    });
  }
}
