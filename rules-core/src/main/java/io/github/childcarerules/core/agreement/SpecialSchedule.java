package io.github.childcarerules.core.agreement;

import io.github.childcarerules.core.schedule.Schedule;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A special schedule (horaire particulier): from its start to its end (both included) it replaces
 * the agreement's normal schedule. Its own week 1 is the calendar week holding its start. Without a
 * schedule it plans no occupation.
 */
@Value.Immutable
public abstract class SpecialSchedule implements WithSpecialSchedule {
  public abstract Option<String> start();

  public abstract Option<String> end();

  public abstract Option<Schedule> schedule();

  /** True when nothing was entered: no date and no schedule. */
  public boolean isAbsent() {
    return start().forAll(String::isBlank) && end().forAll(String::isBlank) && schedule().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static SpecialSchedule of(LocalDate start, LocalDate end, Schedule schedule) {
    return builder().start(start.toString()).end(end.toString()).schedule(schedule).build();
  }

  public static final class Builder extends ImmutableSpecialSchedule.Builder {}
}
