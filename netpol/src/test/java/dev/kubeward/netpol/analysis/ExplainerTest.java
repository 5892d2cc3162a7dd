package dev.kubeward.netpol.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.ip.IpAddress;
import dev.kubeward.netpol.ip.IpRange;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.Workload;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Explanations name the policies and rules deciding each side, and agree with the connection list. */
class ExplainerTest {

  private static final Cluster BOTH_SIDES = ScenarioTest.read(ScenarioTest.SCENARIOS.resolve("both-sides")).cluster();

  private static Endpoint pod(String ns, String name) {
    return new Endpoint.InCluster(new Workload("Pod", ns, name));
  }

  @Test
  void eachSideNamesItsPoliciesAndRules() {
    Explanation e = new Explainer(BOTH_SIDES).explain(pod("ns", "client"), pod("ns", "server"), Optional.empty());
    assertThat(e.allowed()).hasToString("TCP 443");
    assertThat(e.isAllowed()).isTrue();
    assertThat(e.egress().kind()).isEqualTo(Explanation.Kind.ISOLATED);
    assertThat(e.egress().policies()).singleElement().satisfies(p -> {
      assertThat(p.policy().name()).isEqualTo("client-out");
      assertThat(p.allowed()).hasToString("TCP 80,443");
      assertThat(p.rules()).singleElement().satisfies(r -> {
        assertThat(r.chooses()).isTrue();
        assertThat(r.peer()).isPresent();
        assertThat(r.rule().source().line()).isEqualTo(11);
      });
    });
    assertThat(e.ingress().policies()).singleElement().satisfies(p -> {
      assertThat(p.policy().name()).isEqualTo("server-in");
      assertThat(p.rules()).extracting(Explanation.RuleVerdict::chooses).containsExactly(true, false);
      assertThat(p.allowed()).hasToString("TCP 443,8443");
    });
  }

  @Test
  void aPortQueryDecidesAllowedOrDenied() {
    Explainer explainer = new Explainer(BOTH_SIDES);
    Explanation denied = explainer.explain(pod("ns", "client"), pod("ns", "server"), PortQuery.parse("80/tcp"));
    assertThat(denied.isAllowed()).isFalse();
    assertThat(denied.egress().allows(denied.query())).isTrue();
    assertThat(denied.ingress().allows(denied.query())).isFalse();
    Explanation locked = explainer.explain(pod("ns", "locked"), pod("ns", "server"), Optional.empty());
    assertThat(locked.isAllowed()).isFalse();
    assertThat(locked.egress().policies()).singleElement().satisfies(p -> assertThat(p.rules()).isEmpty());
    assertThat(locked.ingress().allowed()).isEqualTo(ConnectionSet.ALL);
  }

  @Test
  void outsideAddressesHaveNoPolicies() {
    Endpoint internet = new Endpoint.External(new IpRange(IpAddress.v4(0x08080808L), IpAddress.v4(0x08080808L)));
    Explanation e = new Explainer(BOTH_SIDES).explain(internet, pod("ns", "server"), Optional.empty());
    assertThat(e.egress().kind()).isEqualTo(Explanation.Kind.EXTERNAL);
    assertThat(e.ingress().kind()).isEqualTo(Explanation.Kind.ISOLATED);
    assertThat(e.isAllowed()).isFalse();
  }

  /** On random clusters, every explanation's verdict is the connection list's. */
  @Test
  void explanationsAgreeWithConnectivity() {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      Cluster cluster = EngineAgainstReferencePropertyTest.randomCluster(r);
      Connectivity c = Connectivity.of(cluster);
      Explainer explainer = new Explainer(cluster);
      for (Workload a : cluster.workloads().keySet()) {
        for (Workload b : cluster.workloads().keySet()) {
          boolean uniform = cluster.workloads().get(a).size() == 1 && cluster.workloads().get(b).size() == 1;
          if (uniform) {
            Endpoint ea = new Endpoint.InCluster(a);
            Endpoint eb = new Endpoint.InCluster(b);
            assertThat(explainer.explain(ea, eb, Optional.empty()).allowed()).isEqualTo(c.allowed(ea, eb));
          }
        }
      }
    }
  }
}
