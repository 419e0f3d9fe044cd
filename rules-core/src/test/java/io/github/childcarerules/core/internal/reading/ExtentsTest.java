package io.github.childcarerules.core.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The days an element covers, read once for the rules and the counts. */
class ExtentsTest {
  private static Option<String> text(String value) {
    return Option.of(value);
  }

  private static SpecialPeriod period(@Nullable String start, @Nullable String end) {
    SpecialPeriod.Builder period = SpecialPeriod.builder();
    if (start != null) {
      period.start(start);
    }
    if (end != null) {
      period.end(end);
    }
    return period.build();
  }

  @Test
  void anEndEqualToTheStartIsOneDayAndAnEndTheDayBeforeIsNothing() {
    assertThat(Extents.closed(text("2024-01-05"), text("2024-01-05")))
        .contains(DatePeriod.parse("2024-01-05/2024-01-05").get());
    assertThat(Extents.closed(text("2024-01-05"), text("2024-01-04"))).isEmpty();
  }

  @Test
  void aClosedExtentNeedsBothDatesWellFormed() {
    assertThat(Extents.closed(Option.none(), text("2024-01-05"))).isEmpty();
    assertThat(Extents.closed(text("2024-01-05"), text(" "))).isEmpty();
    assertThat(Extents.closed(text("2024-01-05"), text("2024-02-30"))).isEmpty();
  }

  @Test
  void aPeriodWithoutEndIsOpenOnlyWhereItMayBe() {
    SpecialPeriod open = period("2024-01-05", null);
    assertThat(Extents.of(open, true)).contains(DatePeriod.parse("2024-01-05/..").get());
    assertThat(Extents.of(open, false)).isEmpty();
    assertThat(Extents.of(period("2024-01-05", ""), true))
        .contains(DatePeriod.parse("2024-01-05/..").get());
  }

  @Test
  void aPeriodWithAMalformedOrInvertedEndOrNoStartHasNoExtent() {
    assertThat(Extents.of(period("2024-01-05", "2024-13-01"), true)).isEmpty();
    assertThat(Extents.of(period("2024-01-05", "2024-01-04"), true)).isEmpty();
    assertThat(Extents.of(period(null, "2024-01-04"), true)).isEmpty();
    assertThat(Extents.of(period("2024-01-05", "2024-01-05"), false))
        .contains(DatePeriod.parse("2024-01-05/2024-01-05").get());
  }

  @Test
  void anEndBeforeTheStartNeedsBothDates() {
    var start = Option.of(java.time.LocalDate.of(2024, 1, 5));
    assertThat(Entered.endBeforeStart(start, Option.of(java.time.LocalDate.of(2024, 1, 4))))
        .isTrue();
    assertThat(Entered.endBeforeStart(start, start)).isFalse();
    assertThat(Entered.endBeforeStart(start, Option.none())).isFalse();
    assertThat(Entered.endBeforeStart(Option.none(), start)).isFalse();
  }

  @Test
  void aBlankDateIsAbsentAndAMalformedOneIsGivenButUnreadable() {
    assertThat(Entered.date(text("  "))).isEmpty();
    assertThat(Entered.given(text("  "))).isFalse();
    assertThat(Entered.date(text("2024-1-05"))).isEmpty();
    assertThat(Entered.given(text("2024-1-05"))).isTrue();
    assertThat(Entered.text(text("x"))).contains("x");
  }
}
