package dev.kubeward.core.engine;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.IndexCheck;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.config.ConfigException;
import dev.kubeward.core.config.InlineSuppressions;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.finding.Suppression;
import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.PodSpecShape;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.yaml.SharedStrings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Predicate;

/**
 * Runs the enabled checks over files in one pass per resource. Files are read and checked in
 * parallel; each resource's tree is dropped once its checks have run, so memory follows the
 * files in flight, not the input's size. Findings then pass through the suppression layers:
 * inline annotations, configured exceptions, the baseline.
 */
public final class Engine {

  /**
   * @param config rules, severities, options and exceptions
   * @param inlineSuppressions whether suppression annotations are honoured
   * @param baseline fingerprints of findings already accepted
   * @param today the date exceptions expire against
   * @param threads how many files to read at once
   */
  public record Options(
      Config config, boolean inlineSuppressions, Set<String> baseline, LocalDate today, int threads) {

    public static Options defaults() {
      return new Options(Config.EMPTY, true, Set.of(), LocalDate.now(), Runtime.getRuntime().availableProcessors());
    }
  }

  private final Catalog catalog;
  private final Options options;
  private final List<Rule> rules;
  private final Map<String, List<Bound>> resourceChecksByKind = new HashMap<>();
  private final List<Bound> resourceChecksAnyKind = new ArrayList<>();
  private final List<Bound> podChecks = new ArrayList<>();
  private final List<Bound> containerChecks = new ArrayList<>();
  private final List<Bound> indexChecks = new ArrayList<>();
  private final Set<String> retainedKinds = new java.util.HashSet<>();
  /** Kind → the digests read of its resources in the first pass. */
  private final Map<String, List<Digest<?>>> digestsByKind = new HashMap<>();
  /** Findings' paths and messages: a few hundred distinct paths among hundreds of thousands of findings. */
  private final SharedStrings interner = new SharedStrings(1 << 20, Integer.MAX_VALUE);
  private final List<ConfigException> exceptions;
  private final boolean[] exceptionExpired;

  public Engine(Catalog catalog, Options options) {
    this.catalog = catalog;
    this.options = options;
    this.rules = catalog.rules().stream().filter(r -> options.config().runs(r.id())).toList();
    for (Rule r : rules) {
      Bound b = new Bound(r, options.config().severity().getOrDefault(r.id(), r.severity()),
          new CheckOptions(Optional.ofNullable(options.config().checkOptions().get(r.id()))),
          r.check() instanceof ResourceCheck rc ? rc.gate().orElse(null) : null);
      switch (r.check()) {
        case ResourceCheck rc -> {
          if (rc.kinds().isEmpty()) {
            resourceChecksAnyKind.add(b);
          } else {
            rc.kinds().forEach(k -> resourceChecksByKind.computeIfAbsent(k, x -> new ArrayList<>()).add(b));
          }
        }
        case PodSpecCheck pc -> podChecks.add(b);
        case ContainerCheck cc -> containerChecks.add(b);
        case IndexCheck ic -> indexChecks.add(b);
      }
      retainedKinds.addAll(r.check().retains());
      for (Digest<?> d : r.check().digests()) {
        for (String kind : d.kinds()) {
          List<Digest<?>> ofKind = digestsByKind.computeIfAbsent(kind, k -> new ArrayList<>());
          if (!ofKind.contains(d)) {
            ofKind.add(d);
          }
        }
      }
    }
    this.exceptions = options.config().exceptions();
    this.exceptionExpired = new boolean[exceptions.size()];
    for (int i = 0; i < exceptions.size(); i++) {
      exceptionExpired[i] = exceptions.get(i).expiredOn(options.today());
    }
  }

  public List<Rule> rules() {
    return rules;
  }

