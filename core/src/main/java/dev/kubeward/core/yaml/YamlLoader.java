package dev.kubeward.core.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a YAML (or JSON) stream into {@link Node} trees with positions, straight from the
 * parser's events (no intermediate object model).
 *
 * <p>Semantics, chosen to match what Kubernetes accepts: keys must be scalars; a duplicate key
 * is a problem and the last value wins; {@code <<} merge keys are honoured; aliases share the
 * anchored node and their total expansion is bounded, so an alias bomb fails fast in bounded
 * memory; nesting deeper than {@value #MAX_DEPTH} is refused. A parse error ends the stream: the
 * documents before it are kept.
 */
public final class YamlLoader {

  /** Decides which values are not worth keeping (e.g. {@code status}); called with the key path. */
  @FunctionalInterface
  public interface Pruner {
    boolean prune(List<String> parentKeys, String key);

    Pruner NONE = (parents, key) -> false;
  }

  static final int MAX_DEPTH = 512;
  private static final long MIN_EXPANSION_LIMIT = 200_000;
  private static final int EXPANSION_FACTOR = 20;
  private static final String MERGE_KEY = "<<";

  private final Pruner pruner;

  public YamlLoader(Pruner pruner) {
    this.pruner = pruner;
  }

  public static YamlLoader plain() {
    return new YamlLoader(Pruner.NONE);
  }

  /** Parses every document of {@code text}; {@code name} labels error messages only. */
  public List<YamlDocument> load(String text, String name) {
    List<YamlDocument> documents = new ArrayList<>();
    load(text, name, documents::add);
    return documents;
  }

  /**
   * Parses {@code text} and hands each document to {@code sink} as soon as it is read, so that
   * a caller can drop it before the next one is built. A document that fails ends the stream.
   */
  public void load(String text, String name, Consumer<YamlDocument> sink) {
    load(text, name, 1, sink);
  }

  /**
   * Like {@link #load(String, String, Consumer)} for text that starts at line {@code firstLine} of
   * its file (one line of a JSON Lines file, say): every position is reported in the file's lines.
   */
  public void load(String text, String name, int firstLine, Consumer<YamlDocument> sink) {
    int offset = firstLine - 1;
    int handed = FastYaml.load(text, offset, pruner, sink);
    if (handed >= 0) {
      loadGeneral(text, name, offset, handed, sink);
    }
  }

  /**
   * The general reader, SnakeYAML Engine's events: for what the fast path declined, from the
   * document after the {@code handed} it read.
   */
  void loadGeneral(String text, String name, int offset, int handed, Consumer<YamlDocument> sink) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(name)
            .setUseMarks(true)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();
    Iterator<Event> events = new Parse(settings).parseString(text).iterator();
    Reader reader = new Reader(events, offset);
    // The index of the document being read, or of the next one between documents.
    int index = 1;
    YamlProblem failure;
    try {
      while (events.hasNext()) {
        Event e = events.next();
        if (e.getEventId() == Event.ID.DocumentStart && index <= handed) {
          reader.skipDocument();
          index++;
        } else if (e.getEventId() == Event.ID.DocumentStart) {
          YamlDocument document = reader.document(index, line(e) + offset);
          index++;
          sink.accept(document);
        }
      }
      return;
    } catch (MarkedYamlEngineException e) {
      failure = shifted(syntaxError(e), offset);
    } catch (ReaderException e) {
      failure = shifted(unreadable(e, text), offset);
    } catch (ProblemException e) {
      failure = e.problem;
    } catch (StackOverflowError e) {
      failure = new YamlProblem(
          "nesting too deep to read; flatten the document", reader.line, reader.column, true);
    } catch (IllegalArgumentException e) {
      // SnakeYAML lets a NumberFormatException out of an escape sequence cut short by the end.
      failure = new YamlProblem(
          "invalid YAML: an escape sequence is cut short or malformed; complete it or remove the backslash",
          reader.line, reader.column, true);
    } catch (YamlEngineException e) {
      failure = new YamlProblem(
          "invalid YAML: " + Objects.requireNonNullElse(e.getMessage(), "cannot parse").strip(),
          reader.line, reader.column, true);
    }
    // What was found in the document before it failed (a duplicate key) is reported with the failure.
    List<YamlProblem> problems = new ArrayList<>(reader.problems);
    problems.add(failure);
    sink.accept(new YamlDocument(index, Optional.empty(), failure.line(), problems));
  }

  /** A problem at the parser's marks, which count from the text's start, in the file's lines. */
  private static YamlProblem shifted(YamlProblem p, int offset) {
    return offset == 0 ? p : new YamlProblem(p.message(), p.line() + offset, p.column(), p.fatal());
  }

  /**
   * SnakeYAML's problem, at its mark, with the context that explains it: an unclosed quote or
   * bracket is found where the stream ends, but the user needs to know where it was opened.
   */
  private static YamlProblem syntaxError(MarkedYamlEngineException e) {
    int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
    int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
    StringBuilder message = new StringBuilder("invalid YAML: ");
    message.append(e.getProblem() == null ? "cannot parse" : e.getProblem().strip());
    if (e.getContext() != null && e.getContextMark().isPresent()) {
      Mark m = e.getContextMark().get();
      if (m.getLine() + 1 != line || m.getColumn() + 1 != column) {
        message.append(" (").append(e.getContext().strip()).append(" that starts at line ")
            .append(m.getLine() + 1).append(", column ").append(m.getColumn() + 1).append(')');
      }
    }
    return new YamlProblem(message.toString(), line, column, true);
  }

  /** A character YAML does not allow: the reader gives its code point offset, not a mark. */
  private static YamlProblem unreadable(ReaderException e, String text) {
    int line = 1;
    int column = 1;
    int i = 0;
    for (int n = 0; n < e.getPosition() && i < text.length(); n++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || (cp == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
        column = 1;
      } else if (cp != '\r') {
        column++;
      }
    }
    String message = String.format(
        Locale.ROOT,
        "invalid YAML: the character U+%04X is not allowed in YAML text; remove it or quote it with an escape",
        e.getCodePoint());
    return new YamlProblem(message, line, column, true);
  }

  static int line(Event e) {
    Optional<Mark> m = e.getStartMark();
    return m.isPresent() ? m.get().getLine() + 1 : 1;
  }

  static int column(Event e) {
    Optional<Mark> m = e.getStartMark();
    return m.isPresent() ? m.get().getColumn() + 1 : 1;
  }

  private static final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final YamlProblem problem;

    ProblemException(YamlProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /**
   * Builds one document at a time. Every node has a weight: how many nodes it would be with its
   * aliases expanded. Only anchored nodes keep theirs (an alias adds it), so the bound on
   * expansion costs nothing for documents without anchors.
   */
  private final class Reader {
    private record Anchored(Node node, long weight) {}

    private final Iterator<Event> events;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final List<String> keyPath = new ArrayList<>();
    List<YamlProblem> problems = new ArrayList<>();
    private long created;
    private long expanded;
    /** The weight of the node {@link #node} returned last. */
    private long lastWeight;
    /** Where the last event started, for failures that carry no position. */
    int line = 1;
    int column = 1;

    /** Lines before the text's first line in its file. */
    private final int offset;

    Reader(Iterator<Event> events, int offset) {
      this.events = events;
      this.offset = offset;
      this.line = 1 + offset;
    }

    private int line(Event e) {
      return YamlLoader.line(e) + offset;
    }

    YamlDocument document(int index, int startLine) {
      anchors.clear();
      keyPath.clear();
      created = 0;
      expanded = 0;
      Event e = next();
      Optional<Node> root = Optional.empty();
      if (e.getEventId() != Event.ID.DocumentEnd) {
        Node n = node(e, 0);
        root = n instanceof ScalarNode s && s.isNull() ? Optional.empty() : Optional.of(n);
        expect(Event.ID.DocumentEnd);
      }
      anchors.clear();
      YamlDocument document = new YamlDocument(index, root, root.map(Node::line).orElse(startLine), problems);
      problems = new ArrayList<>();
      return document;
    }

    /** Consumes a document the fast path has already handed over. */
    void skipDocument() {
      Event e = next();
      if (e.getEventId() != Event.ID.DocumentEnd) {
        skip(e, 0);
        expect(Event.ID.DocumentEnd);
      }
      anchors.clear();
      problems = new ArrayList<>();
    }

    private Event next() {
      Event e = events.next();
      line = line(e);
      column = YamlLoader.column(e);
      return e;
    }

    private void expect(Event.ID id) {
      Event e = next();
      if (e.getEventId() != id) {
        throw problem("unexpected " + e.getEventId(), e);
      }
    }

    private ProblemException problem(String message, Event at) {
      return new ProblemException(new YamlProblem(message, line(at), column(at), true));
    }

    private ProblemException tooDeep(Event at) {
      return problem("nesting deeper than " + MAX_DEPTH + " levels; flatten the document", at);
    }

    private Node node(Event e, int depth) {
      if (depth > MAX_DEPTH) {
        throw tooDeep(e);
      }
      Node n;
      switch (e) {
        case ScalarEvent s -> {
          Optional<String> tag = s.getTag();
          boolean plain = s.isPlain() && !(tag.isPresent() && tag.get().endsWith(":str"));
          n = ScalarNode.of(s.getValue(), plain, line, column);
          lastWeight = 1;
        }
        case AliasEvent a -> {
          String name = a.getAlias().getValue();
          Anchored target = anchors.get(name);
          if (target == null) {
            throw problem("alias *" + name + " refers to no anchor &" + name + " before it", e);
          }
          expanded = saturatingAdd(expanded, target.weight());
          long limit = Math.max(MIN_EXPANSION_LIMIT, created * EXPANSION_FACTOR);
          if (expanded > limit) {
            throw problem(
                "aliases expand to more than " + limit + " nodes (an alias bomb?); refusing the document",
                e);
          }
          lastWeight = target.weight();
          return target.node();
        }
        case SequenceStartEvent s -> n = sequence(s, depth);
        case MappingStartEvent m -> n = mapping(m, depth);
        default -> throw problem("unexpected " + e.getEventId(), e);
      }
      created++;
      expanded = saturatingAdd(expanded, 1);
      if (e instanceof NodeEvent ne && ne.getAnchor().isPresent()) {
        anchors.put(ne.getAnchor().get().getValue(), new Anchored(n, lastWeight));
      }
      return n;
    }

    private SeqNode sequence(CollectionStartEvent start, int depth) {
      List<Node> items = new ArrayList<>();
      long weight = 1;
      while (true) {
        Event e = next();
        if (e.getEventId() == Event.ID.SequenceEnd) {
          break;
        }
        items.add(node(e, depth + 1));
        weight = saturatingAdd(weight, lastWeight);
      }
      lastWeight = weight;
      return new SeqNode(items, line(start), column(start));
    }

    private MapNode mapping(CollectionStartEvent start, int depth) {
      EntryList entries = new EntryList();
      List<MapNode> merged = null;
      long weight = 1;
      while (true) {
        Event e = next();
        if (e.getEventId() == Event.ID.MappingEnd) {
          break;
        }
        if (!(e instanceof ScalarEvent keyEvent)) {
          throw problem(
              "a mapping key must be a plain string, not a "
                  + (e.getEventId() == Event.ID.MappingStart ? "mapping" : "sequence or alias"),
              e);
        }
        String keyText = keyEvent.getValue();
        ScalarNode key = ScalarNode.of(keyText, keyEvent.isPlain(), line, column);
        Event valueEvent = next();
        if (keyEvent.isPlain() && MERGE_KEY.equals(keyText)) {
          if (merged == null) {
            merged = new ArrayList<>();
          }
          collectMerge(node(valueEvent, depth + 1), merged, valueEvent);
          weight = saturatingAdd(weight, lastWeight);
          continue;
        }
        if (pruner.prune(keyPath, keyText)) {
          if (isAnchored(valueEvent)) {
            node(valueEvent, depth + 1); // not kept, but an alias later on may need it
          } else {
            skip(valueEvent, depth + 1);
          }
          continue;
        }
        keyPath.add(keyText);
        Node value = node(valueEvent, depth + 1);
        keyPath.removeLast();
        weight = saturatingAdd(weight, lastWeight);
        entries.add(key, value, problems);
      }
      List<MapNode.Entry> all = entries.entries();
      if (merged != null) {
        // Merged entries never override the mapping's own keys, nor earlier merged maps' keys.
        Set<String> names = new HashSet<>();
        all.forEach(en -> names.add(en.name()));
        for (MapNode m : merged) {
          for (MapNode.Entry entry : m.entries()) {
            if (names.add(entry.name())) {
              all.add(entry);
            }
          }
        }
      }
      lastWeight = weight;
      return new MapNode(all, line(start), column(start));
    }

    private void collectMerge(Node v, List<MapNode> merged, Event at) {
      switch (v) {
        case MapNode m -> merged.add(m);
        case SeqNode s -> {
          for (Node item : s.items()) {
            if (item instanceof MapNode m) {
              merged.add(m);
            } else {
              throw problem("a merge key (<<) takes a mapping or a list of mappings", at);
            }
          }
        }
        case ScalarNode s -> throw problem("a merge key (<<) takes a mapping, not a scalar", at);
      }
    }

    private static boolean isAnchored(Event e) {
      return e instanceof NodeEvent ne && ne.getAnchor().isPresent();
    }

    /**
     * Consumes a value's events without building it. Depth is bounded here too: SnakeYAML's
     * scanner slows down quadratically with flow nesting, so deep input must be refused early
     * even where nothing is built.
     */
    private void skip(Event first, int depth) {
      if (!(first instanceof CollectionStartEvent)) {
        return;
      }
      int open = 1;
      while (open > 0) {
        Event e = next();
        switch (e.getEventId()) {
          case MappingStart, SequenceStart -> {
            if (depth + open > MAX_DEPTH) {
              throw tooDeep(e);
            }
            open++;
          }
          case MappingEnd, SequenceEnd -> open--;
          default -> {}
        }
      }
    }
  }

  private static long saturatingAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }
}
