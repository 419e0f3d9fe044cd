package io.github.childcarerules.occupation.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** RULES.md §8 and POL "Places inoccupées": runs of more than 90 days. */
class UnoccupiedPlacesTest {
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  /** A reduced-contribution agreement: it occupies a subsidized place. */
  static Agreement agreement(String start, String end) {
    return Agreement.builder().start(start).end(end).reducedContribution(true).build();
  }

  static PlaceEntry places(String from, String to, int count) {
    return PlaceEntry.of(DatePeriod.ofClosed(day(from), day(to)), count);
  }

  private static List<org.assertj.core.groups.Tuple> runs(
      List<PlaceEntry> places, List<Agreement> agreements, LocalDate from, LocalDate to) {
    return UnoccupiedPlaces.runsOfAgreements(places, agreements, DatePeriod.ofClosed(from, to))
        .map(
            run ->
                tuple(
                    run.places(),
                    run.from().toString(),
                    run.to().toString(),
                    run.days(),
                    run.reachesStart(),
                    run.reachesEnd()));
  }

  @Test
  void ninetyOneDaysIsARunAndNinetyIsNot() {
    // One place; an agreement from 2024-04-01: 1 Jan to 31 Mar is 91 days (2024 is a leap year).
    assertThat(
            runs(
                List.of(PlaceEntry.from(JAN_1, 1)),
                List.of(agreement("2024-04-01", "2024-12-31")),
                JAN_1,
                DEC_31))
        .containsExactly(tuple(1, "2024-01-01", "2024-03-31", 91L, true, false));
    // From 2024-03-31: 90 days, no run.
    assertThat(
            runs(
                List.of(PlaceEntry.from(JAN_1, 1)),
                List.of(agreement("2024-03-31", "2024-12-31")),
                JAN_1,
                DEC_31))
        .isEmpty();
  }

  @Test
  void theWindowClipsTheRuns() {
    // Nothing occupies the place at all: the run is the window.
    assertThat(runs(List.of(PlaceEntry.from(day("2020-01-01"), 1)), List.empty(), JAN_1, DEC_31))
        .containsExactly(tuple(1, "2024-01-01", "2024-12-31", 366L, true, true));
    // A window of 90 days holds no run, whatever came before.
    assertThat(
            runs(
                List.of(PlaceEntry.from(day("2020-01-01"), 1)),
                List.empty(),
                JAN_1,
                JAN_1.plusDays(89)))
        .isEmpty();
    assertThat(
            runs(
                List.of(PlaceEntry.from(day("2020-01-01"), 1)),
                List.empty(),
                JAN_1,
                JAN_1.plusDays(90)))
        .containsExactly(tuple(1, "2024-01-01", "2024-03-31", 91L, true, true));
  }

  @Test
  void aRunInsideTheWindowTouchesNeitherEnd() {
    assertThat(
            runs(
                List.of(PlaceEntry.from(JAN_1, 1)),
                List.of(
                    agreement("2024-01-01", "2024-03-31"), agreement("2024-08-01", "2024-12-31")),
                JAN_1,
                DEC_31))
        .containsExactly(tuple(1, "2024-04-01", "2024-07-31", 122L, false, false));
  }

  @Test
  void kRunsForEveryNumberOfPlaces() {
    // 3 places; two agreements: 3 free until 31 Mar, then 2 until 31 Aug, then 1 to the end.
    List<Agreement> agreements =
        List.of(agreement("2024-04-01", "2025-12-31"), agreement("2024-09-01", "2025-12-31"));
    assertThat(runs(List.of(PlaceEntry.from(JAN_1, 3)), agreements, JAN_1, DEC_31))
        .containsExactly(
            tuple(1, "2024-01-01", "2024-12-31", 366L, true, true),
            tuple(2, "2024-01-01", "2024-08-31", 244L, true, false),
            tuple(3, "2024-01-01", "2024-03-31", 91L, true, false));
  }

  @Test
  void adjacentEntriesAddUpWithoutABreak() {
    List<PlaceEntry> places =
        List.of(places("2024-01-01", "2024-02-29", 1), places("2024-03-01", "2024-12-31", 1));
    assertThat(runs(places, List.empty(), JAN_1, DEC_31))
        .containsExactly(tuple(1, "2024-01-01", "2024-12-31", 366L, true, true));
  }

  @Test
  void overlappingEntriesAddTheirCounts() {
    List<PlaceEntry> places =
        List.of(places("2024-01-01", "2024-12-31", 1), places("2024-02-01", "2024-06-30", 1));
    assertThat(runs(places, List.empty(), JAN_1, DEC_31))
        .containsExactly(
            tuple(1, "2024-01-01", "2024-12-31", 366L, true, true),
            tuple(2, "2024-02-01", "2024-06-30", 151L, false, false));
  }

  @Test
  void anAgreementEndingTheDayBeforeLeavesThePlaceFree() {
    // The agreement ends 2024-03-31; the place is free from 2024-04-01 to the window's end.
    assertThat(
            runs(
                List.of(PlaceEntry.from(JAN_1, 1)),
                List.of(agreement("2023-01-01", "2024-03-31")),
                JAN_1,
                day("2024-06-30")))
        .containsExactly(tuple(1, "2024-04-01", "2024-06-30", 91L, false, true));
    assertThat(
            runs(
                List.of(PlaceEntry.from(JAN_1, 1)),
                List.of(agreement("2023-01-01", "2024-04-01")),
                JAN_1,
                day("2024-06-30")))
        .isEmpty();
  }