  public ScanResult scan(List<SourceFile> files, Progress progress) {
    AtomicIntegerArray exceptionHits = new AtomicIntegerArray(exceptions.size());
    AtomicInteger done = new AtomicInteger();
    List<Callable<FileOutcome>> tasks = new ArrayList<>(files.size());
    for (SourceFile f : files) {
      tasks.add(() -> {
        FileOutcome o = scanFile(f, exceptionHits);
        progress.fileDone(done.incrementAndGet(), files.size());
        return o;
      });
    }
    try (Workers workers = new Workers(options.threads(), "kubeward-scan")) {
      return scan(files, tasks, workers, exceptionHits);
    }
  }

  private ScanResult scan(List<SourceFile> files, List<Callable<FileOutcome>> tasks, Workers workers,
      AtomicIntegerArray exceptionHits) {
    List<FileOutcome> outcomes = workers.all(tasks, "scan");
    List<Ranked> findings = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    List<ManifestReader.Skipped> skipped = new ArrayList<>();
    List<IndexedResource> indexed = new ArrayList<>();
    List<Deferred> deferred = new ArrayList<>();
    Map<IndexedResource, List<InlineSuppressions.Entry>> inline = new IdentityHashMap<>();
    int resources = 0;
    for (FileOutcome o : outcomes) {
      findings.addAll(o.sink.findings);
      problems.addAll(o.sink.problems);
      inline.putAll(o.sink.inline);
      deferred.addAll(o.sink.deferred);
      skipped.addAll(o.skipped);
      indexed.addAll(o.indexed);
      resources += o.indexed.size();
    }
    List<String> order = files.stream().map(SourceFile::name).toList();
    // The index makes its kind table on first use, in one pass: files are many and mostly small, and a table per file
    // would cost more than the pass.
    List<ReportedFinding> reported =
        late(new ResourceIndex(indexed), deferred, inline, order, findings, problems, exceptionHits, workers);
    return result(reported, problems, skipped, files.size(), resources, exceptionHits);
  }

  /**
   * Checks resources that are already read (from a cluster, an admission request, a benchmark),
   * in the order given. Nothing is skipped; files counts the distinct files the resources came
   * from. With more than one thread, consecutive runs of resources are checked at once, as a scan
   * checks files at once; the result is the same whatever the number of threads.
   */
  public ScanResult check(List<Resource> resources) {
    AtomicIntegerArray exceptionHits = new AtomicIntegerArray(exceptions.size());
    int threads = Math.max(1, Math.min(options.threads(), resources.size() / MIN_CHUNK));
    // Several runs per thread, so that a run of costly resources does not leave a thread idle at
    // the end: a thread that finishes early takes the next run, and the last ones are short.
    int chunks = threads == 1 ? 1 : Math.min(threads * 16, resources.size() / MIN_CHUNK);
    List<Callable<ChunkOutcome>> tasks = new ArrayList<>(chunks);
    for (int i = 0; i < chunks; i++) {
      List<Resource> chunk = resources.subList(
          (int) ((long) resources.size() * i / chunks), (int) ((long) resources.size() * (i + 1) / chunks));
      tasks.add(() -> checkChunk(chunk, exceptionHits));
    }
    try (Workers workers = new Workers(threads, "kubeward-check")) {
      return check(resources, tasks, workers, exceptionHits);
    }
  }

  private ScanResult check(List<Resource> resources, List<Callable<ChunkOutcome>> tasks, Workers workers,
      AtomicIntegerArray exceptionHits) {
    List<ChunkOutcome> outcomes = workers.all(tasks, "check");
    Sink sink = outcomes.size() == 1 ? outcomes.get(0).sink() : new Sink();
    if (outcomes.size() > 1) {
      for (ChunkOutcome o : outcomes) {
        sink.findings.addAll(o.sink().findings);
        sink.deferred.addAll(o.sink().deferred);
        sink.problems.addAll(o.sink().problems);
        sink.inline.putAll(o.sink().inline);
      }
    }
    ResourceIndex index = ResourceIndex.of(outcomes.stream().map(ChunkOutcome::run).toList());
    List<String> order = outcomes.stream().flatMap(o -> o.files().stream()).distinct().toList();
    List<ReportedFinding> reported =
        late(index, sink.deferred, sink.inline, order, sink.findings, sink.problems, exceptionHits, workers);
    return result(reported, sink.problems, List.of(), order.size(), resources.size(), exceptionHits);
  }

