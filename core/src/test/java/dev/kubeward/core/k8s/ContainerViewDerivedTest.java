package dev.kubeward.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A value derived from a container is made once per container view, by the first check that asks,
 * null included; values of other keys, made meanwhile by the function itself or after it, are kept
 * beside it, however many there are.
 */
class ContainerViewDerivedTest {

  private static PodSpecView read() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n"
        + "spec:\n  containers: [{name: a, image: nginx}, {name: b, image: redis}]\n";
    Resource r = new ManifestReader().parse(new SourceFile("p.yaml", Optional.empty()), yaml).resources().get(0);
    return PodSpecs.of(r).orElseThrow();
  }

  @Test
  void aDerivedValueIsMadeOncePerContainer() {
    AtomicInteger made = new AtomicInteger();
    ContainerView.Derived<String> image = new ContainerView.Derived<>(c -> {
      made.incrementAndGet();
      return c.image().flatMap(f -> f.text()).orElse("");
    });
    AtomicInteger nulls = new AtomicInteger();
    ContainerView.Derived<String> nothing = new ContainerView.Derived<>(c -> {
      nulls.incrementAndGet();
      return null;
    });
    // A function that asks for another derived value first: both are kept.
    ContainerView.Derived<String> loud = new ContainerView.Derived<>(c -> c.derived(image).toUpperCase());
    List<ContainerView> containers = read().allContainers();
    ContainerView a = containers.get(0);

    assertThat(a.derived(loud)).isEqualTo("NGINX");
    assertThat(a.derived(image)).isEqualTo("nginx");
    assertThat(a.derived(loud)).isSameAs(a.derived(loud));
    assertThat(a.derived(nothing)).isNull();
    assertThat(a.derived(nothing)).isNull();
    assertThat(made).hasValue(1);
    assertThat(nulls).hasValue(1);

    assertThat(containers.get(1).derived(image)).isEqualTo("redis");
    assertThat(made).as("another container makes its own").hasValue(2);
  }

  @Test
  void manyKeysAreKeptApart() {
    ContainerView c = read().allContainers().get(0);
    List<ContainerView.Derived<Integer>> keys = new ArrayList<>();
    AtomicInteger made = new AtomicInteger();
    for (int i = 0; i < 20; i++) {
      int value = i;
      keys.add(new ContainerView.Derived<>(view -> {
        made.incrementAndGet();
        return value;
      }));
    }
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < keys.size(); i++) {
        assertThat(c.derived(keys.get(i))).isEqualTo(i);
      }
    }
    assertThat(made).hasValue(20);
  }
}
