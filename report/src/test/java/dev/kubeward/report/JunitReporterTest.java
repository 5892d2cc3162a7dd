package dev.kubeward.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReporterTest {

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static int attr(Element e, String name) {
    return Integer.parseInt(e.getAttribute(name));
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList list = parent.getElementsByTagName(tag);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  @Test
  void isWellFormedWithASuitePerRuleAndOneForInputErrors() throws Exception {
    Element root = parse(ScanFixture.render("junit", ScanFixture.report(ScanFixture.scan()))).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(children(root, "testsuite")).extracting(s -> s.getAttribute("name")).containsExactly(
        "KW-9001 privileged-mode", "KW-9002 mutable-image-tag", "KW-9003 node-port-service", "input");
    assertThat(attr(root, "tests")).isEqualTo(6);
    assertThat(attr(root, "failures")).isEqualTo(3);
    assertThat(attr(root, "errors")).isEqualTo(1);
    assertThat(attr(root, "skipped")).isEqualTo(2);
  }

  @Test
  void suiteCountsMatchTheirTestCases() throws Exception {
    Element root = parse(ScanFixture.render("junit", ScanFixture.report(ScanFixture.scan()))).getDocumentElement();
    int tests = 0;
    for (Element suite : children(root, "testsuite")) {
      List<Element> cases = children(suite, "testcase");
      assertThat(attr(suite, "tests")).as(suite.getAttribute("name")).isEqualTo(cases.size());
      assertThat(attr(suite, "failures")).as(suite.getAttribute("name")).isEqualTo(children(suite, "failure").size());
      assertThat(attr(suite, "errors")).as(suite.getAttribute("name")).isEqualTo(children(suite, "error").size());
      if (suite.hasAttribute("skipped")) {
        assertThat(attr(suite, "skipped")).as(suite.getAttribute("name")).isEqualTo(children(suite, "skipped").size());
      }
      tests += cases.size();
    }
    assertThat(tests).isEqualTo(attr(root, "tests"));
  }

  @Test
  void failuresNameTheResourceContainerAndPlace() throws Exception {
    Element root = parse(ScanFixture.render("junit", ScanFixture.report(ScanFixture.scan()))).getDocumentElement();
    Element privileged = children(root, "testsuite").get(0);
    Element testCase = children(privileged, "testcase").get(0);
    assertThat(testCase.getAttribute("name")).isEqualTo("Deployment/shop/web container app");
    assertThat(testCase.getAttribute("file")).isEqualTo("apps.yaml");
    assertThat(testCase.getAttribute("line")).isEqualTo("18");
    Element failure = children(testCase, "failure").get(0);
    assertThat(failure.getAttribute("type")).isEqualTo("critical");
    assertThat(failure.getTextContent()).contains("apps.yaml:18:11", "fix: Set securityContext.privileged to false.");
    Element skipped = children(children(root, "testsuite").get(1), "skipped").get(0);
    assertThat(skipped.getAttribute("message")).isEqualTo("suppressed: the sidecar follows its vendor's rolling tag");
  }

  @Test
  void aRuleWithoutFindingsIsOnePassingCase() throws Exception {
    ScanResult clean = new ScanResult(List.of(), List.of(), List.of(), 1, 1, TestChecks.catalog().rules(), List.of());
    Element root = parse(ScanFixture.render("junit", ScanFixture.report(clean))).getDocumentElement();
    assertThat(attr(root, "tests")).isEqualTo(3);
    assertThat(attr(root, "failures")).isZero();
    assertThat(root.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void controlCharactersFromTheManifestKeepItWellFormed() throws Exception {
    ScanResult result = ScanFixture.scan();
    Finding f = result.findings().get(0).finding();
    ReportedFinding bell = new ReportedFinding(new Finding(f.rule(), f.severity(), f.resource(), f.location(), f.path(),
        f.container().map(c -> c + "\u0007"), "message with a bell \u0007 and an escape \u001b"), java.util.Optional.empty());
    ScanResult withBell = new ScanResult(List.of(bell), List.of(), List.of(), 1, 1, result.rules(), List.of());
    Document doc = parse(ScanFixture.render("junit", ScanFixture.report(withBell)));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("message with a bell \uFFFD and an escape \uFFFD");
    assertThat(JunitReporter.xmlSafe("emoji \uD83D\uDE00 stays")).isEqualTo("emoji \uD83D\uDE00 stays");
    assertThat(JunitReporter.xmlSafe("lone \uD83D surrogate")).isEqualTo("lone \uFFFD surrogate");
  }
}
