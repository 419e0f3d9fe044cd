package io.github.childcarerules.core.period;

import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Strict calendar dates written {@code YYYY-MM-DD}, the one form the form's date fields take
 * (RULES.md, conventions: {@code DATE_FORMAT}).
 *
 * @since 0.1.0
 */
public final class IsoDate {
  private IsoDate() {}

  /**
   * The date {@code text} names, when it is exactly four digits, a dash, two digits, a dash and two
   * digits (ASCII, nothing around them) forming a real calendar date from year 1 on: {@code
   * 2024-02-29} yes, {@code 2013-02-29}, {@code 2024-1-05} and {@code " 2024-01-05"} no.
   *
   * @param text the entered text
   * @return the date, or none when {@code text} is not such a date
   */
  public static Option<LocalDate> parse(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return Option.none();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 1 || month < 0 || day < 0) {
      return Option.none();
    }
    try {
      return Option.some(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Option.none();
    }
  }

  /** The first date {@code YYYY-MM-DD} can name: 0001-01-01. */
  public static final LocalDate MIN = LocalDate.of(1, 1, 1);

  /** The last date {@code YYYY-MM-DD} can name: 9999-12-31. */
  public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

  /**
   * Whether {@code date} can be written {@code YYYY-MM-DD}: it lies between {@link #MIN} and {@link
   * #MAX}, the years 0001 to 9999. No document or report of the library holds another date: a
   * computation whose date would leave these years refuses its input instead.
   *
   * @param date any date
   * @return true when {@code date} is from 0001-01-01 to 9999-12-31
   */
  public static boolean isWritable(LocalDate date) {
    return !date.isBefore(MIN) && !date.isAfter(MAX);
  }

  /**
   * {@code date}, when it lies between {@link #MIN} and {@link #MAX}: the library answers about the
   * years a date {@code YYYY-MM-DD} can name, and refuses others as a misuse of the API.
   *
   * @param date the date to check
   * @param name the argument's name, for the exception's message
   * @return {@code date} itself
   * @throws IllegalArgumentException when {@code date} is before 0001-01-01 or after 9999-12-31
   */
  public static LocalDate requireSupported(LocalDate date, String name) {
    if (!isWritable(date)) {
      throw new IllegalArgumentException(
          name + " " + date + " lies outside the years 0001 to 9999 the library answers about");
    }
    return date;
  }

  /**
   * Whether {@code text} is a date {@link #parse(String)} accepts.
   *
   * @param text the entered text
   * @return true when {@code text} names a real calendar date written {@code YYYY-MM-DD}
   */
  public static boolean isValid(String text) {
    return parse(text).isDefined();
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
