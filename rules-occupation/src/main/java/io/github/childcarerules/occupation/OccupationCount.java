package io.github.childcarerules.occupation;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.occupation.internal.OccupationTexts;
import io.vavr.collection.Iterator;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The planned occupation of a record over a closed range of days, in exact half-days (RULES.md §8;
 * FORMAT.md "Occupation report"). Every half-day is in {@link #halfDays()}, and in exactly one of
 * {@link #reducedContribution()} and {@link #fullContribution()}; it is in the count of the age
 * bracket in force on its day when there is one, in {@link #ecpExempt()} when its day is inside an
 * ECP period and under a reduced-contribution agreement, in {@link #disability()} when inside a
 * disability period. Days are half-days / 2.
 *
 * <p>With a grouping, {@link #byPeriod()} holds one count per period, each with the same complete
 * split, so that a client can bill month by month by bracket and contribution; the periods' counts
 * add up to the whole range's.
 *
 * <p>{@link #text(Locale)} says the count in French or English, as {@code childcare-rules
 * occupation} prints it.
 *
 * <p>A computed result: only {@link Occupation#count} makes one, so that its parts always add up;
 * it has no {@code with*} copies and no public builder.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OccupationCount {
  /**
   * The days counted, both ends included.
   *
   * @return the range asked for, or one grouping period of it
   */
  @Value.Parameter
  public abstract DatePeriod range();

  /**
   * Every planned half-day of the range.
   *
   * @return the half-days; days are half of it
   */
  @Value.Parameter
  public abstract long halfDays();

  @Value.Parameter
  abstract long months0To17();

  @Value.Parameter
  abstract long months18To59();

  @Value.Parameter
  abstract long schoolAge();

  /**
   * Half-days under reduced-contribution agreements.
   *
   * @return the half-days
   */
  @Value.Parameter
  public abstract long reducedContribution();

  /**
   * Half-days under the other agreements.
   *
   * @return the half-days; with {@link #reducedContribution()}, they make {@link #halfDays()}
   */
  @Value.Parameter
  public abstract long fullContribution();

  /**
   * Half-days of reduced-contribution agreements on days inside an ECP period (the parent is
   * exempted from paying the reduced contribution; a full-contribution half-day is never exempt);
   * they are also in {@link #reducedContribution()}.
   *
   * @return the half-days
   */
  @Value.Parameter
  public abstract long ecpExempt();

  /**
   * Half-days on days inside a disability period.
   *
   * @return the half-days, whatever the contribution
   */
  @Value.Parameter
  public abstract long disability();

  /**
   * One count per period of the grouping asked for (cut at the range's ends), in date order, zero
   * counts included, each with the complete split and its period as {@link #range()}; empty when no
   * grouping was asked for, and in the counts of the periods themselves.
   *
   * @return the counts of the periods, adding up to this count
   */
  @Value.Parameter
  public abstract List<OccupationCount> byPeriod();

  /**
   * The half-days on days when {@code bracket} is in force.
   *
   * @param bracket any bracket
   * @return its half-days
   */
  public long halfDaysIn(AgeBracket bracket) {
    switch (Objects.requireNonNull(bracket, "bracket")) {
      case MONTHS_0_17:
        return months0To17();
      case MONTHS_18_59:
        return months18To59();
      default:
        return schoolAge();
    }
  }

  /**
   * The half-days of each bracket, every bracket present, youngest first. Half-days of days with no
   * bracket in force are in {@link #halfDays()} only.
   *
   * @return bracket to half-days
   */
  @Value.Lazy
  public Map<AgeBracket, Long> byAgeBracket() {
    return LinkedHashMap.of(
        AgeBracket.MONTHS_0_17, months0To17(),
        AgeBracket.MONTHS_18_59, months18To59(),
        AgeBracket.SCHOOL_AGE, schoolAge());
  }

  /**
   * Half-days with no age bracket in force.
   *
   * @return {@link #halfDays()} less the half-days of every bracket
   */
  public long withoutAgeBracket() {
    return halfDays() - months0To17() - months18To59() - schoolAge();
  }

  /**
   * The count for a person, in {@code locale}'s language (English when asked, French otherwise):
   * the range and its half-days (and days), then each age bracket, contribution, ECP exemption and
   * disability, then, when grouped, a table of the periods. Lines are separated by {@link
   * System#lineSeparator()}, without a final one; the text {@code childcare-rules occupation}
   * prints.
   *
   * @param locale the language of the text
   * @return the text
   * @since 0.1.0
   */
  public String text(Locale locale) {
    return OccupationTexts.count(this, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The lines of {@link #text(Locale)}, each made when it is read: a count grouped by month over a
   * long range is printed line by line, never held as one text.
   *
   * @param locale the language of the text
   * @return the lines, without line ends
   * @since 0.1.0
   */
  public Iterator<String> textLines(Locale locale) {
    return OccupationTexts.countLines(this, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The count for a person in French, the default language: {@code text(Locale.CANADA_FRENCH)}.
   *
   * @return the text
   * @since 0.1.0
   */
  public String text() {
    return text(Locale.CANADA_FRENCH);
  }

  /** {@return {@link #text()}: the count as a person reads it, in French} */
  @Override
  public String toString() {
    return text();
  }

  @Value.Check
  void check() {
    if (range().isOpen()) {
      throw new IllegalArgumentException("a count covers a closed range: " + range());
    }
  }

  /** The count of {@code range} from its totals (see {@link Occupation}). */
  static OccupationCount of(
      DatePeriod range, Occupation.Totals totals, List<OccupationCount> byPeriod) {
    return ImmutableOccupationCount.of(
        range,
        totals.halfDays(),
        totals.months0To17(),
        totals.months18To59(),
        totals.schoolAge(),
        totals.reducedContribution(),
        totals.fullContribution(),
        totals.ecpExempt(),
        totals.disability(),
        byPeriod);
  }
}
