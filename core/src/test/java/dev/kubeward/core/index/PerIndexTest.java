package dev.kubeward.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A picture is built once per index, whoever asks and from however many threads. */
class PerIndexTest {

  private final AtomicInteger builds = new AtomicInteger();
  private final PerIndex<Object> pictures = new PerIndex<>(index -> {
    builds.incrementAndGet();
    return new Object();
  });

  @Test
  void oneIndexGivesOnePicture() {
    ResourceIndex index = new ResourceIndex(List.of());
    assertThat(pictures.of(index)).isSameAs(pictures.of(index));
    assertThat(builds).hasValue(1);
  }

  @Test
  void anotherIndexGetsItsOwnPictureAndTheFirstKeepsItsOwn() {
    ResourceIndex first = new ResourceIndex(List.of());
    ResourceIndex second = new ResourceIndex(List.of());
    Object a = pictures.of(first);
    Object b = pictures.of(second);
    assertThat(b).isNotSameAs(a);
    assertThat(pictures.of(first)).isSameAs(a);
    assertThat(pictures.of(second)).isSameAs(b);
    assertThat(builds).hasValue(2);
  }

  @Test
  void aPictureLivesNoLongerThanItsIndex() {
    ResourceIndex index = new ResourceIndex(List.of());
    WeakReference<Object> picture = new WeakReference<>(pictures.of(index));
    index = null;
    // Nothing else is asked of the maker: the picture must go with its index alone.
    for (int i = 0; i < 20 && picture.get() != null; i++) {
      System.gc();
    }
    assertThat(picture.get()).as("the picture of a collected index").isNull();
  }

  @Test
  void threadsAskingAtOnceShareOnePicture() throws Exception {
    for (int round = 0; round < 20; round++) {
      ResourceIndex index = new ResourceIndex(List.of());
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> got = new ArrayList<>();
      try (var pool = Executors.newFixedThreadPool(4)) {
        for (int t = 0; t < 4; t++) {
          got.add(pool.submit(() -> {
            start.await();
            return pictures.of(index);
          }));
        }
        start.countDown();
        Object first = got.get(0).get();
        for (Future<Object> f : got) {
          assertThat(f.get()).isSameAs(first);
        }
      }
    }
    assertThat(builds).hasValue(20);
  }
}
