package io.github.childcarerules.core.record;

import io.github.childcarerules.core.period.IsoDate;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The nominal age brackets of a child (RULES.md §5, RCR art. 1 and 14): {@code MONTHS_0_17} from
 * birth, {@code MONTHS_18_59} from 18 months of age, {@code SCHOOL_AGE} from 1 September of the
 * year in which the child is 5 years old on 30 September (the <em>nominal school-age date</em>).
 *
 * <p>This is a helper, not a rule: the occupation rules allow exceptions, so a record may declare
 * other effective dates. Client applications use it to propose the dates to enter.
 *
 * <pre>{@code
 * NominalAgeBrackets nominal = NominalAgeBrackets.of(LocalDate.parse("2019-09-30"));
 * nominal.startOf(AgeBracket.SCHOOL_AGE);        // 2024-09-01
 * nominal.on(LocalDate.parse("2024-08-31"));     // Some(MONTHS_18_59)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NominalAgeBrackets {
  /** The bracket {@code MONTHS_18_59} starts on the day the child is this many months old. */
  public static final int MONTHS_18_59_FROM_MONTHS = 18;

  /** The age, in years, on 30 September of the year whose 1 September starts school age. */
  public static final int SCHOOL_AGE_YEARS = 5;

  private static final MonthDay SEPTEMBER_30 = MonthDay.of(Month.SEPTEMBER, 30);

  /**
   * The last birth date whose three nominal dates can be written {@code YYYY-MM-DD}: a child born
   * later reaches school age after 9999-12-31 ({@link IsoDate#MAX}).
   */
  public static final LocalDate LAST_BIRTH_DATE = LocalDate.of(9994, Month.SEPTEMBER, 30);

  private final LocalDate birthDate;
  private final LocalDate months18To59;
  private final LocalDate schoolAge;

  private NominalAgeBrackets(LocalDate birthDate) {
    this.birthDate = birthDate;
    // a child born on 31 August is 18 months old on the last day of February (plusMonths)
    this.months18To59 = birthDate.plusMonths(MONTHS_18_59_FROM_MONTHS);
    // 5 on 30 September of the year of its fifth birthday if born on or before 30 September
    int fifthBirthdayYear = birthDate.getYear() + SCHOOL_AGE_YEARS;
    boolean bornAfterSeptember30 = MonthDay.from(birthDate).isAfter(SEPTEMBER_30);
    this.schoolAge =
        LocalDate.of(fifthBirthdayYear + (bornAfterSeptember30 ? 1 : 0), Month.SEPTEMBER, 1);
  }

  /**
   * The nominal brackets of a child born on {@code birthDate}.
   *
   * @param birthDate the child's birth date
   * @return the three nominal start dates of that child
   * @throws IllegalArgumentException when {@code birthDate} is before 0001-01-01 or after {@link
   *     #LAST_BIRTH_DATE} (9994-09-30): a nominal date would leave the years 0001 to 9999 that a
   *     date {@code YYYY-MM-DD} can name ({@link IsoDate#isWritable})
   */
  public static NominalAgeBrackets of(LocalDate birthDate) {
    Objects.requireNonNull(birthDate, "birthDate");
    if (!IsoDate.isWritable(birthDate) || birthDate.isAfter(LAST_BIRTH_DATE)) {
      throw new IllegalArgumentException(
          "birthDate "
              + birthDate
              + " has nominal age brackets outside the years 0001 to 9999: expected a birth date"
              + " from "
              + IsoDate.MIN
              + " to "
              + LAST_BIRTH_DATE);
    }
    return new NominalAgeBrackets(birthDate);
  }

  /**
   * The birth date these brackets are computed from.
   *
   * @return the birth date, also the start of {@code MONTHS_0_17}
   */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * The first day of the nominal {@code bracket}: the birth date for {@code MONTHS_0_17}, the day
   * the child is 18 months old for {@code MONTHS_18_59}, the nominal school-age date for {@code
   * SCHOOL_AGE}.
   *
   * @param bracket the bracket
   * @return its first day; every bracket has one
   */
  public LocalDate startOf(AgeBracket bracket) {
    switch (Objects.requireNonNull(bracket, "bracket")) {
      case MONTHS_0_17:
        return birthDate;
      case MONTHS_18_59:
        return months18To59;
      default:
        return schoolAge;
    }
  }

  /**
   * The nominal school-age date: {@code startOf(SCHOOL_AGE)}.
   *
   * @return a 1 September, the first day of school age
   */
  public LocalDate schoolAge() {
    return schoolAge;
  }

  /**
   * The first day of each nominal bracket, youngest first, every bracket present.
   *
   * @return the three brackets, each with its first day
   */
  public Map<AgeBracket, LocalDate> starts() {
    return LinkedHashMap.of(
        AgeBracket.MONTHS_0_17, birthDate,
        AgeBracket.MONTHS_18_59, months18To59,
        AgeBracket.SCHOOL_AGE, schoolAge);
  }

  /**
   * The nominal bracket on {@code day}: the oldest one that has started on or before it; none
   * before the birth date.
   *
   * @param day any day
   * @return the bracket in force that day, or none before the birth date
   */
  public Option<AgeBracket> on(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (day.isBefore(birthDate)) {
      return Option.none();
    }
    if (!day.isBefore(schoolAge)) {
      return Option.some(AgeBracket.SCHOOL_AGE);
    }
    return Option.some(
        day.isBefore(months18To59) ? AgeBracket.MONTHS_0_17 : AgeBracket.MONTHS_18_59);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NominalAgeBrackets nominal && nominal.birthDate.equals(birthDate);
  }

  @Override
  public int hashCode() {
    return birthDate.hashCode();
  }

  /** The three start dates, e.g. {@code MONTHS_0_17 2019-09-30, MONTHS_18_59 2021-03-30, …}. */
  @Override
  public String toString() {
    return starts().map(start -> start._1 + " " + start._2).mkString(", ");
  }
}