  /** Fewer resources than this are not worth a thread of their own. */
  private static final int MIN_CHUNK = 64;

  /**
   * What a run of resources gave, with the names of the files they came from in order (a name
   * repeated only when other files came between), read while each resource was at hand.
   */
  private record ChunkOutcome(Sink sink, ResourceIndex.Run run, List<String> files) {}

  private ChunkOutcome checkChunk(List<Resource> resources, AtomicIntegerArray exceptionHits) {
    Sink sink = new Sink();
    // Each resource's kind is noted for the index as it is checked, on this thread.
    ResourceIndex.Run indexed = new ResourceIndex.Run();
    List<String> files = new ArrayList<>();
    for (Resource r : resources) {
      String file = r.file().name();
      if (files.isEmpty() || !files.getLast().equals(file)) {
        files.add(file);
      }
      if (ManifestReader.isHelmValues(r)) {
        checkHelmValues(r, sink, exceptionHits);
        continue;
      }
      indexed.add(checkResource(r, sink, exceptionHits));
    }
    return new ChunkOutcome(sink, indexed, files);
  }

  /**
   * Once every resource is read: the cross-resource checks over the index, and the conditional
   * findings resolved against it; findings stay in file order. Two stages on all threads: first
   * the pictures the index checks share are built (each package's on one thread, so that a check
   * never waits for a picture another thread is building), while the other threads resolve the
   * first pass's conditional findings and put its findings in report order; then the index
   * checks visit their resources. The result is the same whatever the number of threads.
   *
   * @return every finding, in report order
   */
  private List<ReportedFinding> late(
      ResourceIndex index,
      List<Deferred> deferred,
      Map<IndexedResource, List<InlineSuppressions.Entry>> inline,
      List<String> fileOrder,
      List<Ranked> findings,
      List<InputProblem> problems,
      AtomicIntegerArray exceptionHits,
      Workers workers) {
    if (indexChecks.isEmpty() && deferred.isEmpty()) {
      return Ranked.findings(findings);
    }
    Map<String, Integer> rank = new HashMap<>();
    fileOrder.forEach(f -> rank.putIfAbsent(f, rank.size()));
    List<Runnable> first = new ArrayList<>();
    for (List<IndexCheck> pkg : byPackage()) {
      first.add(() -> pkg.forEach(c -> prepare(c, index)));
    }
    // Ranked ahead of need: the report is reordered only when the late phase finds something,
    // which is nearly always; on a spare thread this costs no wall time.
    Ranked.Ordered[] early = new Ranked.Ordered[1];
    first.add(() -> early[0] = Ranked.inOrder(findings, rank));
    List<List<Ranked>> resolved = new ArrayList<>();
    for (int from = 0; from < deferred.size(); from += LATE_RUN) {
      List<Deferred> run = deferred.subList(from, Math.min(deferred.size(), from + LATE_RUN));
      List<Ranked> out = new ArrayList<>();
      resolved.add(out);
      first.add(() -> resolve(run, index, out, exceptionHits));
    }
    workers.run(first, "scan");
    Sink late = new Sink();
    runIndexChecks(index, inline, late, exceptionHits, workers);
    List<Ranked> added = late.findings;
    resolved.forEach(added::addAll);
    resolve(late.deferred, index, added, exceptionHits);
    problems.addAll(late.problems);
    if (added.isEmpty()) {
      return Ranked.findings(findings);
    }
    // Both in order: merged rather than the whole report sorted again.
    return Ranked.merge(early[0], Ranked.inOrder(added, rank), workers);
  }

  /** The conditional findings that the index does not clear, in order, through the suppression layers. */
  private void resolve(List<Deferred> deferred, ResourceIndex index, List<Ranked> out,
      AtomicIntegerArray exceptionHits) {
    for (Deferred d : deferred) {
      if (!d.cleared().test(index)) {
        out.add(new Ranked(new ReportedFinding(d.finding(), suppression(d.finding(), d.inline(), exceptionHits))));
      }
    }
  }

