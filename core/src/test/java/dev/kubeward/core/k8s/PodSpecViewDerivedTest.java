package dev.kubeward.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value derived from a pod spec is made once per view, by the first check that asks, null included. */
class PodSpecViewDerivedTest {

  private static Resource read(String name) {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: " + name + "}\n"
        + "spec:\n  volumes: [{name: a, emptyDir: {}}, {name: b, hostPath: {path: /etc}}]\n  containers: [{name: c}]\n";
    return new ManifestReader().parse(new SourceFile("p.yaml", Optional.empty()), yaml).resources().get(0);
  }

  @Test
  void aDerivedValueIsMadeOncePerView() {
    AtomicInteger made = new AtomicInteger();
    PodSpecView.Derived<List<String>> names = new PodSpecView.Derived<>(pod -> {
      made.incrementAndGet();
      return pod.volumes().stream().map(v -> v.get("name").flatMap(f -> f.text()).orElse("")).toList();
    });
    AtomicInteger nulls = new AtomicInteger();
    PodSpecView.Derived<String> nothing = new PodSpecView.Derived<>(pod -> {
      nulls.incrementAndGet();
      return null;
    });
    PodSpecView first = PodSpecs.of(read("one")).orElseThrow();

    assertThat(first.derived(names)).containsExactly("a", "b");
    assertThat(first.derived(names)).isSameAs(first.derived(names));
    assertThat(first.derived(nothing)).isNull();
    assertThat(first.derived(nothing)).isNull();
    assertThat(made).hasValue(1);
    assertThat(nulls).hasValue(1);

    PodSpecView second = PodSpecs.of(read("two")).orElseThrow();
    assertThat(second.derived(names)).containsExactly("a", "b");
    assertThat(made).as("another pod's view makes its own").hasValue(2);
  }
}
