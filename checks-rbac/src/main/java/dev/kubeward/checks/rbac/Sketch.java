package dev.kubeward.checks.rbac;

import dev.kubeward.rbac.PolicyRule;
import java.util.List;

/**
 * A rule in a few bits, worked out once per rule for all the risky-grant checks: which of the
 * verbs the checks ask about it names, which resources it names (hashed into 32 bits), and
 * whether it grants everything. A check whose findings all come from matching probes
 * ({@link Access.Probe}) states what a rule must name for any probe to match ({@link #need}):
 * a rule whose sketch lacks it is skipped without being matched. Most rules of most roles are
 * about other verbs and resources than any one check's, so most (check, rule) pairs end here.
 *
 * <p>Why skipping is exact: {@link Access#verbs} finds something only when the rule matches the
 * probe's resource and one of its verbs. A rule matches a verb only if it names it or {@code *}
 * (then the sketch has every verb bit); it matches a resource {@code r} (or {@code r/sub}) only
 * through an entry {@code *}, {@code *}{@code /sub} (every resource bit) or one whose part before
 * the slash is {@code r} (the bit of {@code r}'s hash). So a rule that matches a probe has a verb
 * bit and a resource bit of that probe. SketchTest holds this to every check on generated rules.
 */
final class Sketch {

  /**
   * The verbs the probes ask about, a bit each (bits 0 to 29); a rule's other verbs share
   * {@link #OTHER_VERB}, which a probe's verb that is not listed needs among all the others.
   */
  private static final List<String> VERBS = List.of("get", "list", "watch", "create", "update", "patch", "delete",
      "deletecollection", "bind", "escalate", "impersonate", "approve", "sign");
  private static final long VERB_BITS = (1L << 31) - 1;
  private static final long OTHER_VERB = 1L << 30;
  /** Set when the rule grants everything ({@link PolicyRule#grantsEverything()}). */
  static final long EVERYTHING = 1L << 31;
  private static final long RESOURCE_BITS = 0xFFFF_FFFFL << 32;
  /** The need of a check that states none: every rule is matched. */
  static final long ANY = -1L;

  private Sketch() {}

  /** The sketch of {@code rule}. */
  static long of(PolicyRule rule) {
    long bits = rule.grantsEverything() ? EVERYTHING : 0;
    for (String v : rule.verbs()) {
      long b = verb(v);
      bits |= v.equals(PolicyRule.ALL) ? VERB_BITS : b != 0 ? b : OTHER_VERB;
    }
    for (String r : rule.resources()) {
      bits |= resource(r);
    }
    return bits;
  }

  /**
   * What a rule must name for one of {@code probes} to match it: a verb bit and a resource bit of
   * these (a verb that is not listed lets every verb through, the rule's other verbs among them).
   */
  static long need(List<Access.Probe> probes) {
    long bits = 0;
    for (Access.Probe p : probes) {
      for (List<String> verbs : List.of(p.anyName(), p.unnamed())) {
        for (String v : verbs) {
          long b = verb(v);
          bits |= b != 0 ? b : VERB_BITS;
        }
      }
      bits |= resource(p.resource());
    }
    return bits;
  }

  /** Whether a rule of sketch {@code rule} may give a check of need {@code need} a finding. */
  static boolean mayGrant(long rule, long need) {
    return need == ANY || ((rule & need & VERB_BITS) != 0 && (rule & need & RESOURCE_BITS) != 0);
  }

  private static long verb(String v) {
    Long bit = VERB_BIT.get(v);
    return bit == null ? 0 : bit;
  }

  /** Each of {@link #VERBS} → its bit: one lookup per verb of every rule of every role. */
  private static final java.util.Map<String, Long> VERB_BIT = verbBits();

  private static java.util.Map<String, Long> verbBits() {
    java.util.Map<String, Long> bits = new java.util.HashMap<>();
    for (int i = 0; i < VERBS.size(); i++) {
      bits.put(VERBS.get(i), 1L << i);
    }
    return java.util.Map.copyOf(bits);
  }

  /** The bit of a resource entry: its part before the slash hashed; every bit for {@code *} and {@code *}{@code /sub}. */
  private static long resource(String entry) {
    int slash = entry.indexOf('/');
    if ((slash == 1 && entry.charAt(0) == '*') || entry.equals(PolicyRule.ALL)) {
      return RESOURCE_BITS;
    }
    // String.hashCode of the part before the slash, without cutting it out (the whole string's hash is kept by the string).
    int h;
    if (slash < 0) {
      h = entry.hashCode();
    } else {
      h = 0;
      for (int i = 0; i < slash; i++) {
        h = 31 * h + entry.charAt(i);
      }
    }
    return 1L << (32 + (h & 31));
  }
}
