package io.github.childcarerules.core.schedule;

import io.github.childcarerules.core.internal.EnumNames;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Objects;

/**
 * The keys of a schedule week, Monday to Sunday, as FORMAT.md writes them (RULES.md §7).
 *
 * @since 0.1.0
 */
public enum Day {
  /** Monday, the first day of a schedule week. */
  MON(DayOfWeek.MONDAY),
  /** Tuesday. */
  TUE(DayOfWeek.TUESDAY),
  /** Wednesday. */
  WED(DayOfWeek.WEDNESDAY),
  /** Thursday. */
  THU(DayOfWeek.THURSDAY),
  /** Friday. */
  FRI(DayOfWeek.FRIDAY),
  /** Saturday. */
  SAT(DayOfWeek.SATURDAY),
  /** Sunday, the last day of a schedule week. */
  SUN(DayOfWeek.SUNDAY);

  private final DayOfWeek dayOfWeek;

  Day(DayOfWeek dayOfWeek) {
    this.dayOfWeek = dayOfWeek;
  }

  /**
   * The same day in {@code java.time}'s terms.
   *
   * @return the day of the week this key names
   */
  public DayOfWeek dayOfWeek() {
    return dayOfWeek;
  }

  /**
   * The key of a {@code java.time} day: {@code Day.of(date.getDayOfWeek())}.
   *
   * @param dayOfWeek the day of the week
   * @return the key naming it ({@code MONDAY} gives {@link #MON})
   */
  public static Day of(DayOfWeek dayOfWeek) {
    Objects.requireNonNull(dayOfWeek, "dayOfWeek");
    // The constants are declared Monday first, as java.time numbers them from 1.
    return values()[dayOfWeek.getValue() - 1];
  }

  private static final Map<String, Option<Day>> BY_NAME = EnumNames.byName(values());

  /**
   * The day named exactly {@code text}, if any.
   *
   * @param text the key as entered ({@code "MON"} to {@code "SUN"}, case included)
   * @return the day, or none for any other text
   */
  public static Option<Day> parse(String text) {
    return BY_NAME.getOrDefault(text, Option.none());
  }
}
