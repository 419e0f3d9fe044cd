package io.github.childcarerules.occupation.attestation;

import io.github.childcarerules.core.internal.reading.ReferenceYear;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.occupation.internal.Attestations;
import io.github.childcarerules.occupation.internal.OccupationTexts;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The attestation of services provided (RCR art. 20; RULES.md §8; FORMAT.md "Attestation") of a
 * record as of a day: first and last days of planned occupation, the care days and half care days
 * planned at the reduced contribution since the start of the reference year, split by ECP
 * exemption, and whether an attestation is due.
 *
 * <pre>{@code
 * Attestation attestation = Attestation.of(record, LocalDate.of(2025, 1, 31));
 * if (attestation.attestationDue()) { ... }
 * }</pre>
 *
 * <p>Like counting, it does not judge the record: elements with missing, malformed or inverted
 * dates take part in nothing. {@link #text(Locale)} says it in French or English, as {@code
 * childcare-rules attestation} prints it.
 *
 * <p>A computed result: only {@link #of} makes one, so that its facts always agree with each other;
 * it has no {@code with*} copies and no public builder.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Attestation {
  /**
   * The day the attestation is drawn up.
   *
   * @return the date asked for, between {@link #FIRST_AS_OF} and {@link #LAST_AS_OF}
   */
  public abstract LocalDate asOf();

  /**
   * The reference year (1 September – 31 August) holding {@link #asOf()}.
   *
   * @return the year's days, a closed period
   */
  public abstract DatePeriod referenceYear();

  /**
   * The first day of planned occupation of the record, whenever it falls.
   *
   * @return the first day with an occupied slot, or none when the record plans nothing
   */
  public abstract Option<LocalDate> firstDay();

  /**
   * The last day of planned occupation on or before {@link #asOf()}.
   *
   * @return that day, or none when nothing is planned up to {@link #asOf()}
   */
  public abstract Option<LocalDate> lastDay();

  /**
   * Dates from the start of the reference year to {@link #asOf()}, outside ECP periods, with two or
   * more slots occupied under reduced-contribution agreements (all of them together).
   *
   * @return the number of dates
   */
  public abstract long reducedContributionDays();

  /**
   * Likewise, dates with exactly one slot occupied.
   *
   * @return the number of dates, each a half care day
   */
  public abstract long reducedContributionHalfDays();

  /**
   * Care days of the same kind on dates inside an ECP period.
   *
   * @return the number of dates with two or more slots occupied
   */
  public abstract long ecpExemptDays();

  /**
   * Half care days of the same kind on dates inside an ECP period.
   *
   * @return the number of dates with exactly one slot occupied
   */
  public abstract long ecpExemptHalfDays();

  /**
   * Indexes in the record's list of the agreements whose effective end lies between the start of
   * the reference year and {@link #asOf()}, both included, replacement agreements too; ascending.
   *
   * @return the indexes, from 0; empty when none ended
   */
  public abstract List<Integer> endedAgreements();

  /**
   * Days from {@link #lastDay()} (excluded) to {@link #asOf()} (included); none when there is no
   * last day.
   *
   * @return the number of days, 0 when service was planned on {@link #asOf()}, or none
   */
  @Value.Derived
  public Option<Long> daysWithoutService() {
    return lastDay().map(last -> asOf().toEpochDay() - last.toEpochDay());
  }

  /**
   * An agreement ended, or the child received no service for more than 90 days.
   *
   * @return true when the attestation must be drawn up
   */
  @Value.Derived
  public boolean attestationDue() {
    return !endedAgreements().isEmpty()
        || daysWithoutService().exists(days -> days > Attestations.MAX_DAYS_WITHOUT_SERVICE);
  }

  /**
   * The attestation for a person, in {@code locale}'s language (English when asked, French
   * otherwise): its day and reference year, first and last days, the days and half-days at the
   * reduced contribution and under ECP, the agreements ended, the days without service and whether
   * it is due. Lines are separated by {@link System#lineSeparator()}, without a final one; the text
   * {@code childcare-rules attestation} prints.
   *
   * @param locale the language of the text
   * @return the text
   * @since 0.1.0
   */
  public String text(Locale locale) {
    return OccupationTexts.attestation(this, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The lines of {@link #text(Locale)}.
   *
   * @param locale the language of the text
   * @return the lines, without line ends
   * @since 0.1.0
   */
  public Iterator<String> textLines(Locale locale) {
    return OccupationTexts.attestationLines(this, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The attestation for a person in French, the default language: {@code
   * text(Locale.CANADA_FRENCH)}.
   *
   * @return the text
   * @since 0.1.0
   */
  public String text() {
    return text(Locale.CANADA_FRENCH);
  }

  /** {@return {@link #text()}: the attestation as a person reads it, in French} */
  @Override
  public String toString() {
    return text();
  }

  /** The first {@code asOf} whose reference year lies in the years 0001–9999. */
  public static final LocalDate FIRST_AS_OF = ReferenceYear.FIRST.startInclusive();

  /** The last {@code asOf} whose reference year lies in the years 0001–9999. */
  public static final LocalDate LAST_AS_OF = ReferenceYear.LAST.endInclusive();

  /**
   * The attestation of {@code record} as of {@code asOf}.
   *
   * @param record the record as entered, valid or not
   * @param asOf the day the attestation is drawn up
   * @return the attestation
   * @throws IllegalArgumentException when the reference year holding {@code asOf} leaves the years
   *     0001–9999 (so {@code asOf} before 0001-09-01 or after 9999-08-31, {@code LocalDate.MIN} and
   *     {@code MAX} included): its dates could not be written {@code YYYY-MM-DD}
   */
  public static Attestation of(ParentChildRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    requireSupported(asOf);
    Attestations.Facts facts = Attestations.of(record, asOf);
    return ImmutableAttestation.builder()
        .asOf(asOf)
        .referenceYear(facts.referenceYear())
        .firstDay(facts.firstDay())
        .lastDay(facts.lastDay())
        .reducedContributionDays(facts.reducedDays())
        .reducedContributionHalfDays(facts.reducedHalfDays())
        .ecpExemptDays(facts.ecpDays())
        .ecpExemptHalfDays(facts.ecpHalfDays())
        .endedAgreements(facts.endedAgreements())
        .build();
  }

  /**
   * The attestation of {@code record} as of {@code asOf}, only when the record has no {@code
   * ERROR}: an attestation drawn from overlapping agreements or inverted dates would attest days
   * the record does not really plan.
   *
   * @param record the record as entered
   * @param asOf the day the attestation is drawn up
   * @return {@code Valid(attestation)} when {@code RecordValidator.validate(record)} finds no error
   *     (warnings allowed), else {@code Invalid(report)}, the whole report
   * @throws IllegalArgumentException as {@link #of(ParentChildRecord, LocalDate)}, whatever the
   *     record
   */
  public static Validation<ValidationReport, Attestation> checked(
      ParentChildRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    requireSupported(asOf);
    return RecordValidator.validate(record).toValidation(record).map(valid -> of(valid, asOf));
  }

  private static void requireSupported(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(FIRST_AS_OF) || asOf.isAfter(LAST_AS_OF)) {
      throw new IllegalArgumentException(
          "asOf "
              + asOf
              + ": its reference year leaves the years 0001 to 9999 (asOf from "
              + FIRST_AS_OF
              + " to "
              + LAST_AS_OF
              + ")");
    }
  }
}