  /**
   * A finding with its file, position and rule id, copied out of it as it is classified, while it
   * is at hand: putting the report in order then reads these small records, made one after the other,
   * not the findings they point to, which are spread over the heap by then.
   */
  private record Ranked(String file, int line, int column, String rule, ReportedFinding finding) {

    Ranked(ReportedFinding finding) {
      this(finding.finding().location().file(), finding.finding().location().line(),
          finding.finding().location().column(), finding.finding().rule().id(), finding);
    }

    /** Position, then rule id: the order of one file's findings. */
    static final Comparator<Ranked> BY_POSITION = (a, b) -> {
      if (a.line != b.line) {
        return Integer.compare(a.line, b.line);
      }
      if (a.column != b.column) {
        return Integer.compare(a.column, b.column);
      }
      return a.rule.compareTo(b.rule);
    };

    static List<ReportedFinding> findings(List<Ranked> ranked) {
      List<ReportedFinding> out = new ArrayList<>(ranked.size());
      for (Ranked r : ranked) {
        out.add(r.finding);
      }
      return out;
    }

    /** Findings in report order, with the rank of each one's file. */
    record Ordered(Ranked[] items, int[] ranks) {

      int size() {
        return items.length;
      }

      /** File rank, then {@link #BY_POSITION}, of this list's {@code i} and {@code other}'s {@code j}. */
      int compare(int i, Ordered other, int j) {
        int byFile = Integer.compare(ranks[i], other.ranks[j]);
        return byFile != 0 ? byFile : BY_POSITION.compare(items[i], other.items[j]);
      }

      /** The first index whose file ranks {@code rank} or later. */
      int firstFrom(int rank) {
        int lo = 0;
        int hi = ranks.length;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (ranks[mid] < rank) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        return lo;
      }
    }

    /**
     * The findings of two ordered lists, in order: stable, {@code a}'s first where they tie. The
     * files are cut in two at the file of the longer list's middle finding, and each part is merged
     * on a thread of its own.
     */
    static List<ReportedFinding> merge(Ordered a, Ordered b, Workers workers) {
      ReportedFinding[] out = new ReportedFinding[a.size() + b.size()];
      Ordered larger = a.size() >= b.size() ? a : b;
      int cut = larger.ranks[larger.size() / 2];
      int i = a.firstFrom(cut);
      int j = b.firstFrom(cut);
      workers.run(List.of(
          () -> merge(a, 0, i, b, 0, j, out),
          () -> merge(a, i, a.size(), b, j, b.size(), out)), "scan");
      return new ArrayList<>(Arrays.asList(out));
    }

    /** {@code a[i, iEnd)} and {@code b[j, jEnd)} merged into {@code out}, from {@code i + j} on. */
    private static void merge(Ordered a, int i, int iEnd, Ordered b, int j, int jEnd, ReportedFinding[] out) {
      int k = i + j;
      while (i < iEnd || j < jEnd) {
        if (j == jEnd || (i < iEnd && a.compare(i, b, j) <= 0)) {
          out[k++] = a.items[i++].finding;
        } else {
          out[k++] = b.items[j++].finding;
        }
      }
    }

