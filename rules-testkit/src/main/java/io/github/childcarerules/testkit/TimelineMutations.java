package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.ParentChildRecord;
import java.util.Optional;

/**
 * What the testkit's own tests still call by its former name: the mutation tables replaced this
 * class ({@link AgreementTable}, {@link ScheduleTable}, {@link PeriodTable}, {@link BracketTable}).
 * The one {@link Optional} of the mutations lives here, at that boundary.
 */
final class TimelineMutations {
  private TimelineMutations() {}

  /** {@link AgreementTable#fullYear}, for {@code WarningLimitsTest}. */
  static Optional<ParentChildRecord> fullYear(ParentChildRecord record, boolean leap) {
    return AgreementTable.fullYear(record, leap).toJavaOptional();
  }
}
