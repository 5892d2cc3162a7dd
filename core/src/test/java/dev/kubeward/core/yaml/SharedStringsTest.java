package dev.kubeward.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/** One copy of each equal text, and a table its owner dropped does not outlive it. */
class SharedStringsTest {

  @Test
  void equalTextsShareOneCopyAndLongOnesAreKeptAsTheyCome() {
    SharedStrings table = new SharedStrings(100, 8);
    String a = table.share(new String("verbs"));
    assertThat(table.share(new String("verbs"))).isSameAs(a);
    String longText = new String("a text longer than eight");
    assertThat(table.share(longText)).isSameAs(longText);
  }

  @Test
  void documentsReadOnTheFastPathShareTheirShortKeysAndPlainValues() {
    String text = "metadata:\n  name: web\n  labels: {app: web}\nspec:\n  imagePullPolicy: IfNotPresent\n"
        + "  a-key-much-longer-than-the-forty-eight-characters-kept: a plain value longer than twenty-four\n";
    MapNode first = (MapNode) YamlLoader.plain().load(text, "a.yaml").get(0).root().orElseThrow();
    MapNode second = (MapNode) YamlLoader.plain().load(text, "b.yaml").get(0).root().orElseThrow();
    MapNode spec1 = (MapNode) first.get("spec").orElseThrow();
    MapNode spec2 = (MapNode) second.get("spec").orElseThrow();
    assertThat(spec2.entries().get(0).name()).isSameAs(spec1.entries().get(0).name());
    assertThat(((ScalarNode) spec2.entries().get(0).value()).value())
        .isSameAs(((ScalarNode) spec1.entries().get(0).value()).value());
    // Long texts rarely repeat: each document has its own copy, equal.
    MapNode.Entry long1 = spec1.entries().get(1);
    MapNode.Entry long2 = spec2.entries().get(1);
    assertThat(long2.name()).isEqualTo(long1.name()).isNotSameAs(long1.name());
    assertThat(((ScalarNode) long2.value()).value()).isEqualTo(((ScalarNode) long1.value()).value())
        .isNotSameAs(((ScalarNode) long1.value()).value());
  }

  @Test
  void aTableDroppedByItsOwnerIsCollectedThoughThisThreadUsedIt() throws InterruptedException {
    ReferenceQueue<SharedStrings> collected = new ReferenceQueue<>();
    WeakReference<SharedStrings> ref = used(collected);
    // Waits for the collector to enqueue the reference, asking for a collection between waits.
    Reference<? extends SharedStrings> gone = null;
    for (int i = 0; i < 20 && gone == null; i++) {
      System.gc();
      gone = collected.remove(100);
    }
    assertThat(gone).as("the table is still reachable from this thread's cache").isSameAs(ref);
  }

  private static WeakReference<SharedStrings> used(ReferenceQueue<SharedStrings> queue) {
    SharedStrings table = new SharedStrings(1 << 10, Integer.MAX_VALUE);
    for (int i = 0; i < 100; i++) {
      table.share("finding path " + i);
    }
    return new WeakReference<>(table, queue);
  }
}