    /**
     * The findings stably sorted by file rank, then position and rule: distributed to their files
     * first (a stable counting sort), so that only each file's few findings are compared.
     */
    static Ordered inOrder(List<Ranked> findings, Map<String, Integer> rank) {
      int files = rank.size() + 1;
      int[] start = new int[files + 1];
      int[] ranks = new int[findings.size()];
      // Findings come file by file: a file's rank is looked up when the file changes, not per finding.
      String lastFile = null;
      int lastRank = 0;
      for (int i = 0; i < ranks.length; i++) {
        String file = findings.get(i).file;
        if (file != lastFile) {
          lastFile = file;
          lastRank = rank.getOrDefault(file, 0);
        }
        ranks[i] = lastRank;
        start[lastRank + 1]++;
      }
      for (int f = 0; f < files; f++) {
        start[f + 1] += start[f];
      }
      Ranked[] out = new Ranked[ranks.length];
      int[] outRanks = new int[ranks.length];
      int[] next = start.clone();
      for (int i = 0; i < ranks.length; i++) {
        int at = next[ranks[i]]++;
        out[at] = findings.get(i);
        outRanks[at] = ranks[i];
      }
      for (int f = 0; f < files; f++) {
        if (start[f + 1] - start[f] > 1) {
          Arrays.sort(out, start[f], start[f + 1], BY_POSITION);
        }
      }
      return new Ordered(out, outRanks);
    }
  }

  /** The result, with how each configured exception was used and a warning for each expired one. */
  private ScanResult result(
      List<ReportedFinding> findings,
      List<InputProblem> problems,
      List<ManifestReader.Skipped> skipped,
      int files,
      int resources,
      AtomicIntegerArray exceptionHits) {
    List<ScanResult.ExceptionUse> uses = new ArrayList<>();
    for (int i = 0; i < exceptions.size(); i++) {
      ConfigException ex = exceptions.get(i);
      uses.add(new ScanResult.ExceptionUse(ex, exceptionHits.get(i), exceptionExpired[i]));
      if (exceptionExpired[i]) {
        problems.add(problemAt(ex.source(),
            "exception for " + ex.describe() + " expired on " + ex.expires().orElseThrow()
                + "; it no longer applies: renew it with a new date or fix the findings"));
      }
    }
    List<InputProblem> distinct = List.copyOf(new java.util.LinkedHashSet<>(problems));
    return new ScanResult(findings, distinct, skipped, files, resources, rules, uses);
  }

  private static InputProblem problemAt(String source, String message) {
    String[] parts = source.split(":");
    try {
      int n = parts.length;
      return InputProblem.warning(String.join(":", java.util.Arrays.copyOf(parts, n - 2)),
          Integer.parseInt(parts[n - 2]), Integer.parseInt(parts[n - 1]), message);
    } catch (RuntimeException e) {
      return InputProblem.warning(source, 0, 0, message);
    }
  }

  /** What checking gives, per file or for the late (index) phase. */
  private static final class Sink {
    /** The findings, with their positions at hand for putting them in order. */
    final List<Ranked> findings = new ArrayList<>();
    final List<Deferred> deferred = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    /** The inline suppressions of the resources that have some, for the findings of the late phase. */
    final Map<IndexedResource, List<InlineSuppressions.Entry>> inline = new IdentityHashMap<>();
  }

  /** A conditional finding, with the inline suppressions read while its resource was at hand. */
  private record Deferred(Finding finding, Predicate<ResourceIndex> cleared, List<InlineSuppressions.Entry> inline) {}

  private record FileOutcome(Sink sink, List<ManifestReader.Skipped> skipped, List<IndexedResource> indexed) {}

  private FileOutcome scanFile(SourceFile file, AtomicIntegerArray exceptionHits) {
    Sink sink = new Sink();
    List<IndexedResource> indexed = new ArrayList<>();
    List<ManifestReader.Skipped> skipped = List.of();
    try {
      ManifestReader.FileResult read = new ManifestReader(true).read(file, r -> {
        if (ManifestReader.isHelmValues(r)) {
          checkHelmValues(r, sink, exceptionHits);
          return;
        }
        indexed.add(checkResource(r, sink, exceptionHits));
      });
      sink.problems.addAll(read.problems());
      skipped = read.skipped();
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in kubeward must not cost the user the other files' results.
      sink.problems.add(InputProblem.error(file.name(),
          "internal error while reading this file (" + e + "); please report it. The other files were scanned"));
    }
    sink.findings.sort(Ranked.BY_POSITION);
    sink.problems.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
    return new FileOutcome(sink, skipped, indexed);
  }

