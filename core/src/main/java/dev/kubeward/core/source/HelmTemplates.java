package dev.kubeward.core.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Helm template directives in a manifest, which must be rendered before it can be read.
 *
 * <p>A directive is Helm's where YAML structure stands: alone on a line ({@code {{- if ...}}}),
 * as a key or a whole plain value ({@code image: {{ .Values.image }}}). Go templating inside a
 * string is ordinary data: Prometheus and Alertmanager rules carry {@code {{ $labels.instance }}}
 * in quoted strings and in block scalars ({@code description: |}). Inside a block scalar only what
 * is Helm's own ({@code .Values}, {@code .Release}, {@code include}, ...) counts. Multi-line quoted
 * or plain strings are not followed: a continuation line that starts with a directive counts.
 */
final class HelmTemplates {

  /** Where a directive starts: 1-based line and column. */
  record Position(int line, int column) {}

  private static final Pattern STRUCTURE =
      Pattern.compile("^\\s*(?:-\\s+)?(?:[^#\\s'\"][^:#'\"]*:\\s+)?(\\{\\{)-?\\s*[-.$a-zA-Z(\"/]");

  private static final Pattern HELM_ONLY =
      Pattern.compile(
          "(\\{\\{)-?[^}]*?(?:\\$?\\.(?:Values|Release|Chart|Capabilities|Files|Template)\\b|\\b(?:include|tpl|toYaml|required|define|template)\\s)");

  private static final Pattern COMMENT = Pattern.compile("\\s*#.*");

  /** A line that opens a block scalar: {@code key: |}, {@code - >-}, {@code key: &a |2 # note}. */
  private static final Pattern BLOCK_START =
      Pattern.compile("^( *)((?:- +)*)(?:([^#\\s'\"][^:#'\"]*):\\s+)?(?:[&!]\\S*\\s+)*[|>][-+0-9]*\\s*(?:#.*)?$");

  private HelmTemplates() {}

  /** A directive that only Helm writes ({@code .Values}, {@code include}, ...), anywhere but a comment. */
  static Optional<Position> findHelmOnly(String text) {
    return find(text, false);
  }

  /**
   * Any directive in Helm's places, including a bare {@code {{ ... }}} where YAML structure
   * stands. Such a line may also be the continuation of a long string (a Grafana dashboard's
   * legend), so this is asked only of a file that failed to parse.
   */
  static Optional<Position> find(String text) {
    return find(text, true);
  }

  private static Optional<Position> find(String text, boolean structural) {
    if (text.indexOf("{{") < 0) {
      return Optional.empty();
    }
    int blockParent = -1;
    int lineNo = 0;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      start = end + 1;
      lineNo++;
      if (COMMENT.matcher(line).matches()) {
        continue;
      }
      Matcher helmOnly = HELM_ONLY.matcher(line);
      if (helmOnly.find()) {
        return Optional.of(new Position(lineNo, helmOnly.start(1) + 1));
      }
      if (blockParent >= 0) {
        if (line.isBlank() || indent(line) > blockParent) {
          continue;
        }
        blockParent = -1;
      }
      Matcher m = STRUCTURE.matcher(line);
      if (structural && m.find()) {
        return Optional.of(new Position(lineNo, m.start(1) + 1));
      }
      Matcher block = BLOCK_START.matcher(line);
      if (block.matches() && (block.group(3) != null || !block.group(2).isEmpty())) {
        // Content is indented more than the key, or than the last dash when there is no key.
        blockParent = block.group(1).length()
            + (block.group(3) != null ? block.group(2).length() : block.group(2).lastIndexOf('-'));
      }
    }
    return Optional.empty();
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
