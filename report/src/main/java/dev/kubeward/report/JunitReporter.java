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
      x.writeAttribute("name", "kubeward");
      long tests = byRule.values().stream().mapToLong(l -> Math.max(1, l.size())).sum() + errors.size();
      long failures = r.findings().stream().filter(ReportedFinding::active).count();
      x.writeAttribute("tests", Long.toString(tests));
      x.writeAttribute("failures", Long.toString(failures));
      x.writeAttribute("errors", Integer.toString(errors.size()));
      for (Rule rule : r.rules()) {
        suite(x, rule, byRule.get(rule.id()));
      }
      if (!errors.isEmpty()) {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", "input");
        x.writeAttribute("tests", Integer.toString(errors.size()));
        x.writeAttribute("failures", "0");
        x.writeAttribute("errors", Integer.toString(errors.size()));
        for (InputProblem p : errors) {
          x.writeCharacters("\n    ");
          x.writeStartElement("testcase");
          x.writeAttribute("name", p.file() + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : ""));
          x.writeAttribute("classname", "input");
          x.writeStartElement("error");
          x.writeAttribute("message", p.message());
          x.writeAttribute("type", "input-error");
          x.writeCharacters(p.describe());
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
    x.writeAttribute("name", rule.id() + " " + rule.slug());
    long failed = findings.stream().filter(ReportedFinding::active).count();
    x.writeAttribute("tests", Integer.toString(Math.max(1, findings.size())));
    x.writeAttribute("failures", Long.toString(failed));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", Long.toString(findings.size() - failed));
    if (findings.isEmpty()) {
      x.writeCharacters("\n    ");
      x.writeEmptyElement("testcase");
      x.writeAttribute("name", rule.summary() + ": no finding");
      x.writeAttribute("classname", rule.slug());
    }
    for (ReportedFinding rf : findings) {
      Finding f = rf.finding();
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      x.writeAttribute("name", f.resource().display() + f.container().map(c -> " container " + c).orElse(""));
      x.writeAttribute("classname", f.location().file());
      x.writeAttribute("file", f.location().file());
      x.writeAttribute("line", Integer.toString(f.location().line()));
      if (rf.active()) {
        x.writeStartElement("failure");
        x.writeAttribute("message", f.message());
        x.writeAttribute("type", f.severity().label());
        x.writeCharacters(f.location() + ": " + f.message() + "\n" + (f.path().isEmpty() ? "" : "path: " + f.path() + "\n")
            + "fix: " + f.rule().remediation());
        x.writeEndElement();
      } else {
        x.writeEmptyElement("skipped");
        x.writeAttribute("message", "suppressed: " + rf.suppression().orElseThrow().reason());
      }
      x.writeEndElement();
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }
}
