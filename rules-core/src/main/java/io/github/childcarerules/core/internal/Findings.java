package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.internal.reading.Entered;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;

/**
 * The violations of one validation, collected in any order ({@code ValidationReport} sorts them).
 */
final class Findings {
  private final ArrayList<Violation> violations = new ArrayList<>();

  void report(Rule rule, String path, String... arguments) {
    violations.add(Violation.of(rule, path, arguments));
  }

  void reportIf(boolean broken, Rule rule, String path, String... arguments) {
    if (broken) {
      report(rule, path, arguments);
    }
  }

  /**
   * The date entered at {@code path}: none when absent or malformed, a malformed one being reported
   * once here as {@code DATE_FORMAT}, so that the rules needing it are skipped.
   */
  Option<LocalDate> date(Option<String> value, String path) {
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

  List<Violation> all() {
    return List.ofAll(violations);
  }
}