  /**
   * Runs every applicable check on one resource and classifies its findings; returns what the
   * index keeps of it.
   */
  private IndexedResource checkResource(Resource r, Sink sink, AtomicIntegerArray exceptionHits) {
    List<InputProblem> problems = sink.problems;
    List<RawFinding> raw = new ArrayList<>();
    FindingCollector collector = new FindingCollector(r, raw, interner);
    runResourceChecks(resourceChecksAnyKind, r, collector, problems);
    List<Bound> ofKind = resourceChecksByKind.get(r.kind());
    if (ofKind != null) {
      runResourceChecks(ofKind, r, collector, problems);
    }
    Optional<PodSpecView> pod = PodSpecs.of(r);
    for (PodSpecShape.Mismatch m : PodSpecShape.check(r, pod)) {
      problems.add(InputProblem.error(r.file().name(), m.field().line(), m.field().column(),
          m.message() + " (in " + r.ref().display() + "); the API server would reject this object"));
    }
    if (pod.isPresent()) {
      PodSpecView p = pod.get();
      for (Bound b : podChecks) {
        collector.bind(b, Optional.empty());
        try {
          ((PodSpecCheck) b.rule().check()).check(p, collector);
        } catch (RuntimeException | StackOverflowError e) {
          problems.add(internalError(b, r, e));
        }
      }
      if (!containerChecks.isEmpty()) {
        for (ContainerView c : p.allContainers()) {
          Optional<String> name = Optional.of(c.name());
          for (Bound b : containerChecks) {
            collector.bind(b, name);
            try {
              ((ContainerCheck) b.rule().check()).check(c, collector);
            } catch (RuntimeException | StackOverflowError e) {
              problems.add(internalError(b, r, e));
            }
          }
        }
      }
    }
    List<InlineSuppressions.Entry> inline = inline(r, pod, sink.problems);
    classify(inline, raw, sink, exceptionHits);
    IndexedResource indexed = IndexEntries.of(r, pod, retainedKinds.contains(r.kind()), digests(r, problems));
    if (!inline.isEmpty()) {
      sink.inline.put(indexed, inline);
    }
    return indexed;
  }

  /** The digests cross-resource checks asked for of {@code r}. */
  private Map<Digest<?>, Object> digests(Resource r, List<InputProblem> problems) {
    List<Digest<?>> wanted = digestsByKind.get(r.kind());
    if (wanted == null) {
      return Map.of();
    }
    Map<Digest<?>, Object> out = new HashMap<>();
    for (Digest<?> d : wanted) {
      try {
        d.read(r).ifPresent(v -> out.put(d, v));
      } catch (RuntimeException | StackOverflowError e) {
        problems.add(InputProblem.error(r.file().name(), r.root().line(), r.root().column(),
            "internal error reading the " + d.name() + " of " + r.ref().display() + ": " + e
                + "; please report it. The checks that need it judge this object without it"));
      }
    }
    return out; // IndexedResource keeps the values in its own fields
  }

  private static void runResourceChecks(
      List<Bound> checks, Resource r, FindingCollector collector, List<InputProblem> problems) {
    // The checks of one family come one after the other: their gate is asked once.
    Predicate<Resource> gate = null;
    boolean open = true;
    for (Bound b : checks) {
      if (b.gate() != null) {
        if (b.gate() != gate) {
          gate = b.gate();
          open = opens(gate, r);
        }
        if (!open) {
          continue;
        }
      }
      collector.bind(b, Optional.empty());
      try {
        ((ResourceCheck) b.rule().check()).check(r, collector);
      } catch (RuntimeException | StackOverflowError e) {
        problems.add(internalError(b, r, e));
      }
    }
  }

  /** Whether a gate lets its checks see {@code r}; a gate that fails lets them, to meet and report the failure. */
  private static boolean opens(Predicate<Resource> gate, Resource r) {
    try {
      return gate.test(r);
    } catch (RuntimeException | StackOverflowError e) {
      return true;
    }
  }

