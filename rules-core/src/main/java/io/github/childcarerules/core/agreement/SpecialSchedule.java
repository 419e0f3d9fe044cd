package io.github.childcarerules.core.agreement;

import io.github.childcarerules.core.internal.reading.Entered;
import io.github.childcarerules.core.schedule.Schedule;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A special schedule (horaire particulier): from its start to its end (both included) it replaces
 * the agreement's normal schedule. Its own week 1 is the calendar week holding its start. Without a
 * schedule it plans no occupation.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SpecialSchedule implements WithSpecialSchedule {
  /** {@return the first day the special schedule applies, {@code YYYY-MM-DD} as entered} */
  public abstract Option<String> start();

  /**
   * {@return the date of {@link #start()}: empty when absent or not a date {@code YYYY-MM-DD}
   * (validation reports the latter as {@code DATE_FORMAT})}
   */
  public Option<LocalDate> startAsDate() {
    return Entered.date(start());
  }

  /**
   * {@return the last day the special schedule applies (included), {@code YYYY-MM-DD} as entered}
   */
  public abstract Option<String> end();

  /**
   * {@return the date of {@link #end()}: empty when absent or not a date {@code YYYY-MM-DD}
   * (validation reports the latter as {@code DATE_FORMAT})}
   */
  public Option<LocalDate> endAsDate() {
    return Entered.date(end());
  }

  /** {@return the schedule followed from start to end; absent, no occupation is planned then} */
  public abstract Option<Schedule> schedule();

  /** {@return true when nothing was entered: no date and no schedule} */
  public boolean isAbsent() {
    return !Entered.given(start()) && !Entered.given(end()) && schedule().isEmpty();
  }

  /**
   * {@return a copy with {@link #start()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract SpecialSchedule withStart(@Nullable String value);

  /**
   * {@return a copy with {@link #end()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract SpecialSchedule withEnd(@Nullable String value);

  /**
   * {@return a copy with {@link #schedule()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract SpecialSchedule withSchedule(@Nullable Schedule value);

  /**
   * {@return a copy with {@link #start()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final SpecialSchedule withStart(@Nullable LocalDate date) {
    return withStart(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #end()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final SpecialSchedule withEnd(@Nullable LocalDate date) {
    return withEnd(Option.of(date).map(LocalDate::toString));
  }

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A special schedule following {@code schedule} from {@code start} to {@code end}, both included.
   *
   * @param start the first day
   * @param end the last day
   * @param schedule the schedule followed on those days
   * @return the special schedule, dates as {@code YYYY-MM-DD}
   */
  public static SpecialSchedule of(LocalDate start, LocalDate end, Schedule schedule) {
    return builder().start(start.toString()).end(end.toString()).schedule(schedule).build();
  }

  /**
   * The builder of {@link SpecialSchedule}: a plain value or {@code null} (absent) for each field,
   * or a Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSpecialSchedule.Builder {
    /**
     * Sets {@link SpecialSchedule#start()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder start(@Nullable LocalDate date) {
      return start(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link SpecialSchedule#end()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder end(@Nullable LocalDate date) {
      return end(Option.of(date).map(LocalDate::toString));
    }
  }
}
