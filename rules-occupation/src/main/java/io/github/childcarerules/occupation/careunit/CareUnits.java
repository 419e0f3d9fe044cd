package io.github.childcarerules.occupation.careunit;

import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import io.github.childcarerules.occupation.careunit.StayProblem.Reason;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The care unit of one day from its stays (RULES.md §8, "Care unit"; RCR art. 1 and 6, CSG "Horaire
 * normal").
 *
 * <ul>
 *   <li>Under 5 on 30 September of the reference year (1 September – 31 August) holding the day:
 *       stays that touch merge into one continuous stay; the longest decides: more than 240 minutes
 *       a day, 150 to 240 minutes (both included) a half-day, shorter no unit.
 *   <li>5 or older on that 30 September: stays totalling at least 150 minutes make a day.
 *   <li>More than 600 minutes in all is reported (RCR art. 6).
 * </ul>
 *
 * @since 0.1.0
 */
public final class CareUnits {
  /** 2 h 30: the shortest half-day (under 5) or day (5 or older). */
  public static final long TWO_HOURS_THIRTY = 150;

  /** 4 h: a continuous stay longer than this is a day for a child under 5. */
  public static final long FOUR_HOURS = 240;

  /** 10 h: more care than this in a day is reported (RCR art. 6). */
  public static final long TEN_HOURS = 600;

  /** The age on 30 September from which the rule of stays totalling 2 h 30 applies. */
  public static final int FIVE_YEARS = 5;

  private CareUnits() {}

  /**
   * The unit the {@code stays} of {@code day} make for a child born on {@code birthDate}, or every
   * reason they cannot be assessed: a stay whose departure is before its arrival, stays that
   * overlap (a zero-length stay strictly inside another one included; stays that touch do not
   * overlap), a birth date after the day. No stay at all is no unit.
   *
   * @param birthDate the child's date of birth
   * @param day the day of the stays
   * @param stays the stays of that day, in any order
   * @return the assessment, or every problem found (stays by their index in {@code stays})
   * @throws IllegalArgumentException when {@code birthDate} or {@code day} lies outside the years
   *     0001–9999 ({@code LocalDate.MIN} and {@code MAX} included)
   */
  public static Validation<Seq<StayProblem>, CareUnitAssessment> assess(
      LocalDate birthDate, LocalDate day, Seq<Stay> stays) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(stays, "stays");
    stays.forEach(stay -> Objects.requireNonNull(stay, "stay"));
    IsoDate.requireSupported(birthDate, "birthDate");
    IsoDate.requireSupported(day, "day");

    List<StayProblem> problems = List.empty();
    if (birthDate.isAfter(day)) {
      problems =
          problems.append(
              StayProblem.of(
                  Reason.BIRTH_AFTER_DAY,
                  List.empty(),
                  List.of(birthDate.toString(), day.toString())));
    }
    List<Tuple2<Stay, Integer>> indexed = List.ofAll(stays).zipWithIndex();
    for (Tuple2<Stay, Integer> stay : indexed.filter(s -> s._1.minutes() < 0)) {
      problems =
          problems.append(
              StayProblem.of(
                  Reason.DEPARTURE_BEFORE_ARRIVAL, List.of(stay._2), List.of(stay._1.toString())));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }

    List<Tuple2<Stay, Integer>> sorted =
        indexed.sorted(
            Comparator.comparing((Tuple2<Stay, Integer> s) -> s._1.arrival())
                .thenComparing(s -> s._1.departure()));
    problems = overlaps(sorted);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }

    AgeRule rule = ageRule(birthDate, day);
    long total = sorted.map(s -> s._1.minutes()).sum().longValue();
    CareUnit unit =
        rule == AgeRule.FIVE_OR_OLDER_ON_SEPTEMBER_30
            ? (total >= TWO_HOURS_THIRTY ? CareUnit.DAY : CareUnit.NONE)
            : underFive(longestContinuous(sorted.map(Tuple2::_1)));
    return Validation.valid(CareUnitAssessment.of(unit, rule, total));
  }

  /**
   * The rule for a child born on {@code birthDate}, from its age on 30 September of the reference
   * year holding {@code day}: five years old that very day is five or older. That is the nominal
   * school age of RULES.md §5 ({@link NominalAgeBrackets}): from 1 September of the year the child
   * is 5 on 30 September, every day's reference year starts on or after that 1 September.
   *
   * @param birthDate the child's date of birth
   * @param day the day of care
   * @return the rule that counts that day's stays
   * @throws IllegalArgumentException when {@code birthDate} or {@code day} lies outside the years
   *     0001–9999
   */
  public static AgeRule ageRule(LocalDate birthDate, LocalDate day) {
    IsoDate.requireSupported(birthDate, "birthDate");
    IsoDate.requireSupported(day, "day");
    if (birthDate.isAfter(NominalAgeBrackets.LAST_BIRTH_DATE)) {
      return AgeRule.UNDER_FIVE_ON_SEPTEMBER_30; // school age after 9999-12-31, after any day
    }
    return NominalAgeBrackets.of(birthDate).on(day).contains(AgeBracket.SCHOOL_AGE)
        ? AgeRule.FIVE_OR_OLDER_ON_SEPTEMBER_30
        : AgeRule.UNDER_FIVE_ON_SEPTEMBER_30;
  }

  private static CareUnit underFive(long longest) {
    if (longest > FOUR_HOURS) {
      return CareUnit.DAY;
    }
    return longest >= TWO_HOURS_THIRTY ? CareUnit.HALF_DAY : CareUnit.NONE;
  }

  /**
   * Each stay that starts before the latest departure of the stays sorted before it overlaps the
   * stay holding that departure.
   */
  private static List<StayProblem> overlaps(List<Tuple2<Stay, Integer>> sorted) {
    List<StayProblem> problems = List.empty();
    @Nullable Tuple2<Stay, Integer> latest = null;
    for (Tuple2<Stay, Integer> stay : sorted) {
      if (latest != null && stay._1.arrival().isBefore(latest._1.departure())) {
        Tuple2<Stay, Integer> first = latest._2 < stay._2 ? latest : stay;
        Tuple2<Stay, Integer> second = first == latest ? stay : latest;
        problems =
            problems.append(
                StayProblem.of(
                    Reason.OVERLAPPING_STAYS,
                    List.of(first._2, second._2),
                    List.of(first._1.toString(), second._1.toString())));
      }
      if (latest == null || stay._1.departure().isAfter(latest._1.departure())) {
        latest = stay;
      }
    }
    return problems;
  }

  /** Sorted stays that do not overlap: touching ones merge; the longest run in minutes. */
  private static long longestContinuous(List<Stay> sorted) {
    long longest = 0;
    long current = 0;
    @Nullable Stay previous = null;
    for (Stay stay : sorted) {
      current =
          previous != null && previous.departure().equals(stay.arrival())
              ? current + stay.minutes()
              : stay.minutes();
      longest = Math.max(longest, current);
      previous = stay;
    }
    return longest;
  }
}
