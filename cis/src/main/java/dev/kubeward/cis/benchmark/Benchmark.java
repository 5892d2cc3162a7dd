package dev.kubeward.cis.benchmark;

import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.Verdict;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.cis.checks.CisCheck;
import dev.kubeward.cis.checks.NodeFileCheck;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Framework;
import dev.kubeward.core.check.Reference;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.source.InputProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the benchmark's checks over an inventory and turns their verdicts into control results:
 * FAIL when any instance fails (WARN for a control the benchmark scores manually), else WARN when
 * one could not be judged, else PASS; MANUAL for controls nothing can test; SKIP when nothing the
 * control is about was found. A rule's CIS references say which controls it serves; rules with none
 * are reported after the benchmark, under their own ids.
 */
public final class Benchmark {

  private final Controls controls;
  private final List<Rule> rules;
  private final Function<Rule, CheckOptions> options;

  /** @param rules the benchmark's rules (their checks are {@link CisCheck}s); others are ignored */
  public Benchmark(Controls controls, List<Rule> rules, Function<Rule, CheckOptions> options) {
    this.controls = controls;
    this.rules = rules.stream().filter(r -> r.check() instanceof CisCheck).toList();
    this.options = options;
  }

  public BenchmarkReport run(Inventory inventory, boolean node, List<InputProblem> problems) {
    Map<String, List<ControlResult.Detail>> byControl = new LinkedHashMap<>();
    for (Rule rule : rules) {
      CisCheck check = (CisCheck) rule.check();
      for (ComponentConfig c : inventory.components()) {
        check.evaluate(c, inventory, new Verdicts() {
          @Override
          public void add(Verdict v) {
            byControl.computeIfAbsent(v.control(), k -> new ArrayList<>()).add(detail(rule, c, v));
          }

          @Override
          public CheckOptions options() {
            return options.apply(rule);
          }
        });
      }
    }
    List<ControlResult> results = new ArrayList<>();
    for (Control control : controls.controls()) {
      boolean tested = rules.stream().anyMatch(r -> r.references(Framework.CIS).stream()
          .map(Reference::control).anyMatch(control.id()::equals));
      List<ControlResult.Detail> details = byControl.getOrDefault(control.id(), List.of());
      ControlResult.Status status = status(control.scoring(), tested, details);
      results.add(new ControlResult(control.id(), control.section(), control.title(), status, details,
          status == ControlResult.Status.SKIP ? skipNote(servingRules(control.id()), node) : ""));
    }
    List<ControlResult> extras = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.references(Framework.CIS).isEmpty()) {
        List<ControlResult.Detail> details = byControl.getOrDefault(rule.id(), List.of());
        ControlResult.Status status = status(Control.Scoring.AUTOMATED, true, details);
        extras.add(new ControlResult(rule.id(), "kubeward", rule.summary(), status, details,
            status == ControlResult.Status.SKIP ? skipNote(List.of(rule), node) : ""));
      }
    }
    List<String> found = inventory.components().stream()
        .map(c -> c.component().binary() + ": " + c.source()).toList();
    return new BenchmarkReport(Controls.VERSION, controls.sections(), results, extras, found, node, problems);
  }

  private List<Rule> servingRules(String control) {
    return rules.stream().filter(r -> r.references(Framework.CIS).stream().map(Reference::control).anyMatch(control::equals))
        .toList();
  }

  /** Why nothing judged a control: node files without --node, or none of its components in the input. */
  private static String skipNote(List<Rule> serving, boolean node) {
    if (!node && serving.stream().allMatch(r -> r.check() instanceof NodeFileCheck)) {
      return "needs --node";
    }
    java.util.Set<String> components = new java.util.TreeSet<>();
    serving.forEach(r -> ((CisCheck) r.check()).components().forEach(c -> components.add(c.binary())));
    return "not found: " + String.join(", ", components);
  }

  private static ControlResult.Status status(Control.Scoring scoring, boolean tested, List<ControlResult.Detail> details) {
    if (scoring == Control.Scoring.MANUAL_ONLY || !tested) {
      return ControlResult.Status.MANUAL;
    }
    if (details.stream().anyMatch(d -> d.status().equals("FAIL"))) {
      return scoring == Control.Scoring.MANUAL ? ControlResult.Status.WARN : ControlResult.Status.FAIL;
    }
    if (details.stream().anyMatch(d -> d.status().equals("WARN"))) {
      return ControlResult.Status.WARN;
    }
    return details.isEmpty() ? ControlResult.Status.SKIP : ControlResult.Status.PASS;
  }

  private static ControlResult.Detail detail(Rule rule, ComponentConfig c, Verdict v) {
    Optional<String> location = v.file().or(() -> v.field().map(f -> where(c, f) + ":" + f.line() + ":" + f.column()));
    if (location.isEmpty() && v.status() == Verdict.Status.FAIL) {
      location = c.anchor().map(a -> c.file() + ":" + a.line() + ":" + a.column());
    }
    return new ControlResult.Detail(rule.id(), c.component().binary(), c.source(), v.status().name(), v.message(),
        location.filter(l -> !l.startsWith(":")));
  }

  private static String where(ComponentConfig c, Field f) {
    return c.config().filter(cf -> cf.contains(f)).map(cf -> cf.name()).orElse(c.file());
  }
}