  /**
   * A Helm values document is not an object: only the checks that name its kind read it, and it
   * joins neither the index nor the resource count.
   */
  private void checkHelmValues(Resource r, Sink sink, AtomicIntegerArray exceptionHits) {
    List<RawFinding> raw = new ArrayList<>();
    runResourceChecks(resourceChecksByKind.getOrDefault(ManifestReader.HELM_VALUES, List.of()), r,
        new FindingCollector(r, raw, interner), sink.problems);
    classify(inline(r, Optional.empty(), sink.problems), raw, sink, exceptionHits);
  }

  /**
   * The index checks by package, in catalogue order: the checks of a package share its pictures,
   * so the first one to prepare builds them and the others find them built.
   */
  private List<List<IndexCheck>> byPackage() {
    Map<String, List<IndexCheck>> byPackage = new java.util.LinkedHashMap<>();
    for (Bound b : indexChecks) {
      IndexCheck c = (IndexCheck) b.rule().check();
      byPackage.computeIfAbsent(c.getClass().getPackageName(), k -> new ArrayList<>()).add(c);
    }
    return List.copyOf(byPackage.values());
  }

  /**
   * Lets an index check prepare what its resources share (the RBAC and network pictures). A
   * failure is left for the check to meet again, and report, when it runs.
   */
  private static void prepare(IndexCheck check, ResourceIndex index) {
    try {
      check.prepare(index);
    } catch (RuntimeException | StackOverflowError e) {
      // The check meets it again when it runs, and the engine reports it there.
    }
  }

