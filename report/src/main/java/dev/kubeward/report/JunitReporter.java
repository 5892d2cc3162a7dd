package dev.kubeward.report;

import dev.kubeward.core.check.Rule;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.source.InputProblem;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test dashboards: a test suite per rule that ran, a failing test case per
 * finding (named by resource and container), a skipped one per suppressed finding, a passing
 * one for a rule with no finding, and a suite of errors for input problems.
 */
final class JunitReporter implements Reporter {

  @Override
  public String name() {
    return "junit";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ScanResult r = report.result();
    Map<String, List<ReportedFinding>> byRule = new LinkedHashMap<>();
    for (Rule rule : r.rules()) {
      byRule.put(rule.id(), new ArrayList<>());
    }
    for (ReportedFinding f : r.findings()) {
      byRule.computeIfAbsent(f.finding().rule().id(), k -> new ArrayList<>()).add(f);
    }
    List<InputProblem> errors = r.problems().stream().filter(InputProblem::error).toList();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      attr(x, "name", "kubeward");
      long tests = byRule.values().stream().mapToLong(l -> Math.max(1, l.size())).sum() + errors.size();
      long failures = r.findings().stream().filter(ReportedFinding::active).count();
      attr(x, "tests", Long.toString(tests));
      attr(x, "failures", Long.toString(failures));
      attr(x, "errors", Integer.toString(errors.size()));
      attr(x, "skipped", Long.toString(r.findings().size() - failures));
      for (Rule rule : r.rules()) {
        suite(x, rule, byRule.get(rule.id()));
      }
      if (!errors.isEmpty()) {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        attr(x, "name", "input");
        attr(x, "tests", Integer.toString(errors.size()));
        attr(x, "failures", "0");
        attr(x, "errors", Integer.toString(errors.size()));
        for (InputProblem p : errors) {
          x.writeCharacters("\n    ");
          x.writeStartElement("testcase");
          attr(x, "name", p.file() + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : ""));
          attr(x, "classname", "input");
          x.writeStartElement("error");
          attr(x, "message", p.message());
          attr(x, "type", "input-error");
          text(x, p.describe());
          x.writeEndElement();
          x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static void suite(XMLStreamWriter x, Rule rule, List<ReportedFinding> findings) throws XMLStreamException {
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    attr(x, "name", rule.id() + " " + rule.slug());
    long failed = findings.stream().filter(ReportedFinding::active).count();
    attr(x, "tests", Integer.toString(Math.max(1, findings.size())));
    attr(x, "failures", Long.toString(failed));
    attr(x, "errors", "0");
    attr(x, "skipped", Long.toString(findings.size() - failed));
    if (findings.isEmpty()) {
      x.writeCharacters("\n    ");
      x.writeEmptyElement("testcase");
      attr(x, "name", rule.summary() + ": no finding");
      attr(x, "classname", rule.slug());
    }
    for (ReportedFinding rf : findings) {
      Finding f = rf.finding();
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      attr(x, "name", f.resource().display() + f.container().map(c -> " container " + c).orElse(""));
      attr(x, "classname", f.location().file());
      attr(x, "file", f.location().file());
      attr(x, "line", Integer.toString(f.location().line()));
      if (rf.active()) {
        x.writeStartElement("failure");
        attr(x, "message", f.message());
        attr(x, "type", f.severity().label());
        text(x, f.location() + ": " + f.message() + "\n" + (f.path().isEmpty() ? "" : "path: " + f.path() + "\n")
            + "fix: " + f.rule().remediation());
        x.writeEndElement();
      } else {
        x.writeEmptyElement("skipped");
        attr(x, "message", "suppressed: " + rf.suppression().orElseThrow().reason());
      }
      x.writeEndElement();
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }

  private static void attr(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeAttribute(name, xmlSafe(value));
  }

  private static void text(XMLStreamWriter x, String value) throws XMLStreamException {
    x.writeCharacters(xmlSafe(value));
  }

  /**
   * XML 1.0 cannot carry most control characters even escaped, and a manifest can put them in
   * names and messages (YAML's "\a"); they become U+FFFD so the report stays well-formed.
   */
  static String xmlSafe(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
          || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
      if (!ok && sb == null) {
        sb = new StringBuilder(s.substring(0, i));
      }
      if (sb != null) {
        sb.append(ok ? c : '\uFFFD');
      }
    }
    return sb == null ? s : sb.toString();
  }
}
