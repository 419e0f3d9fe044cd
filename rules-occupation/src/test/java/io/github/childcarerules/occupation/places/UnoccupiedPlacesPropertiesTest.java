package io.github.childcarerules.occupation.places;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.period.DatePeriod;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The sweep equals a plain day-by-day count (the one place where days are iterated), with
 * replacement and full-contribution agreements in the mix (they occupy no subsidized place).
 */
class UnoccupiedPlacesPropertiesTest {
  private static final LocalDate ORIGIN = LocalDate.of(2023, 1, 1);
  private static final int SPAN = 900;

  @Provide
  Arbitrary<PlaceEntry> entries() {
    return Combinators.combine(
            Arbitraries.integers().between(0, SPAN),
            Arbitraries.integers().between(0, 400).injectNull(0.3),
            Arbitraries.integers().between(0, 3))
        .as(
            (start, length, count) ->
                PlaceEntry.of(
                    DatePeriod.of(
                        ORIGIN.plusDays(start),
                        Option.of(length).map(l -> ORIGIN.plusDays(start + (long) l))),
                    count));
  }

  @Provide
  Arbitrary<Agreement> agreements() {
    return Combinators.combine(
            Arbitraries.integers().between(0, SPAN),
            Arbitraries.integers().between(-5, 300),
            Arbitraries.integers().between(-1, 300),
            Arbitraries.of(false, false, false, true),
            Arbitraries.of(true, true, false))
        .as(
            (start, length, terminated, replacement, reduced) -> {
              Agreement.Builder agreement =
                  Agreement.builder()
                      .start(ORIGIN.plusDays(start))
                      .end(ORIGIN.plusDays(start + (long) length))
                      .replacement(replacement)
                      .reducedContribution(reduced);
              if (terminated >= 0) {
                agreement.terminatedOn(ORIGIN.plusDays(start + (long) terminated));
              }
              return agreement.build();
            });
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(-30, SPAN + 30).map(ORIGIN::plusDays);
  }

  @Property(tries = 300)
  void theSweepEqualsADayByDayReference(
      @ForAll @Size(max = 5) java.util.List<@From("entries") PlaceEntry> entries,
      @ForAll @Size(max = 8) java.util.List<@From("agreements") Agreement> agreements,
      @ForAll("days") LocalDate a,
      @ForAll("days") LocalDate b) {
    LocalDate from = a.isAfter(b) ? b : a;
    LocalDate to = a.isAfter(b) ? a : b;
    List<PlaceEntry> places = List.ofAll(entries);
    List<Agreement> all = List.ofAll(agreements);

    assertThat(UnoccupiedPlaces.runsOfAgreements(places, all, DatePeriod.ofClosed(from, to)))
        .containsExactlyElementsOf(DayByDayUnoccupied.runs(places, all, from, to));
  }
}
