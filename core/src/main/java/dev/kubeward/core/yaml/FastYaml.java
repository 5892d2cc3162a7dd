package dev.kubeward.core.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The fast path of {@link YamlLoader}: reads the plain block style that nearly every Kubernetes
 * manifest is written in straight into {@link Node} trees, several times faster than SnakeYAML
 * Engine's general scanner before the JIT has warmed up (the case of every CLI run).
 *
 * <p>It is deliberately partial and never the authority. It reads block mappings and sequences,
 * single-line plain and quoted scalars, literal and folded block scalars, one-line flow
 * collections, comments and document markers; at the first thing outside that subset (anchors,
 * aliases, tags, directives, multi-line plain or quoted scalars, multi-line flow, tabs, control or
 * non-BMP characters, any syntax error) it <em>declines</em>, and SnakeYAML Engine reads the
 * stream from the first document not yet handed over. Whatever it does read gives exactly the
 * nodes, positions and problems SnakeYAML's events give; {@code FastYamlDifferentialTest} holds it
 * to that over every YAML file of the repository and corpora and over generated streams.
 */
final class FastYaml {

  /** Gives up on the fast path; carries no stack. */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  private static final Decline DECLINE = new Decline();

  /** Block nesting this deep is left to SnakeYAML, which reports it. */
  private static final int MAX_DEPTH = 200;
  /** SnakeYAML refuses an implicit key whose ':' is more than 1024 characters from its start; leave those to it. */
  private static final int MAX_KEY = 1000;

  private final char[] s;
  private final int n;
  private final int offset;
  private final YamlLoader.Pruner pruner;
  private final List<String> keyPath = new ArrayList<>();
  private List<YamlProblem> problems = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  private int depth;

  private FastYaml(String text, int offset, YamlLoader.Pruner pruner) {
    this.s = text.toCharArray();
    this.n = s.length;
    this.offset = offset;
    this.pruner = pruner;
  }

  /**
   * Reads {@code text}, handing each document to {@code sink}; returns -1 when it read the whole
   * stream, or how many documents it handed over before declining the rest.
   */
  static int load(String text, int offset, YamlLoader.Pruner pruner, Consumer<YamlDocument> sink) {
    FastYaml reader = new FastYaml(text, offset, pruner);
    if (!reader.plainText()) {
      return 0;
    }
    int handed = 0;
    try {
      while (true) {
        Optional<YamlDocument> d = reader.document(handed + 1);
        if (d.isEmpty()) {
          return -1;
        }
        handed++;
        sink.accept(d.get());
      }
    } catch (Decline | StackOverflowError e) {
      return handed;
    }
  }