  /**
   * Every index check on every resource of its kinds, on all threads: the resources of each kind
   * in runs, a run on one thread (see {@link #visit}).
   */
  private void runIndexChecks(ResourceIndex index, Map<IndexedResource, List<InlineSuppressions.Entry>> inline,
      Sink sink, AtomicIntegerArray exceptionHits, Workers workers) {
    Map<String, List<Bound>> byKind = new java.util.LinkedHashMap<>();
    for (Bound b : indexChecks) {
      for (String kind : ((IndexCheck) b.rule().check()).kinds()) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(b);
      }
    }
    // Runs of one kind's resources, in order: on several threads, each run reports to a sink of
    // its own, and the sinks are joined in this order, so the result is the sequential one.
    List<Runnable> runs = new ArrayList<>();
    List<Sink> sinks = new ArrayList<>();
    byKind.forEach((kind, checks) -> {
      List<IndexedResource> all = index.ofKind(kind);
      for (int from = 0; from < all.size(); from += LATE_RUN) {
        List<IndexedResource> run = all.subList(from, Math.min(all.size(), from + LATE_RUN));
        Sink out = new Sink();
        sinks.add(out);
        runs.add(() -> visit(run, checks, index, inline, out, exceptionHits));
      }
    });
    workers.run(runs, "scan");
    for (Sink s : sinks) {
      sink.findings.addAll(s.findings);
      sink.deferred.addAll(s.deferred);
      sink.problems.addAll(s.problems);
    }
  }

  /** Resources of one kind an index check visits at a time on one thread. */
  private static final int LATE_RUN = 256;

  /**
   * Resource by resource, every index check of its kind: a retained resource is rebuilt once for
   * all its checks, then dropped. Index checks may be visited from several threads at once.
   */
  private void visit(List<IndexedResource> resources, List<Bound> checks, ResourceIndex index,
      Map<IndexedResource, List<InlineSuppressions.Entry>> inline, Sink sink, AtomicIntegerArray exceptionHits) {
    for (IndexedResource ir : resources) {
      ir.pin();
      List<RawFinding> raw = new ArrayList<>();
      FindingCollector collector = new FindingCollector(ir.ref(), ir.file(), raw, interner);
      for (Bound b : checks) {
        collector.bind(b, Optional.empty());
        try {
          ((IndexCheck) b.rule().check()).check(ir, index, collector);
        } catch (RuntimeException | StackOverflowError e) {
          sink.problems.add(internalError(b, ir.file(), ir.line(), ir.column(), ir.ref().display(), e));
        }
      }
      classify(inline.getOrDefault(ir, List.of()), raw, sink, exceptionHits);
      ir.unpin();
    }
  }

  /**
   * The inline suppressions of a resource's annotations and its pod template's; read even when
   * nothing was found, so that a mistyped suppression is reported all the same.
   */
  private List<InlineSuppressions.Entry> inline(Resource r, Optional<PodSpecView> pod, List<InputProblem> problems) {
    if (!options.inlineSuppressions()) {
      return List.of();
    }
    String file = r.file().name();
    Optional<Field> metadata = r.metadata();
    List<InlineSuppressions.Entry> inline =
        InlineSuppressions.read(metadata.flatMap(m -> m.get("annotations")), catalog, file, problems);
    Optional<Field> template = pod.flatMap(PodSpecView::metadata);
    if (template.isPresent() && template.get().node() != metadata.map(Field::node).orElse(null)) {
      List<InlineSuppressions.Entry> more =
          InlineSuppressions.read(template.get().get("annotations"), catalog, file, problems);
      if (!more.isEmpty()) {
        List<InlineSuppressions.Entry> both = new ArrayList<>(inline);
        both.addAll(more);
        return List.copyOf(both);
      }
    }
    return inline.isEmpty() ? List.of() : List.copyOf(inline);
  }

  /** Passes a resource's raw findings through inline suppressions, exceptions and the baseline. */
  private void classify(
      List<InlineSuppressions.Entry> inline, List<RawFinding> raw, Sink sink, AtomicIntegerArray exceptionHits) {
    for (RawFinding f : raw) {
      if (f.cleared().isPresent()) {
        sink.deferred.add(new Deferred(f.finding(), f.cleared().get(), inline));
      } else {
        sink.findings.add(new Ranked(new ReportedFinding(f.finding(), suppression(f.finding(), inline, exceptionHits))));
      }
    }
  }

  private Optional<Suppression> suppression(
      Finding f, List<InlineSuppressions.Entry> inline, AtomicIntegerArray exceptionHits) {
    for (InlineSuppressions.Entry e : inline) {
      if (e.covers(f.rule(), f.container())) {
        return Optional.of(new Suppression(Suppression.Kind.INLINE, e.source(), e.reason()));
      }
    }
    for (int i = 0; i < exceptions.size(); i++) {
      ConfigException ex = exceptions.get(i);
      if (!exceptionExpired[i] && matches(ex, f)) {
        exceptionHits.incrementAndGet(i);
        return Optional.of(new Suppression(Suppression.Kind.EXCEPTION, ex.source(), ex.reason()));
      }
    }
    if (!options.baseline().isEmpty() && options.baseline().contains(f.fingerprint())) {
      return Optional.of(new Suppression(Suppression.Kind.BASELINE, "baseline", "present in the baseline"));
    }
    return Optional.empty();
  }

  private static boolean matches(ConfigException ex, Finding f) {
    var r = f.resource();
    return ex.rules().contains(f.rule().id())
        && ex.kind().map(k -> k.equalsIgnoreCase(r.kind())).orElse(true)
        && ex.namespace().map(g -> g.matches(r.namespace().orElse(""))).orElse(true)
        && ex.name().map(g -> g.matches(r.name())).orElse(true)
        && ex.container().map(c -> f.container().map(c::equals).orElse(false)).orElse(true);
  }

  /**
   * A rule with its configured severity and options, resolved once for the whole scan, and its
   * check's gate ({@link ResourceCheck#gate}), or null.
   */
  record Bound(Rule rule, Severity severity, CheckOptions options, Predicate<Resource> gate) {}

  private static InputProblem internalError(Bound b, Resource r, Throwable e) {
    return internalError(b, r.file().name(), r.root().line(), r.root().column(), r.ref().display(), e);
  }

  private static InputProblem internalError(Bound b, String file, int line, int column, String resource, Throwable e) {
    return InputProblem.error(file, line, column,
        "internal error in check " + b.rule().slug() + " on " + resource + ": " + e
            + "; please report it. The other checks ran");
  }
}
