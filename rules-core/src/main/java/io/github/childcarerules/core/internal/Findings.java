package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.internal.reading.Entered;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

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

  /** No message argument. */
  private static final String[] NO_ARGUMENTS = {};

  /**
   * Reports {@code rule} at {@code path}, its message quoting nothing.
   *
   * @param rule the rule broken
   * @param path where, as {@code Violation.path()} says
   */
  public void report(Rule rule, String path) {
    report(rule, path, NO_ARGUMENTS);
  }

  /**
   * Reports {@code rule} at {@code path} when {@code broken}, its message quoting nothing (no
   * argument array is made for a rule kept).
   *
   * @param broken whether the rule is broken
   * @param rule the rule
   * @param path where
   */
  public void reportIf(boolean broken, Rule rule, String path) {
    if (broken) {
      report(rule, path);
    }
  }

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
    return date(value, null, path);
  }

  /**
   * {@link #date(Option, String)} of the field {@code field} of the list element {@code at}, or of
   * the field at path {@code field} when {@code at} is null.
   */
  Option<LocalDate> date(Option<String> value, @Nullable At at, String field) {
    Option<LocalDate> date = Entered.date(value);
    if (Entered.given(value) && date.isEmpty()) {
      report(Rule.DATE_FORMAT, at == null ? field : at.path(field));
    }
    return date;
  }

  /**
   * Reports {@code rule}, a {@code *_TOO_LONG} rule, when the entered text is longer than the
   * rule's {@link Rule#maximum()}.
   */
  void limitLength(Option<String> value, Rule rule, String path) {
    if (!Entered.given(value)) {
      return;
    }
    int maximum = rule.maximum().get();
    String text = value.get();
    if ((long) text.length() * Texts.MOST_CODE_POINTS_PER_CHAR <= maximum) {
      return; // too short to be too long, however it normalizes
    }
    int length = Texts.length(text);
    if (length > maximum) {
      report(rule, path, String.valueOf(maximum), String.valueOf(length));
    }
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
