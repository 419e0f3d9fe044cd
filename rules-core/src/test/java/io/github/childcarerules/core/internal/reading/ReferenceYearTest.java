package io.github.childcarerules.core.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.Month;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Reference years of the RCR: 1 September to 31 August. */
class ReferenceYearTest {
  @Test
  void theThirtyFirstOfAugustClosesTheYearAndTheFirstOfSeptemberOpensTheNext() {
    assertThat(ReferenceYear.containing(LocalDate.of(2024, 8, 31)).startInclusive())
        .isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(ReferenceYear.containing(LocalDate.of(2024, 9, 1)).startInclusive())
        .isEqualTo(LocalDate.of(2024, 9, 1));
  }

  @Test
  void aYearRunsToTheThirtyFirstOfAugustAcrossALeapDay() {
    ReferenceYear year = ReferenceYear.containing(LocalDate.of(2024, 2, 29));
    assertThat(year.endInclusive()).isEqualTo(LocalDate.of(2024, 8, 31));
    assertThat(year.days().toString()).isEqualTo("2023-09-01/2024-08-31");
    assertThat(year).hasToString("2023-09-01/2024-08-31");
  }

  @Test
  void theFirstAndLastYearsAreTheWholeOnesBetween0001And9999() {
    assertThat(ReferenceYear.FIRST).hasToString("0001-09-01/0002-08-31");
    assertThat(ReferenceYear.LAST).hasToString("9998-09-01/9999-08-31");
    assertThat(ReferenceYear.LAST.next().previous()).isEqualTo(ReferenceYear.LAST);
  }

  @Test
  void theNextYearStartsTheDayAfterTheLast() {
    ReferenceYear year = ReferenceYear.containing(LocalDate.of(2024, 1, 15));
    assertThat(year.next().startInclusive()).isEqualTo(year.endInclusive().plusDays(1));
    assertThat(year.next()).isEqualTo(ReferenceYear.containing(LocalDate.of(2024, 9, 1)));
    assertThat(year.next()).isNotEqualTo(year);
    assertThat(year.next().hashCode())
        .isEqualTo(ReferenceYear.containing(LocalDate.of(2025, 8, 31)).hashCode());
  }

  @Test
  void aYearStartsOnTheFirstOfSeptemberOnly() {
    assertThat(new ReferenceYear(LocalDate.of(2024, 9, 1)).endInclusive())
        .isEqualTo(LocalDate.of(2025, 8, 31));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ReferenceYear(LocalDate.of(2024, 9, 2)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ReferenceYear(LocalDate.of(2024, 8, 1)));
  }

  @Test
  void aNullDayIsAMisuse() {
    assertThatNullPointerException()
        .isThrownBy(() -> ReferenceYear.containing(null))
        .withMessage("day");
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(2, 1, 1).toEpochDay(), LocalDate.of(9998, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void everyDayLiesInItsYearWhichStartsOnTheFirstOfSeptember(@ForAll("days") LocalDate day) {
    ReferenceYear year = ReferenceYear.containing(day);
    assertThat(year.days().contains(day)).isTrue();
    assertThat(year.startInclusive().getMonth()).isEqualTo(Month.SEPTEMBER);
    assertThat(year.startInclusive().getDayOfMonth()).isEqualTo(1);
    assertThat(day.isBefore(year.startInclusive().plusYears(1))).isTrue();
  }
}