  /**
   * Only text of these characters is read here: printable BMP characters, line feeds, and
   * carriage returns that start a CRLF. Tabs, control characters, surrogates, the BOM and the
   * Unicode line separators go to SnakeYAML, which knows their rules.
   */
  private boolean plainText() {
    char[] t = s;
    for (int i = 0, len = n; i < len; i++) {
      char c = t[i];
      if (c >= 0x20 && c < 0x7F || c == '\n') {
        continue;
      }
      if (c == '\r') {
        if (i + 1 < len && t[i + 1] == '\n') {
          continue;
        }
        return false;
      }
      if (c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF) || c == 0x2028 || c == 0x2029 || c >= 0xFEFF) {
        return false;
      }
    }
    return true;
  }

  // ---- documents

  private Optional<YamlDocument> document(int index) {
    skipBlankLines();
    if (pos >= n) {
      return Optional.empty();
    }
    checkLineStart();
    int startLine = line;
    if (atDocumentStart()) {
      pos += 3;
      endOfLine();
      skipBlankLines();
      if (pos >= n || atDocumentStart()) {
        return Optional.of(finish(index, null, startLine));
      }
      checkLineStart();
    }
    Node root = blockNode(-1);
    skipBlankLines();
    if (pos < n && !atDocumentStart()) {
      throw DECLINE;
    }
    return Optional.of(finish(index, root, startLine));
  }

  private YamlDocument finish(int index, Node root, int startLine) {
    Optional<Node> r = root == null || (root instanceof ScalarNode sc && sc.isNull())
        ? Optional.empty() : Optional.of(root);
    YamlDocument d = new YamlDocument(index, r, r.map(Node::line).orElse(line(startLine)), problems);
    problems = new ArrayList<>();
    return d;
  }

  /** {@code ---} opening a line, followed by a blank or the end. */
  private boolean atDocumentStart() {
    return pos == lineStart && pos + 2 < n && s[pos] == '-' && s[pos + 1] == '-' && s[pos + 2] == '-'
        && blank(pos + 3);
  }

  /** Directives and document ends are SnakeYAML's. */
  private void checkLineStart() {
    if (pos == lineStart && (s[pos] == '%'
        || (pos + 2 < n && s[pos] == '.' && s[pos + 1] == '.' && s[pos + 2] == '.' && blank(pos + 3)))) {
      throw DECLINE;
    }
  }

  // ---- block structure

  /** The node that starts at {@code pos} (its first character) inside a collection indented {@code parent}. */
  private Node blockNode(int parent) {
    if (++depth > MAX_DEPTH) {
      throw DECLINE;
    }
    int col = pos - lineStart;
    Node node;
    char c = s[pos];
    if (c == '-' && blank(pos + 1)) {
      node = sequence(col);
    } else if (keyEnd(pos) >= 0) {
      node = mapping(col);
    } else if (c == '|' || c == '>') {
      throw DECLINE; // a block scalar on a line of its own
    } else {
      node = inlineValue(parent);
    }
    depth--;
    return node;
  }

  private MapNode mapping(int indent) {
    int startLine = line;
    int startCol = pos - lineStart;
    EntryList entries = new EntryList();
    while (true) {
      int keyLine = line;
      ScalarNode key = key();
      int colonEnd = pos + 1 - lineStart; // the 0-based column just after the ':'
      pos++;
      String name = key.value();
      if (key.plain() && name.equals("<<")) {
        throw DECLINE;
      }
      boolean prune = pruner.prune(keyPath, name);
      keyPath.add(name);
      Node value = mappingValue(indent, keyLine, colonEnd);
      keyPath.removeLast();
      if (!prune) {
        entries.add(key, value, problems);
      }
      if (!continues(indent)) {
        break;
      }
      if (keyEnd(pos) < 0) {
        throw DECLINE;
      }
    }
    return entries.toMapNode(line(startLine), startCol + 1);
  }

  /**
   * After an entry of a collection indented {@code indent}, past blank and comment lines: whether
   * the next line is indented as far (the collection may go on); a deeper one declines.
   */
  private boolean continues(int indent) {
    skipBlankLines();
    if (pos >= n || atDocumentStart()) {
      return false;
    }
    checkLineStart();
    int col = pos - lineStart;
    if (col > indent) {
      throw DECLINE;
    }
    return col == indent;
  }

  /** After a key's ':' at {@code pos}: the value on the same line or on the lines below. */
  private Node mappingValue(int indent, int keyLine, int colonEnd) {
    skipSpaces();
    if (eol(pos) || s[pos] == '#') {
      return valueBelow(indent, keyLine, colonEnd, true);
    }
    char c = s[pos];
    if ((c == '-' || c == '?') && blank(pos + 1)) {
      throw DECLINE;
    }
    return inlineValue(indent);
  }

  /**
   * After a ':' or '-' with nothing more on its line: the node on the lines below, indented past
   * {@code indent} (or, after a key, a sequence indented as far as the key), else a null at the
   * end of the indicator.
   */
  private Node valueBelow(int indent, int atLine, int atEnd, boolean afterKey) {
    endOfLine();
    skipBlankLines();
    if (pos >= n || atDocumentStart()) {
      return nullAt(atLine, atEnd);
    }
    checkLineStart();
    int col = pos - lineStart;
    if (col > indent) {
      return blockNode(indent);
    }
    if (afterKey && col == indent && s[pos] == '-' && blank(pos + 1)) {
      return sequence(indent);
    }
    return nullAt(atLine, atEnd);
  }

  private SeqNode sequence(int indent) {
    int startLine = line;
    List<Node> items = new ArrayList<>();
    while (true) {
      int dashLine = line;
      int dashEnd = pos + 1 - lineStart;
      pos++;
      items.add(sequenceItem(indent, dashLine, dashEnd));
      if (!continues(indent) || !(s[pos] == '-' && blank(pos + 1))) {
        break; // a less indented line, or the key after a sequence indented as far as its own key
      }
    }
    return new SeqNode(items, line(startLine), indent + 1);
  }

  /** After a '-': the item on the same line (perhaps a compact mapping or sequence) or below. */
  private Node sequenceItem(int indent, int dashLine, int dashEnd) {
    skipSpaces();
    if (eol(pos) || s[pos] == '#') {
      return valueBelow(indent, dashLine, dashEnd, false);
    }
    char c = s[pos];
    if (c == '?' && blank(pos + 1)) {
      throw DECLINE;
    }
    if ((c == '-' && blank(pos + 1)) || keyEnd(pos) >= 0) {
      if (++depth > MAX_DEPTH) {
        throw DECLINE;
      }
      int col = pos - lineStart;
      Node node = c == '-' && blank(pos + 1) ? sequence(col) : mapping(col);
      depth--;
      return node;
    }
    return inlineValue(indent);
  }

  /**
   * A scalar or flow collection that starts at {@code pos}, then the rest of its line; a line
   * below indented past {@code parent} would continue it (or be an error): declined.
   */
  private Node inlineValue(int parent) {
    char c = s[pos];
    Node node;
    switch (c) {
      case '|', '>' -> {
        return blockScalar(parent);
      }
      case '[', '{' -> node = flow();
      case '"' -> node = doubleQuoted();
      case '\'' -> node = singleQuoted();
      default -> node = plain();
    }
    endOfLine();
    skipBlankLines();
    if (pos < n && !atDocumentStart() && pos - lineStart > parent) {
      throw DECLINE;
    }
    return node;
  }

  // ---- keys and scalars

  /**
   * Where the key that starts at {@code p} ends (the index of its ':'), or -1 when the line at
   * {@code p} is not {@code key: ...}.
   */
  private int keyEnd(int p) {
    if (p != probedAt) {
      probedAt = p;
      probedEnd = probeKey(p);
    }
    return probedEnd;
  }

  /** The last position {@link #keyEnd} looked at, and its answer: a key is probed, then read. */
  private int probedAt = -1;
  private int probedEnd;

  private int probeKey(int p) {
    char c = s[p];
    if (c == '"' || c == '\'') {
      int q = quotedEnd(p);
      if (q < 0) {
        return -1;
      }
      while (q < n && s[q] == ' ') {
        q++;
      }
      return q < n && s[q] == ':' && blank(q + 1) && q - p <= MAX_KEY ? q : -1;
    }
    if (!plainStart(p, false)) {
      return -1;
    }
    for (int i = p + 1; i < n; i++) {
      char ch = s[i];
      if (ch == '\n' || ch == '\r') {
        return -1;
      }
      if (ch == ':' && blank(i + 1)) {
        return i - p > MAX_KEY ? -1 : i;
      }
      if (ch == '#' && s[i - 1] == ' ') {
        return -1;
      }
    }
    return -1;
  }

  /** The key at {@code pos}; leaves {@code pos} on its ':'. */
  private ScalarNode key() {
    int end = keyEnd(pos);
    if (end < 0) {
      throw DECLINE;
    }
    int keyLine = line;
    int col = pos - lineStart + 1;
    String text;
    boolean plain;
    if (s[pos] == '"' || s[pos] == '\'') {
      text = s[pos] == '"' ? doubleQuotedText() : singleQuotedText();
      plain = false;
    } else {
      int e = end;
      while (s[e - 1] == ' ') {
        e--;
      }
      text = SharedStrings.key(s, pos, e - pos);
      plain = true;
    }
    pos = end;
    return ScalarNode.of(text, plain, line(keyLine), col);
  }

  /**
   * Whether a plain scalar may start at {@code p}: not an indicator, except {@code -} before a
   * non-blank. ':' and '?' starts are SnakeYAML's to judge.
   */
  private boolean plainStart(int p, boolean flow) {
    char c = s[p];
    switch (c) {
      case ' ', '\n', '\r', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@',
          '`' -> {
        return false;
      }
      case '-' -> {
        return !blank(p + 1) && !(flow && ",[]{}".indexOf(s[p + 1]) >= 0);
      }
      default -> {
        return true;
      }
    }
  }

  /** A one-line plain scalar in block context; a ': ' inside it is an error: declined. */
  private ScalarNode plain() {
    if (!plainStart(pos, false)) {
      throw DECLINE;
    }
    int start = pos;
    int end = pos + 1;
    int i = pos + 1;
    while (i < n) {
      char ch = s[i];
      if (ch == '\n' || ch == '\r') {
        break;
      }
      if (ch == ' ') {
        if (i + 1 < n && s[i + 1] == '#') {
          break;
        }
      } else {
        if (ch == ':' && blank(i + 1)) {
          throw DECLINE;
        }
        end = i + 1;
      }
      i++;
    }
    return plainScalar(start, end);
  }

  /** The plain scalar from {@code start} to {@code end} of the current line; moves past it. */
  private ScalarNode plainScalar(int start, int end) {
    ScalarNode node = ScalarNode.of(SharedStrings.value(s, start, end - start), true, line(line), start - lineStart + 1);
    pos = end;
    return node;
  }

  private ScalarNode doubleQuoted() {
    int col = pos - lineStart + 1;
    return ScalarNode.of(doubleQuotedText(), false, line(line), col);
  }

  private ScalarNode singleQuoted() {
    int col = pos - lineStart + 1;
    return ScalarNode.of(singleQuotedText(), false, line(line), col);
  }

  /** Past the closing quote of the quoted scalar at {@code p}, or -1 when it does not close on its line. */
  private int quotedEnd(int p) {
    char quote = s[p];
    for (int i = p + 1; i < n; i++) {
      char c = s[i];
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (quote == '"' && c == '\\') {
        i++;
        if (i >= n || s[i] == '\n' || s[i] == '\r') {
          return -1;
        }
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < n && s[i + 1] == '\'') {
          i++;
        } else {
          return i + 1;
        }
      }
    }
    return -1;
  }

  private String singleQuotedText() {
    int end = quotedEnd(pos);
    if (end < 0) {
      throw DECLINE;
    }
    String text = new String(s, pos + 1, end - pos - 2);
    pos = end;
    return text.indexOf('\'') < 0 ? text : text.replace("''", "'");
  }

  private String doubleQuotedText() {
    int end = quotedEnd(pos);
    if (end < 0) {
      throw DECLINE;
    }
    int from = pos + 1;
    int to = end - 1;
    pos = end;
    int slash = -1;
    for (int i = from; i < to; i++) {
      if (s[i] == '\\') {
        slash = i;
        break;
      }
    }
    if (slash < 0) {
      return new String(s, from, to - from);
    }
    StringBuilder b = new StringBuilder(to - from);
    b.append(s, from, slash - from);
    for (int i = slash; i < to; i++) {
      char c = s[i];
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s[++i];
      switch (e) {
        case '0' -> b.append('\0');
        case 'a' -> b.append('\u0007');
        case 'b' -> b.append('\b');
        case 't' -> b.append('\t');
        case 'n' -> b.append('\n');
        case 'v' -> b.append('\u000B');
        case 'f' -> b.append('\f');
        case 'r' -> b.append('\r');
        case 'e' -> b.append('\u001B');
        case ' ', '"', '/', '\\' -> b.append(e);
        case 'N' -> b.append('\u0085');
        case '_' -> b.append('\u00A0');
        case 'L' -> b.append('\u2028');
        case 'P' -> b.append('\u2029');
        case 'x', 'u', 'U' -> {
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + digits >= to) {
            throw DECLINE;
          }
          int code = 0;
          for (int k = 1; k <= digits; k++) {
            char h = s[i + k];
            int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) {
              throw DECLINE; // SnakeYAML takes ASCII hex digits only
            }
            code = code * 16 + d;
          }
          if (code > 0xFFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            throw DECLINE;
          }
          b.append((char) code);
          i += digits;
        }
        default -> throw DECLINE;
      }
    }
    return b.toString();
  }

  /**
   * A literal ({@code |}) or folded ({@code >}) scalar whose header is at {@code pos}, in a
   * collection indented {@code parent}; leaves {@code pos} at the first line after it.
   */
  private ScalarNode blockScalar(int parent) {
    int headerLine = line;
    int col = pos - lineStart + 1;
    boolean folded = s[pos] == '>';
    pos++;
    char chomp = ' ';
    if (pos < n && (s[pos] == '-' || s[pos] == '+')) {
      chomp = s[pos++];
    }
    if (pos < n && s[pos] >= '0' && s[pos] <= '9') {
      throw DECLINE; // an explicit indentation
    }
    if (!blank(pos)) {
      throw DECLINE;
    }
    endOfLine();
    // The first line's indentation sets the scalar's; blank lines before it are SnakeYAML's.
    int p = pos;
    while (p < n && s[p] == ' ') {
      p++;
    }
    if (p >= n || eol(p)) {
      throw DECLINE;
    }
    int indent = p - pos;
    if (indent < Math.max(parent + 1, 1)) {
      throw DECLINE; // an empty scalar
    }
    StringBuilder b = new StringBuilder();
    String lastBreak = "";
    int breaks = 0; // empty lines since the last content line
    boolean previousLeadingNonSpace = false;
    boolean first = true;
    while (true) {
      // pos: at a line's start; the line has at least `indent` spaces and content (or more spaces).
      int contentStart = pos + indent;
      int e = contentStart;
      while (e < n && !eol(e)) {
        e++;
      }
      boolean leadingNonSpace = s[contentStart] != ' ';
      if (!first) {
        if (folded && lastBreak.equals("\n") && previousLeadingNonSpace && leadingNonSpace) {
          if (breaks == 0) {
            b.append(' ');
          }
        } else {
          b.append(lastBreak);
        }
        b.repeat('\n', breaks);
      }
      if (folded && !leadingNonSpace) {
        throw DECLINE; // more-indented lines of a folded scalar
      }
      b.append(s, contentStart, e - contentStart);
      first = false;
      previousLeadingNonSpace = leadingNonSpace;
      pos = e;
      lastBreak = "\n"; // SnakeYAML ends the last line with a break even at the text's end
      if (pos < n) {
        nextLine();
      }
      // Empty lines (up to `indent` spaces), then either a content line or the scalar's end.
      breaks = 0;
      while (true) {
        int q = pos;
        while (q < n && q - pos < indent && s[q] == ' ') {
          q++;
        }
        if (q < n && eol(q)) {
          pos = q;
          nextLine();
          breaks++;
          continue;
        }
        if (q < n && q - pos == indent) {
          break; // a content line
        }
        // The end: a less indented line, or the text's end. Leave pos at that line's start.
        String tail = switch (chomp) {
          case '-' -> "";
          case '+' -> lastBreak + "\n".repeat(breaks);
          default -> lastBreak;
        };
        b.append(tail);
        return ScalarNode.of(b.toString(), false, line(headerLine), col);
      }
    }
  }

  // ---- flow collections (one line)

  private Node flow() {
    if (++depth > MAX_DEPTH) {
      throw DECLINE;
    }
    int startLine = line;
    int col = pos - lineStart + 1;
    boolean map = s[pos] == '{';
    char close = map ? '}' : ']';
    pos++;
    skipSpaces();
    Node node;
    if (map) {
      EntryList entries = new EntryList();
      if (s(pos) != close) {
        while (true) {
          int keyLine = line;
          int keyCol = pos - lineStart + 1;
          String text;
          boolean plain;
          char c = s(pos);
          if (c == '"' || c == '\'') {
            text = c == '"' ? doubleQuotedText() : singleQuotedText();
            plain = false;
          } else {
            ScalarNode k = flowPlain(true);
            text = k.value();
            plain = true;
          }
          skipSpaces();
          if (s(pos) != ':' || !blank(pos + 1) || pos - (keyCol - 1 + lineStart) > MAX_KEY) {
            throw DECLINE;
          }
          pos++;
          skipSpaces();
          if (plain && text.equals("<<")) {
            throw DECLINE;
          }
          ScalarNode key = ScalarNode.of(text, plain, line(keyLine), keyCol);
          boolean prune = pruner.prune(keyPath, key.value());
          keyPath.add(key.value());
          Node value = flowNode();
          keyPath.removeLast();
          if (!prune) {
            entries.add(key, value, problems);
          }
          if (!flowNext(close)) {
            break;
          }
        }
      }
      node = entries.toMapNode(line(startLine), col);
    } else {
      List<Node> items = new ArrayList<>();
      if (s(pos) != close) {
        while (true) {
          items.add(flowNode());
          if (!flowNext(close)) {
            break;
          }
        }
      }
      node = new SeqNode(items, line(startLine), col);
    }
    pos++; // the closing bracket
    depth--;
    return node;
  }

  /** After an entry: true at a ',' (consumed) before another entry, false at the closing bracket. */
  private boolean flowNext(char close) {
    skipSpaces();
    char c = s(pos);
    if (c == close) {
      return false;
    }
    if (c != ',') {
      throw DECLINE;
    }
    pos++;
    skipSpaces();
    if (s(pos) == close || s(pos) == ',') {
      throw DECLINE;
    }
    return true;
  }

  private Node flowNode() {
    return switch (s(pos)) {
      case '[', '{' -> flow();
      case '"' -> doubleQuoted();
      case '\'' -> singleQuoted();
      default -> flowPlain(false);
    };
  }

  /**
   * A plain scalar inside a flow collection: ends before ',', a bracket or trailing spaces, and a
   * key before its ': '.
   */
  private ScalarNode flowPlain(boolean key) {
    if (pos >= n || !plainStart(pos, true)) {
      throw DECLINE;
    }
    int start = pos;
    int end = pos;
    int i = pos;
    while (i < n) {
      char ch = s[i];
      if (ch == ',' || ch == '[' || ch == ']' || ch == '{' || ch == '}' || ch == '\n' || ch == '\r') {
        break;
      }
      if (ch == ':') {
        // Part of the scalar unless a blank or a flow indicator follows (registry:5000/app:1.0).
        if (key && blank(i + 1)) {
          break;
        }
        if (blank(i + 1) || ",[]{}".indexOf(s[i + 1]) >= 0) {
          throw DECLINE;
        }
      } else if (ch == '?' || ch == '#') {
        throw DECLINE;
      }
      if (ch != ' ') {
        end = i + 1;
      }
      i++;
    }
    return plainScalar(start, end);
  }

  // ---- lines

  private char s(int p) {
    if (p >= n) {
      throw DECLINE;
    }
    return s[p];
  }

  private boolean eol(int p) {
    return p >= n || s[p] == '\n' || s[p] == '\r';
  }

  /** A space, a line end or the text's end. */
  private boolean blank(int p) {
    return p >= n || s[p] == ' ' || s[p] == '\n' || s[p] == '\r';
  }

  private void skipSpaces() {
    while (pos < n && s[pos] == ' ') {
      pos++;
    }
  }

  /** Spaces and a comment to the end of the line, then past the line break; anything else declines. */
  private void endOfLine() {
    skipSpaces();
    if (pos < n && s[pos] == '#') {
      if (pos > lineStart && s[pos - 1] != ' ') {
        throw DECLINE;
      }
      while (pos < n && !eol(pos)) {
        pos++;
      }
    }
    if (pos < n) {
      if (!eol(pos)) {
        throw DECLINE;
      }
      nextLine();
    }
  }

  /** From a line's start or its first character: past empty and comment lines, to the next content. */
  private void skipBlankLines() {
    while (true) {
      int p = pos;
      while (p < n && s[p] == ' ') {
        p++;
      }
      if (p >= n) {
        pos = n;
        return;
      }
      char c = s[p];
      if (c == '\n' || c == '\r') {
        pos = p;
        nextLine();
      } else if (c == '#' && (p == lineStart || s[p - 1] == ' ')) {
        while (p < n && !eol(p)) {
          p++;
        }
        pos = p;
        if (pos < n) {
          nextLine();
        }
      } else {
        pos = p;
        return;
      }
    }
  }

  /** From a line break at {@code pos} to the next line's start. */
  private void nextLine() {
    pos += s[pos] == '\r' ? 2 : 1;
    line++;
    lineStart = pos;
  }

  private ScalarNode nullAt(int atLine, int column0) {
    return ScalarNode.of("", true, line(atLine), column0 + 1);
  }

  /** A line of the text as a line of its file. */
  private int line(int textLine) {
    return textLine + offset;
  }
}
