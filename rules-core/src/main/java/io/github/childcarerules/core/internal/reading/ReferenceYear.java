package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.period.IsoDate;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A reference year of the RCR: 1 September to 31 August (RULES.md §7, the 261 care days; §8, the
 * attestation and the {@code REFERENCE_YEAR} grouping). The one place that knows where a reference
 * year starts.
 *
 * @param startInclusive its first day, a 1 September
 * @since 0.1.0
 */
public record ReferenceYear(LocalDate startInclusive) {
  /** The month in which every reference year starts, on its first day. */
  public static final Month FIRST_MONTH = Month.SEPTEMBER;

  /** The first reference year whose days all lie in the years the library answers about. */
  public static final ReferenceYear FIRST = containing(IsoDate.MIN).next();

  /** The last reference year whose days all lie in the years the library answers about. */
  public static final ReferenceYear LAST = containing(IsoDate.MAX).previous();

  /**
   * The reference year starting on {@code startInclusive}.
   *
   * @param startInclusive its first day, a 1 September
   * @throws IllegalArgumentException when {@code startInclusive} is not a 1 September
   */
  public ReferenceYear {
    Objects.requireNonNull(startInclusive, "startInclusive");
    if (startInclusive.getMonth() != FIRST_MONTH || startInclusive.getDayOfMonth() != 1) {
      throw new IllegalArgumentException(
          "a reference year starts on 1 September: " + startInclusive);
    }
  }

  /**
   * The reference year holding {@code day}: from 1 September on or before it.
   *
   * @param day any date
   * @return the reference year whose days include {@code day}
   */
  public static ReferenceYear containing(LocalDate day) {
    Objects.requireNonNull(day, "day");
    LocalDate september = LocalDate.of(day.getYear(), FIRST_MONTH, 1);
    return new ReferenceYear(day.isBefore(september) ? september.minusYears(1) : september);
  }

  /**
   * Its last day, the 31 August that follows.
   *
   * @return the last day, included
   */
  public LocalDate endInclusive() {
    return startInclusive.plusYears(1).minusDays(1);
  }

  /**
   * Its days, both ends included.
   *
   * @return the closed period from {@link #startInclusive()} to {@link #endInclusive()}
   */
  public DatePeriod days() {
    return DatePeriod.ofClosed(startInclusive, endInclusive());
  }

  /**
   * The reference year after this one.
   *
   * @return the year starting the day after {@link #endInclusive()}
   */
  public ReferenceYear next() {
    return new ReferenceYear(startInclusive.plusYears(1));
  }

  /**
   * The reference year before this one.
   *
   * @return the year ending the day before {@link #startInclusive()}
   */
  public ReferenceYear previous() {
    return new ReferenceYear(startInclusive.minusYears(1));
  }

  /** Its days as ISO-8601, e.g. {@code 2024-09-01/2025-08-31}. */
  @Override
  public String toString() {
    return days().toString();
  }
}
