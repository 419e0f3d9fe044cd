package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.internal.reading.Entered;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;

/**
 * The violations of one validation, collected in any order ({@code ValidationReport} sorts them): a
 * record's, and an allocation scenario's (rules-allocation reads its dates through {@link #date}
 * too).
 *
 * @since 0.1.0
 */
public final class Findings {
  private final ArrayList<Violation> violations = new ArrayList<>();

  /** Nothing found yet. */
  public Findings() {}

  /**
   * Reports {@code rule} at {@code path}.
   *
   * @param rule the rule broken
   * @param path where, as {@code Violation.path()} says
   * @param arguments the message's arguments
   */
  public void report(Rule rule, String path, String... arguments) {
    violations.add(Violation.of(rule, path, arguments));
  }

  /**
   * Reports {@code rule} at {@code path} when {@code broken}.
   *
   * @param broken whether the rule is broken
   * @param rule the rule
   * @param path where
   * @param arguments the message's arguments
   */
  public void reportIf(boolean broken, Rule rule, String path, String... arguments) {
    if (broken) {
      report(rule, path, arguments);
    }
  }

  /**
   * The date entered at {@code path}: none when absent or malformed, a malformed one being reported
   * once here as {@code DATE_FORMAT}, so that the rules needing it are skipped.
   *
   * @param value the value as entered
   * @param path where it was entered
   * @return the date, when given and well formed
   */
  public Option<LocalDate> date(Option<String> value, String path) {
    Option<LocalDate> date = Entered.date(value);
    reportIf(Entered.given(value) && date.isEmpty(), Rule.DATE_FORMAT, path);
    return date;
  }

  /**
   * Reports {@code rule}, a {@code *_TOO_LONG} rule, when the entered text is longer than the
   * rule's {@link Rule#maximum()}.
   */
  void limitLength(Option<String> value, Rule rule, String path) {
    int maximum = rule.maximum().get();
    Entered.text(value)
        .map(Texts::length)
        .filter(length -> length > maximum)
        .forEach(length -> report(rule, path, String.valueOf(maximum), length.toString()));
  }

  /**
   * Whether nothing was reported.
   *
   * @return true when no violation was found
   */
  public boolean none() {
    return violations.isEmpty();
  }

  /**
   * Every violation reported, in the order reported.
   *
   * @return the violations
   */
  public List<Violation> all() {
    return List.ofAll(violations);
  }
}
