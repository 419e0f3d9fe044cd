package io.github.childcarerules.core.schedule;

import io.vavr.control.Option;
import java.time.DayOfWeek;

/** The keys of a schedule week, Monday to Sunday. */
public enum Day {
  MON(DayOfWeek.MONDAY),
  TUE(DayOfWeek.TUESDAY),
  WED(DayOfWeek.WEDNESDAY),
  THU(DayOfWeek.THURSDAY),
  FRI(DayOfWeek.FRIDAY),
  SAT(DayOfWeek.SATURDAY),
  SUN(DayOfWeek.SUNDAY);

  private final DayOfWeek dayOfWeek;

  Day(DayOfWeek dayOfWeek) {
    this.dayOfWeek = dayOfWeek;
  }

  public DayOfWeek dayOfWeek() {
    return dayOfWeek;
  }

  /** The day named exactly {@code text}, if any. */
  public static Option<Day> parse(String text) {
    for (Day day : values()) {
      if (day.name().equals(text)) {
        return Option.some(day);
      }
    }
    return Option.none();
  }
}
