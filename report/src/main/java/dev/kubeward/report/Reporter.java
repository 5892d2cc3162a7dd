package dev.kubeward.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a report in one format. Implementations are stateless. */
public interface Reporter {

  /** The format's name on the command line: {@code table}, {@code json}, ... */
  String name();

  void write(Report report, Writer out) throws IOException;
}
