package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.allocate;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.decrease;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DECREASE requests become batches (30 days' notice, 12-month suspensions) and answer delays. */
class DecreaseAndDelayTest {
  private static AllocationResult run(Request decrease) {
    return allocate(scenario().addRequests(decrease).build());
  }

  @ParameterizedTest(name = "{0} received 2016-01-01, requested {1}: effective {2}")
  @CsvSource({
    "END_OF_RECOGNITION, 2016-01-30, 2016-01-31", // 29 days: postponed to received + 30
    "END_OF_RECOGNITION, 2016-01-31, 2016-01-31", // 30 days
    "END_OF_RECOGNITION, 2016-02-01, 2016-02-01", // 31 days
    "END_OF_RECOGNITION, 2015-12-20, 2016-01-31", // before receipt
    "SUSPENSION, 2016-01-30, 2016-01-31",
    "SUSPENSION, 2016-01-31, 2016-01-31",
    "SUSPENSION, 2016-02-01, 2016-02-01",
    "RATIO_DECREASE, 2016-01-02, 2016-01-02" // no notice for a ratio decrease
  })
  void aDecreaseTakesEffectAfterThirtyDaysNotice(
      String reason, String requested, String effective) {
    AllocationResult result =
        run(decrease("D1", reason, "2016-01-01", requested, Option.some("2016-06-30")));

    RequestResult request = result.request("D1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.GRANTED);
    assertThat(request.effectiveOn()).contains(LocalDate.parse(effective));
    assertThat(request.rule()).contains(Rule.ALLOC_DECREASE_NOTICE);
    assertThat(request.placesGranted()).isZero();
    assertThat(request.keptInRegister()).isEmpty();
    BatchResult batch = result.batch("D1").get();
    assertThat(batch.outcome()).isEqualTo(BatchOutcome.RECOGNIZE_NEW_PROVIDER);
    assertThat(batch.remainder()).isEqualTo(2);
    assertThat(result.letters())
        .containsExactly(
            new Letter(
                "RSG-D",
                "D1",
                LetterKind.DECREASE_DECISION,
                LocalDate.parse("2016-01-31"),
                Rule.ALLOC_DECISION_DELAY,
                List.empty()));
  }

  @Test
  void anEmergencySuspensionTakesEffectAtItsRequestedDate() {
    Request emergency =
        Request.builder()
            .from(
                decrease("D1", "SUSPENSION", "2016-01-01", "2016-01-02", Option.some("2016-03-01")))
            .emergency(true)
            .build();

    assertThat(run(emergency).request("D1").get().effectiveOn())
        .contains(LocalDate.parse("2016-01-02"));
  }

  @Test
  void anEmergencyEndOfRecognitionStillNeedsItsNotice() {
    Request emergency =
        Request.builder()
            .from(decrease("D1", "END_OF_RECOGNITION", "2016-01-01", "2016-01-02", Option.none()))
            .emergency(true)
            .build();

    assertThat(run(emergency).request("D1").get().effectiveOn())
        .contains(LocalDate.parse("2016-01-31"));
  }

  @ParameterizedTest(name = "suspension from 2016-03-01 until {0}: refused {1}")
  @CsvSource({"2017-02-28, false", "2017-03-01, true", "2017-03-02, true"})
  void aSuspensionOfTwelveMonthsOrMoreIsRefusedAndMakesNoBatch(String until, boolean refused) {
    AllocationResult result =
        run(decrease("D1", "SUSPENSION", "2016-01-01", "2016-03-01", Option.some(until)));

    RequestResult request = result.request("D1").get();
    if (refused) {
      assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
      assertThat(request.rule()).contains(Rule.SUSPENSION_TOO_LONG);
      assertThat(request.effectiveOn()).isEmpty();
      assertThat(result.batches()).isEmpty();
    } else {
      assertThat(request.status()).isEqualTo(RequestStatus.GRANTED);
      assertThat(result.batches().map(BatchResult::id)).containsExactly("D1");
    }
  }

  @Test
  void theTwelveMonthsCountFromThePostponedEffectiveDate() {
    // requested 2016-01-10 (9 days' notice) takes effect 2016-01-31; until 2017-01-30 is < 12
    // months
    AllocationResult result =
        run(decrease("D1", "SUSPENSION", "2016-01-01", "2016-01-10", Option.some("2017-01-30")));

    assertThat(result.request("D1").get().status()).isEqualTo(RequestStatus.GRANTED);
  }

  @ParameterizedTest(name = "suspension received 2016-01-01, requested 2016-01-10, until {0}")
  @CsvSource({"2016-01-30", "2016-01-10"})
  void aSuspensionThatWouldEndBeforeItsNoticeLetsItStartIsRefused(String until) {
    // the notice postpones it to 2016-01-31, after its end: refused, no batch, no places
    AllocationResult result =
        run(decrease("D1", "SUSPENSION", "2016-01-01", "2016-01-10", Option.some(until)));

    RequestResult request = result.request("D1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(request.rule()).contains(Rule.ALLOC_DECREASE_NOTICE);
    assertThat(request.effectiveOn()).isEmpty();
    assertThat(request.placesRemaining()).isZero();
    assertThat(request.keptInRegister()).isEmpty();
    assertThat(result.batches()).isEmpty();
    assertThat(result.letters().map(Letter::letter)).containsExactly(LetterKind.DECREASE_DECISION);
  }

  @Test
  void aSuspensionEndingTheDayItsNoticeLetsItStartIsGrantedForThatDay() {
    AllocationResult result =
        run(decrease("D1", "SUSPENSION", "2016-01-01", "2016-01-10", Option.some("2016-01-31")));

    RequestResult request = result.request("D1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.GRANTED);
    assertThat(request.rule()).contains(Rule.ALLOC_DECREASE_NOTICE);
    assertThat(request.effectiveOn()).contains(LocalDate.parse("2016-01-31"));
    // a temporary batch of one day, available and ending on 2016-01-31
    AnalysisGrid.Places places = result.grids().head().places();
    assertThat(places.availableOn()).isEqualTo(LocalDate.parse("2016-01-31"));
    assertThat(places.until()).contains(LocalDate.parse("2016-01-31"));
  }

  @Test
  void anEmergencySuspensionShorterThanTheNoticeIsGranted() {
    Request emergency =
        Request.builder()
            .from(
                decrease("D1", "SUSPENSION", "2016-01-01", "2016-01-10", Option.some("2016-01-30")))
            .emergency(true)
            .build();

    RequestResult request = run(emergency).request("D1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.GRANTED);
    assertThat(request.effectiveOn()).contains(LocalDate.parse("2016-01-10"));
  }

  @Test
  void returnedPlacesAreAllocatedAtTheirEffectiveDateInBatchOrder() {
    Scenario scenario =
        scenario()
            .addBatches(Given.free("B1", 1, "S", "2016-02-15"))
            .addRequests(
                decrease("D1", "RATIO_DECREASE", "2016-01-01", "2016-02-01", Option.none()),
                increase("R1", "P1", "S", "2015-01-01", 1),
                increase("R2", "P2", "S", "2015-01-02", 1),
                increase("R3", "P3", "S", "2015-01-03", 1))
            .addProviders(
                conforming("P1", "S", 1), conforming("P2", "S", 1), conforming("P3", "S", 1))
            .build();

    AllocationResult result = allocate(scenario);

    // D1 (2 places, 2016-02-01) runs before B1 (2016-02-15)
    assertThat(result.batch("D1").get().allocations().map(Allocation::request))
        .containsExactly("R1", "R2");
    assertThat(result.batch("B1").get().allocations().map(Allocation::request))
        .containsExactly("R3");
    assertThat(result.requests().map(RequestResult::id)).containsExactly("D1", "R1", "R2", "R3");
  }

  @ParameterizedTest(name = "asOf {0}: late {1}")
  @CsvSource({"2015-01-30, false", "2015-01-31, false", "2015-02-01, true"})
  void theWrittenAnswerIsDueThirtyDaysAfterReceipt(String asOf, boolean late) {
    AllocationResult result =
        allocate(
            scenario()
                .asOf(asOf)
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    decrease("D1", "RATIO_DECREASE", "2015-01-01", "2015-03-01", Option.none()))
                .addProviders(conforming("P1", "S", 1))
                .build());

    for (RequestResult request : result.requests()) {
      assertThat(request.decisionDue()).isEqualTo(LocalDate.parse("2015-01-31"));
      assertThat(request.late()).as(request.id()).isEqualTo(late);
    }
  }

  @ParameterizedTest(name = "answered on {0}: late {1}")
  @CsvSource({"2015-01-30, false", "2015-01-31, false", "2015-02-01, true"})
  void anAnswerSentAfterItsDueDateIsLateWhateverTheRunsDate(String answeredOn, boolean late) {
    Request answered =
        Request.builder()
            .from(increase("R1", "P1", "S", "2015-01-01", 1))
            .answeredOn(answeredOn)
            .build();
    Request decrease =
        Request.builder()
            .from(decrease("D1", "RATIO_DECREASE", "2015-01-01", "2015-03-01", Option.none()))
            .answeredOn(answeredOn)
            .build();

    for (String asOf : List.of("2015-01-15", "2020-01-01")) {
      AllocationResult result =
          allocate(
              scenario()
                  .asOf(asOf)
                  .addRequests(answered, decrease)
                  .addProviders(conforming("P1", "S", 1))
                  .build());
      for (RequestResult request : result.requests()) {
        assertThat(request.late()).as(request.id() + " as of " + asOf).isEqualTo(late);
      }
    }
  }

  @Test
  void theDelaysComeFromTheCatalogue() {
    assertThat(Rule.ALLOC_DECISION_DELAY.limit()).contains(java.time.Period.ofDays(30));
    assertThat(Rule.ALLOC_DECREASE_NOTICE.limit()).contains(java.time.Period.ofDays(30));
    assertThat(Rule.SUSPENSION_TOO_LONG.limit()).contains(java.time.Period.ofMonths(12));
  }

  @Test
  void aSuspensionBecomesATemporaryBatchUntilItsEnd() {
    AllocationResult result =
        allocate(
            scenario()
                .addRequests(
                    decrease(
                        "D1", "SUSPENSION", "2016-01-01", "2016-03-01", Option.some("2016-08-31")),
                    increase("R1", "P1", "S", "2015-01-01", 1))
                .addProviders(conforming("P1", "S", 1))
                .build());

    assertThat(result.batch("D1").get().allocations().map(Allocation::until))
        .containsExactly(Option.some(LocalDate.parse("2016-08-31")));
  }
}
