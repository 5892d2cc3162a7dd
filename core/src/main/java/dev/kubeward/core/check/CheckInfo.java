package dev.kubeward.core.check;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check's metadata, on the check class. The rule's slug is the class's simple name in
 * kebab-case ({@code RunAsRoot} is {@code run-as-root}). Everything users see about a rule (the
 * {@code rules} command, SARIF rule descriptors, docs/rules.md) is derived from this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {

  /** Stable opaque id, {@code KW-NNNN}: never changed, never reused. */
  String id();

  /** What is wrong, in a short phrase without a trailing period. */
  String summary();

  Severity severity();

  Category category();

  /** What to do about it: a sentence ending with a period. */
  String remediation();

  /**
   * Controls of frameworks this check serves, as {@code framework:control}: {@code pss:baseline/privileged},
   * {@code cis:5.2.2}, {@code nsa:pod-security/non-root}, {@code mitre:T1611}.
   */
  String[] references() default {};

  /** Former ids or slugs still accepted in configuration and suppressions. */
  String[] aliases() default {};

  /** A deprecated check still runs but says so; it is never deleted. */
  boolean deprecated() default false;
}
