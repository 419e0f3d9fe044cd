package io.github.childcarerules.core.schedule;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * A schedule repeating every 1 to 4 weeks (its periodicity is the number of weeks). Week 1 is the
 * calendar week, Monday to Sunday, holding the start of the agreement or special schedule it
 * belongs to.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Schedule implements WithSchedule {
  /**
   * The weeks, week 1 first.
   *
   * @return one to four weeks in a valid schedule, as entered
   */
  public abstract List<Week> weeks();

  /**
   * A schedule of the given weeks, week 1 first.
   *
   * @param weeks the weeks; their number is the periodicity (1 to 4 in a valid schedule)
   * @return the schedule
   */
  public static Schedule of(Week... weeks) {
    return builder().weeks(List.of(weeks)).build();
  }

  @Value.Check
  void noNullElements() {
    NoNulls.elements("weeks", weeks());
  }

  /**
   * A builder of a schedule.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Schedule}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSchedule.Builder {}
}
