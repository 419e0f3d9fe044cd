package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.record.ParentChildRecord;
import java.util.Objects;

/**
 * What a record plans, read once: the agreements' timelines of occupied half-days, the age brackets
 * in force, the days of its ECP and of its disability periods. The counts of rules-occupation work
 * on it; it never judges the record (elements with unusable dates take part in nothing, as {@link
 * Extents} and {@link PlannedOccupation} say).
 *
 * @since 0.1.0
 */
public final class RecordReading {
  private final Planned planned;
  private final BracketsInForce brackets;
  private final DayRuns ecpDays;
  private final DayRuns disabilityDays;

  private RecordReading(
      Planned planned, BracketsInForce brackets, DayRuns ecpDays, DayRuns disabilityDays) {
    this.planned = planned;
    this.brackets = brackets;
    this.ecpDays = ecpDays;
    this.disabilityDays = disabilityDays;
  }

  /**
   * Reads {@code record}.
   *
   * @param record any record
   * @return its typed reading
   */
  public static RecordReading of(ParentChildRecord record) {
    Objects.requireNonNull(record, "record");
    return new RecordReading(
        Planned.of(record),
        BracketsInForce.of(record.ageBrackets()),
        DayRuns.of(record.ecpPeriods()),
        DayRuns.of(record.disabilityPeriods()));
  }

  /**
   * The agreements that plan some occupation.
   *
   * @return their timelines and contribution types
   */
  public Planned planned() {
    return planned;
  }

  /**
   * The age brackets.
   *
   * @return their effective dates and the bracket in force on each day
   */
  public BracketsInForce brackets() {
    return brackets;
  }

  /**
   * The days inside an ECP period.
   *
   * @return the union of the usable ECP periods
   */
  public DayRuns ecpDays() {
    return ecpDays;
  }

  /**
   * The days inside a disability period.
   *
   * @return the union of the usable disability periods
   */
  public DayRuns disabilityDays() {
    return disabilityDays;
  }
}
