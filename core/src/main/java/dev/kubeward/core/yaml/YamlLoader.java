package dev.kubeward.core.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
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
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(name)
            .setUseMarks(true)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();
    List<YamlDocument> documents = new ArrayList<>();
    Iterator<Event> events = new Parse(settings).parseString(text).iterator();
    Reader reader = new Reader(events);
    int index = 0;
    try {
      while (events.hasNext()) {
        Event e = events.next();
        if (e.getEventId() == Event.ID.DocumentStart) {
          index++;
          documents.add(reader.document(index, line(e)));
        }
      }
    } catch (MarkedYamlEngineException e) {
      documents.add(failed(index + 1, e.getProblemMark(), e.getProblem(), text));
    } catch (YamlEngineException e) {
      documents.add(failedAt(index + 1, text, e.getMessage()));
    } catch (ProblemException e) {
      documents.add(
          new YamlDocument(index + 1, Optional.empty(), e.problem.line(), List.of(e.problem)));
    }
    return documents;
  }

  private static YamlDocument failed(int index, Optional<Mark> mark, String problem, String text) {
    int line = mark.map(m -> m.getLine() + 1).orElse(1);
    int column = mark.map(m -> m.getColumn() + 1).orElse(1);
    String message = "invalid YAML: " + (problem == null ? "cannot parse" : problem.strip());
    return new YamlDocument(
        index, Optional.empty(), line, List.of(new YamlProblem(message, line, column, true)));
  }

  /** A reader error has no mark, only a code-point offset in some messages; find the spot. */
  private static YamlDocument failedAt(int index, String text, String message) {
    int[] pos = firstNonPrintable(text);
    String msg = "invalid YAML: " + (message == null ? "unreadable input" : message.strip());
    return new YamlDocument(
        index, Optional.empty(), pos[0], List.of(new YamlProblem(msg, pos[0], pos[1], true)));
  }

  private static int[] firstNonPrintable(String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isPrintable(cp)) {
        return new int[] {line, column};
      }
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(cp);
    }
    return new int[] {1, 1};
  }

  private static boolean isPrintable(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || c == 0x9
        || c == 0xA
        || c == 0xD
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  static int line(Event e) {
    return e.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  static int column(Event e) {
    return e.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
  }

  private static final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final YamlProblem problem;

    ProblemException(YamlProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** Builds one document at a time; anchors and weights are per document. */
  private final class Reader {
    private final Iterator<Event> events;
    private final Map<String, Node> anchors = new HashMap<>();
    private final Map<Node, Long> weights = new HashMap<>();
    private final Map<String, String> keyCache = new HashMap<>();
    private final List<String> keyPath = new ArrayList<>();
    private List<YamlProblem> problems = new ArrayList<>();
    private long created;
    private long expanded;

    Reader(Iterator<Event> events) {
      this.events = events;
    }

    YamlDocument document(int index, int startLine) {
      anchors.clear();
      weights.clear();
      keyPath.clear();
      problems = new ArrayList<>();
      created = 0;
      expanded = 0;
      Event e = events.next();
      Optional<Node> root = Optional.empty();
      if (e.getEventId() != Event.ID.DocumentEnd) {
        Node n = node(e, 0);
        root = n instanceof ScalarNode s && s.isNull() ? Optional.empty() : Optional.of(n);
        expect(Event.ID.DocumentEnd);
      }
      weights.clear();
      return new YamlDocument(index, root, root.map(Node::line).orElse(startLine), problems);
    }

    private void expect(Event.ID id) {
      Event e = events.next();
      if (e.getEventId() != id) {
        throw problem("unexpected " + e.getEventId(), e);
      }
    }

    private ProblemException problem(String message, Event at) {
      return new ProblemException(new YamlProblem(message, line(at), column(at), true));
    }

    private Node node(Event e, int depth) {
      if (depth > MAX_DEPTH) {
        throw problem("nesting deeper than " + MAX_DEPTH + " levels", e);
      }
      Node n;
      switch (e) {
        case ScalarEvent s -> {
          boolean plain = s.isPlain() && !s.getTag().filter(t -> t.endsWith(":str")).isPresent();
          n = new ScalarNode(s.getValue(), plain, line(e), column(e));
          account(n, 1);
        }
        case AliasEvent a -> {
          String name = a.getAlias().getValue();
          n = anchors.get(name);
          if (n == null) {
            throw problem("alias *" + name + " refers to no anchor", e);
          }
          long w = weights.getOrDefault(n, 1L);
          expanded = saturatingAdd(expanded, w);
          if (expanded > Math.max(MIN_EXPANSION_LIMIT, created * EXPANSION_FACTOR)) {
            throw problem(
                "aliases expand to more than "
                    + Math.max(MIN_EXPANSION_LIMIT, created * EXPANSION_FACTOR)
                    + " nodes (an alias bomb?); refusing the document",
                e);
          }
          return n;
        }
        case SequenceStartEvent s -> n = sequence(s, depth);
        case MappingStartEvent m -> n = mapping(m, depth);
        default -> throw problem("unexpected " + e.getEventId(), e);
      }
      if (e instanceof NodeEvent ne) {
        ne.getAnchor().map(Anchor::getValue).ifPresent(a -> anchors.put(a, n));
      }
      return n;
    }

    private void account(Node n, long weight) {
      created++;
      expanded = saturatingAdd(expanded, 1);
      if (weight > 1) {
        weights.put(n, weight);
      }
    }

    private long weightOf(Node n) {
      return n instanceof ScalarNode ? 1 : weights.getOrDefault(n, 1L);
    }

    private SeqNode sequence(CollectionStartEvent start, int depth) {
      List<Node> items = new ArrayList<>();
      long weight = 1;
      while (true) {
        Event e = events.next();
        if (e.getEventId() == Event.ID.SequenceEnd) {
          break;
        }
        Node item = node(e, depth + 1);
        weight = saturatingAdd(weight, weightOf(item));
        items.add(item);
      }
      SeqNode n = new SeqNode(items, line(start), column(start));
      account(n, weight);
      return n;
    }

    private MapNode mapping(CollectionStartEvent start, int depth) {
      LinkedHashMap<String, MapNode.Entry> explicit = new LinkedHashMap<>();
      List<MapNode> merged = new ArrayList<>();
      long weight = 1;
      while (true) {
        Event e = events.next();
        if (e.getEventId() == Event.ID.MappingEnd) {
          break;
        }
        if (!(e instanceof ScalarEvent keyEvent)) {
          throw problem(
              "a mapping key must be a plain string, not a "
                  + (e.getEventId() == Event.ID.MappingStart ? "mapping" : "sequence or alias"),
              e);
        }
        String keyText = keyCache.computeIfAbsent(keyEvent.getValue(), k -> k);
        ScalarNode key = new ScalarNode(keyText, keyEvent.isPlain(), line(e), column(e));
        Event valueEvent = events.next();
        if (keyEvent.isPlain() && MERGE_KEY.equals(keyText)) {
          Node v = node(valueEvent, depth + 1);
          collectMerge(v, merged, valueEvent);
          continue;
        }
        if (pruner.prune(keyPath, keyText)) {
          skip(valueEvent);
          continue;
        }
        keyPath.add(keyText);
        Node value = node(valueEvent, depth + 1);
        keyPath.removeLast();
        weight = saturatingAdd(weight, weightOf(value));
        MapNode.Entry previous = explicit.remove(keyText);
        if (previous != null) {
          problems.add(
              new YamlProblem(
                  "duplicate key \""
                      + keyText
                      + "\" (first at line "
                      + previous.key().line()
                      + "); the last value is used, as kubectl would, but fix the file",
                  key.line(),
                  key.column(),
                  false));
        }
        explicit.put(keyText, new MapNode.Entry(key, value));
      }
      List<MapNode.Entry> entries = new ArrayList<>(explicit.values());
      for (MapNode m : merged) {
        for (MapNode.Entry entry : m.entries()) {
          if (!explicit.containsKey(entry.name())) {
            explicit.put(entry.name(), entry);
            entries.add(entry);
            weight = saturatingAdd(weight, weightOf(entry.value()));
          }
        }
      }
      MapNode n = new MapNode(entries, line(start), column(start));
      account(n, weight);
      return n;
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

    /** Consumes a value's events without building it. */
    private void skip(Event first) {
      if (!(first instanceof CollectionStartEvent)) {
        return;
      }
      int open = 1;
      while (open > 0) {
        Event e = events.next();
        switch (e.getEventId()) {
          case MappingStart, SequenceStart -> open++;
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
