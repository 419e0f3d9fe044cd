package io.github.childcarerules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import java.util.Arrays;
import java.util.Comparator;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;

/** Assertions on the (rule, path) pairs of a validation report, in the report's order. */
final class Reports {
  private Reports() {}

  /** The violations of {@code record} as (rule, path) tuples, in report order. */
  static AbstractListAssert<?, java.util.List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
      assertThatViolations(ParentChildRecord record) {
    return assertThatViolations(RecordValidator.validate(record));
  }

  static AbstractListAssert<?, java.util.List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
      assertThatViolations(ValidationReport report) {
    return assertThat(report.violations().toJavaList())
        .extracting(Violation::rule, Violation::path);
  }

  /** One (rule, path) tuple when {@code reported}, none otherwise. */
  static Tuple[] reportedIf(boolean reported, Rule rule, String path) {
    return reported ? new Tuple[] {tuple(rule, path)} : new Tuple[0];
  }

  /**
   * The tuples of a table cell {@code "RULE@path; RULE@path"} ({@code null} or blank: none), in the
   * order RULES.md gives every report: by path, then by rule id, both as Java strings.
   */
  static Tuple[] expected(String cell) {
    if (cell == null || cell.isBlank()) {
      return new Tuple[0];
    }
    return Arrays.stream(cell.split(";"))
        .map(String::strip)
        .map(item -> item.split("@", 2))
        .sorted(
            Comparator.<String[], String>comparing(pair -> pair[1]).thenComparing(pair -> pair[0]))
        .map(pair -> tuple(Rule.valueOf(pair[0]), pair[1]))
        .toArray(Tuple[]::new);
  }
}