  @Test
  void aTerminatedAgreementOccupiesUpToItsTermination() {
    Agreement terminated =
        Agreement.builder()
            .start("2024-01-01")
            .end("2024-12-31")
            .terminatedOn("2024-06-01")
            .reducedContribution(true)
            .build();
    assertThat(runs(List.of(PlaceEntry.from(JAN_1, 1)), List.of(terminated), JAN_1, DEC_31))
        .containsExactly(tuple(1, "2024-06-02", "2024-12-31", 213L, false, true));
  }

  @Test
  void replacementAgreementsOccupyNoPlace() {
    Agreement replacement = agreement("2024-01-01", "2024-12-31").withReplacement(true);
    assertThat(runs(List.of(PlaceEntry.from(JAN_1, 1)), List.of(replacement), JAN_1, DEC_31))
        .containsExactly(tuple(1, "2024-01-01", "2024-12-31", 366L, true, true));
  }

  /** POL: a child at the full contribution occupies an unsubsidized place. */
  @Test
  void onlyAReducedContributionAgreementOccupiesASubsidizedPlace() {
    Agreement reduced = agreement("2024-01-01", "2024-12-31");
    Agreement full = reduced.withReducedContribution(false);
    Agreement absentAnswer = Agreement.builder().start("2024-01-01").end("2024-12-31").build();

    assertThat(runs(List.of(PlaceEntry.from(JAN_1, 1)), List.of(reduced), JAN_1, DEC_31)).isEmpty();
    assertThat(runs(List.of(PlaceEntry.from(JAN_1, 1)), List.of(full), JAN_1, DEC_31))
        .containsExactly(tuple(1, "2024-01-01", "2024-12-31", 366L, true, true));
    assertThat(runs(List.of(PlaceEntry.from(JAN_1, 1)), List.of(absentAnswer), JAN_1, DEC_31))
        .containsExactly(tuple(1, "2024-01-01", "2024-12-31", 366L, true, true));
    assertThat(runs(List.of(PlaceEntry.from(JAN_1, 2)), List.of(reduced, full), JAN_1, DEC_31))
        .containsExactly(tuple(1, "2024-01-01", "2024-12-31", 366L, true, true));
  }

  @Test
  void whichAgreementsOccupyASubsidizedPlace() {
    Agreement reduced = agreement("2024-01-01", "2024-12-31");

    assertThat(UnoccupiedPlaces.occupiesSubsidizedPlace(reduced)).isTrue();
    assertThat(UnoccupiedPlaces.occupiesSubsidizedPlace(reduced.withReducedContribution(false)))
        .isFalse();
    assertThat(UnoccupiedPlaces.occupiesSubsidizedPlace(reduced.withReplacement(true))).isFalse();
  }

  @Test
  void agreementsWithUnusableDatesOccupyNoPlace() {
    List<Agreement> agreements =
        List.of(
            Agreement.builder().start("2024-01-01").reducedContribution(true).build(),
            agreement("2024-13-01", "2024-12-31"),
            agreement("2024-12-31", "2024-01-01"),
            Agreement.builder().build());
    assertThat(runs(List.of(PlaceEntry.from(JAN_1, 1)), agreements, JAN_1, DEC_31))
        .containsExactly(tuple(1, "2024-01-01", "2024-12-31", 366L, true, true));
  }

  @Test
  void moreAgreementsThanPlacesLeaveNothingUnoccupied() {
    List<Agreement> agreements =
        List.of(agreement("2024-01-01", "2024-12-31"), agreement("2024-01-01", "2024-12-31"));
    assertThat(
            runs(
                List.of(PlaceEntry.from(JAN_1, 1), places("2024-07-01", "2024-12-31", 2)),
                agreements,
                JAN_1,
                DEC_31))
        .containsExactly(tuple(1, "2024-07-01", "2024-12-31", 184L, false, true));
  }

  @Test
  @Timeout(5)
  void theCostFollowsTheRunsNotTheNumberOfPlaces() {
    assertThat(
            runs(
                List.of(PlaceEntry.from(JAN_1, Integer.MAX_VALUE)),
                List.empty(),
                JAN_1,
                JAN_1.plusDays(89)))
        .isEmpty();
  }

  @Test
  void noPlaceNoRun() {
    assertThat(runs(List.empty(), List.empty(), JAN_1, DEC_31)).isEmpty();
    assertThat(runs(List.of(places("2024-01-01", "2024-12-31", 0)), List.empty(), JAN_1, DEC_31))
        .isEmpty();
  }

  @Test
  void entriesOutsideTheWindowCountForNothing() {
    assertThat(
            runs(
                List.of(
                    places("2023-01-01", "2023-12-31", 1), PlaceEntry.from(day("2025-01-01"), 1)),
                List.empty(),
                JAN_1,
                DEC_31))
        .isEmpty();
  }

  @Test
  void recordsGiveTheirAgreements() {
    ParentChildRecord record =
        ParentChildRecord.builder()
            .agreements(List.of(agreement("2024-04-01", "2024-12-31")))
            .build();
    assertThat(
            UnoccupiedPlaces.runs(
                List.of(PlaceEntry.from(JAN_1, 1)),
                List.of(record),
                DatePeriod.ofClosed(JAN_1, DEC_31)))
        .singleElement()
        .satisfies(run -> assertThat(run.to()).isEqualTo(day("2024-03-31")));
  }

  @Test
  void aWindowEndingBeforeItStartsOrWithoutEndIsMisuse() {
    assertThatThrownBy(
            () ->
                UnoccupiedPlaces.runsOfAgreements(
                    List.empty(), List.empty(), DatePeriod.ofClosed(DEC_31, JAN_1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                UnoccupiedPlaces.runsOfAgreements(
                    List.empty(), List.empty(), DatePeriod.startingOn(JAN_1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no end");
    assertThatThrownBy(() -> UnoccupiedPlaces.runs(List.empty(), List.empty(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("window");
    assertThatThrownBy(() -> PlaceEntry.from(JAN_1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
