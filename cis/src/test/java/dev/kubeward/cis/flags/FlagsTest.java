package dev.kubeward.cis.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagsTest {

  private static Flags parse(String line, String... booleans) {
    return Flags.parse(Arg.ofLine(line), Set.of(booleans));
  }

  @Test
  void equalsSpaceAndBareForms() {
    Flags f = parse("kube-apiserver --a=1 --b 2 --c --d=", "c");
    assertThat(f.last("a")).hasValueSatisfying(o -> assertThat(o.value()).isEqualTo("1"));
    assertThat(f.last("b")).hasValueSatisfying(o -> assertThat(o.value()).isEqualTo("2"));
    assertThat(f.last("c")).hasValueSatisfying(o -> assertThat(o.value()).isEqualTo("true"));
    assertThat(f.last("d")).hasValueSatisfying(o -> assertThat(o.value()).isEmpty());
  }

  @Test
  void aBooleanFlagNeverTakesTheNextArgument() {
    Flags f = parse("etcd --client-cert-auth somefile --x=1", "client-cert-auth");
    assertThat(f.last("client-cert-auth").orElseThrow().value()).isEqualTo("true");
  }

  @Test
  void aValueFlagDoesNotSwallowTheNextFlag() {
    Flags f = parse("kubelet --config --v=2");
    assertThat(f.last("config").orElseThrow().value()).isEqualTo("true");
    assertThat(f.last("v").orElseThrow().value()).isEqualTo("2");
  }

  @Test
  void lastOccurrenceWinsListsAccumulateMapsMerge() {
    Flags f = parse("x --p=a --p=b --l=A,B --l=C --g=X=true,Y=false --g=Y=true");
    assertThat(f.last("p").orElseThrow().value()).isEqualTo("b");
    assertThat(f.list("l")).containsExactly("A", "B", "C");
    assertThat(f.map("g")).isEqualTo(Map.of("X", "true", "Y", "true"));
  }

  @Test
  void singleDashIsAFlagAndDoubleDashEndsThem() {
    Flags f = parse("etcd -name=one -- --after=1");
    assertThat(f.has("name")).isTrue();
    assertThat(f.has("after")).isFalse();
  }

  @Test
  void tripleDashesAndNegativeNumbersAreNotFlags() {
    Flags f = parse("x ---audit=1 -5 --n -3");
    assertThat(f.all()).extracting(Flags.Occurrence::name).containsExactly("n");
    assertThat(f.last("n").orElseThrow().value()).isEqualTo("-3");
  }

  @Test
  void listItemsAreTrimmedAndEmptyOnesDropped() {
    assertThat(Flags.splitList(" A, ,B ,")).isEqualTo(List.of("A", "B"));
  }
}
