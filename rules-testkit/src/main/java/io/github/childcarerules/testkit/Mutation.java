package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.control.Option;
import java.util.function.BiFunction;

/**
 * One kind of single mutation: its name, the rule it breaks, and how. {@code change} gives nothing
 * when the record offers no place for it. Made from a {@link Row} of a table.
 */
record Mutation(
    String name, Rule rule, BiFunction<ParentChildRecord, Choices, Option<Broken>> change) {

  /** The mutated record, the path of the one violation, and the valid record it came from. */
  record Broken(ParentChildRecord valid, ParentChildRecord record, String path) {}

  /**
   * The mutation of {@code valid}, when there is a place for it and it stays clear of the rules it
   * must not touch: the warnings (unless it breaks one of them) and the school-age exception of
   * {@code SCHEDULE_REQUIRED} (unless it is about schedules).
   */
  Option<Mutated> apply(ParentChildRecord valid, Choices choices) {
    return change
        .apply(valid, choices)
        .filter(
            broken ->
                rule == Rule.TWENTY_DAYS_PER_FOUR_WEEKS
                    || rule == Rule.REFERENCE_YEAR_261_DAYS
                    || !CareDayBound.mayWarn(broken.record()))
        .filter(
            broken ->
                Facts.identityAndMeasureWarnings(broken.record()).stream()
                    .allMatch(warning -> warning == rule))
        .filter(
            broken ->
                rule == Rule.SCHEDULE_REQUIRED
                    || rule == Rule.SCHEDULE_PERIODICITY
                    || schoolAgeExceptionsHold(broken.record()))
        .map(broken -> new Mutated(name, broken.valid(), broken.record(), rule, broken.path()));
  }

  /** Every agreement that has no occupied slot and needs one still has the exception. */
  private static boolean schoolAgeExceptionsHold(ParentChildRecord record) {
    return record
        .agreements()
        .filter(Facts::reliesOnSchoolAge)
        .filter(agreement -> !agreement.isAbsent())
        .forAll(agreement -> Facts.scheduleOptional(record, agreement));
  }
}
