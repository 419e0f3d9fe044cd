package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The days an element of a record covers, read from its entered dates the same way for the rules
 * and for the counts: an element whose dates are missing, malformed or inverted has no extent and
 * takes part in nothing.
 *
 * @since 0.1.0
 */
public final class Extents {
  private Extents() {}

  /**
   * The days from {@code start} to {@code end}, both entered and well formed, the end not before
   * the start (agreements and special schedules).
   *
   * @param start the start as entered
   * @param end the end as entered
   * @return the closed extent, or none
   */
  public static Option<DatePeriod> closed(Option<String> start, Option<String> end) {
    return closedOf(Entered.date(start), Entered.date(end));
  }

  /**
   * {@link #closed(Option, Option)} of dates already read ({@link Entered#date}).
   *
   * @param first the start, when well formed
   * @param last the end, when well formed
   * @return the closed extent, or none
   */
  public static Option<DatePeriod> closedOf(Option<LocalDate> first, Option<LocalDate> last) {
    return first.isDefined() && last.isDefined() && !Entered.endBeforeStart(first, last)
        ? Option.some(DatePeriod.ofClosed(first.get(), last.get()))
        : Option.none();
  }

  /**
   * The days of a period of RULES.md §6: from its well-formed start to its end, or on without end
   * when {@code mayBeOpen} and no end is entered; none when the start is missing or malformed, the
   * end malformed, missing where required, or before the start.
   *
   * @param period the period as entered
   * @param mayBeOpen whether the period may have no end (ECP, disability, transitional measure)
   * @return its extent, or none
   */
  public static Option<DatePeriod> of(SpecialPeriod period, boolean mayBeOpen) {
    return of(Entered.date(period.start()), Entered.date(period.end()), period.end(), mayBeOpen);
  }

  /**
   * {@link #of(SpecialPeriod, boolean)} of dates already read ({@link Entered#date}).
   *
   * @param start the start, when well formed
   * @param end the end, when well formed
   * @param endEntered the end as entered (given but malformed, it leaves no extent)
   * @param mayBeOpen whether the period may have no end
   * @return its extent, or none
   */
  public static Option<DatePeriod> of(
      Option<LocalDate> start,
      Option<LocalDate> end,
      Option<String> endEntered,
      boolean mayBeOpen) {
    if (start.isEmpty() || Entered.endBeforeStart(start, end)) {
      return Option.none();
    }
    if (end.isEmpty() && (Entered.given(endEntered) || !mayBeOpen)) {
      return Option.none();
    }
    return Option.some(DatePeriod.of(start.get(), end));
  }
}
