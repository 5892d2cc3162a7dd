package dev.kubeward.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every rule of every module on the class path, in id order; ids, slugs and aliases unique. */
public final class Catalog {

  private final List<Rule> rules;
  private final Map<String, Rule> byName = new HashMap<>();

  public Catalog(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::id));
    this.rules = List.copyOf(sorted);
    for (Rule r : this.rules) {
      for (String name : names(r)) {
        Rule clash = byName.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), r);
        if (clash != null && clash != r) {
          throw new IllegalStateException(
              "rule name " + name + " used by both " + clash.id() + " and " + r.id());
        }
      }
    }
  }

  private static List<String> names(Rule r) {
    List<String> names = new ArrayList<>();
    names.add(r.id());
    names.add(r.slug());
    names.addAll(r.aliases());
    return names;
  }

  /** All checks that the modules on the class path provide. */
  public static Catalog load() {
    List<Rule> rules = new ArrayList<>();
    for (CheckProvider p : ServiceLoader.load(CheckProvider.class)) {
      for (Check c : p.checks()) {
        rules.add(Rule.of(c));
      }
    }
    return new Catalog(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The rule named by id, slug or alias, in any case. */
  public Optional<Rule> find(String name) {
    return Optional.ofNullable(byName.get(name.strip().toLowerCase(java.util.Locale.ROOT)));
  }
}
