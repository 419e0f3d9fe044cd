package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.allocate;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.scenario;
import static io.github.childcarerules.allocation.Given.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * RULES.md §9 "Places a request still asks for": temporary places go back at their end date, so
 * they do not settle a request; a permanent batch counts only the places held from permanent
 * batches, a temporary batch every place held.
 */
class TemporaryPlacesTest {
  private static final String END = "2016-09-30";
  private static final Option<LocalDate> UNTIL = Option.some(LocalDate.parse(END));

  private static Batch temporary(String id, int places, String availableOn) {
    return Batch.builder()
        .from(free(id, places, "S", availableOn))
        .kind("TEMPORARY")
        .until(END)
        .build();
  }

  /** R1 asking for {@code places}, then R2 asking for 2; both providers want up to 3 places. */
  private static Scenario.Builder twoRequests(int places, Batch... batches) {
    return (Scenario.Builder)
        scenario()
            .addBatches(batches)
            .addRequests(
                increase("R1", "P1", "S", "2015-01-01", places),
                increase("R2", "P2", "S", "2015-01-02", 2))
            .addProviders(conforming("P1", "S", 3), conforming("P2", "S", 3));
  }

  @Test
  void aRequestServedByTemporaryPlacesStillAsksForPermanentOnesAndGetsBoth() {
    AllocationResult result =
        allocate(
            twoRequests(2, temporary("B1", 2, "2016-01-04"), free("B2", 2, "S", "2016-02-01"))
                .addBoardDecisions(
                    BoardDecision.of("B1", "R1", true, "2016-02-10"),
                    BoardDecision.of("B2", "R1", true, "2016-03-20"))
                .build());

    assertThat(result.batch("B1").get().allocations())
        .containsExactly(new Allocation("R1", "P1", 2, UNTIL, true));
    assertThat(words(result.batch("B2").get()))
        .containsExactly("CANDIDATE R1", "RECOMMENDED R1", "AUTHORIZED R1");
    RequestResult r1 = result.request("R1").get();
    assertThat(r1.status()).isEqualTo(RequestStatus.ACCEPTED);
    assertThat(r1.placesGranted()).isEqualTo(4);
    assertThat(r1.placesRemaining()).isZero();
    // one confirmation of both, the temporary places with their end, due by the later decision
    assertThat(result.letters())
        .containsExactly(
            new Letter(
                "P1",
                "R1",
                LetterKind.CONFIRMATION,
                LocalDate.parse("2016-03-20"),
                Rule.ALLOC_BOARD_DECISION,
                List.of(
                    new Letter.Grant("B1", 2, UNTIL), new Letter.Grant("B2", 2, Option.none()))),
            new Letter(
                "P2",
                "R2",
                LetterKind.WAITING_REGISTER,
                LocalDate.parse("2015-02-01"),
                Rule.ALLOC_DECISION_DELAY,
                List.empty()));
  }

  @Test
  void placesRemainingCountOnlyThePlacesHeldFromPermanentBatches() {
    AllocationResult result =
        allocate(
            twoRequests(2, temporary("B1", 2, "2016-01-04"))
                .addBoardDecisions(BoardDecision.of("B1", "R1", true, "2016-02-10"))
                .build());

    RequestResult r1 = result.request("R1").get();
    assertThat(r1.status()).isEqualTo(RequestStatus.ACCEPTED);
    assertThat(r1.placesGranted()).isEqualTo(2);
    assertThat(r1.placesRemaining()).isEqualTo(2);
    assertThat(result.letters().head().grants()).containsExactly(new Letter.Grant("B1", 2, UNTIL));
  }

  @Test
  void temporaryPlacesReservedForARequestDoNotSettleItEither() {
    AllocationResult result = allocate(twoRequests(2, temporary("B1", 2, "2016-01-04")).build());

    RequestResult r1 = result.request("R1").get();
    assertThat(r1.status()).isEqualTo(RequestStatus.RECOMMENDED);
    assertThat(r1.placesRemaining()).isEqualTo(2);
  }

  @Test
  void aRequestHoldingPermanentPlacesAsksNothingOfATemporaryBatch() {
    AllocationResult result =
        allocate(
            twoRequests(2, free("B1", 2, "S", "2016-01-04"), temporary("B2", 2, "2016-02-01"))
                .build());

    assertThat(words(result.batch("B2").get())).containsExactly("CANDIDATE R2", "RECOMMENDED R2");
    assertThat(result.request("R1").get().placesRemaining()).isZero();
    assertThat(result.request("R2").get().placesRemaining()).isEqualTo(2);
  }

  @Test
  void aRequestHoldingTemporaryPlacesAsksNothingOfAnotherTemporaryBatch() {
    AllocationResult result =
        allocate(
            twoRequests(2, temporary("B1", 2, "2016-01-04"), temporary("B2", 2, "2016-02-01"))
                .build());

    assertThat(words(result.batch("B2").get())).containsExactly("CANDIDATE R2", "RECOMMENDED R2");
  }

  @Test
  void aTemporaryBatchGivesAtMostWhatARequestStillAsksCountingEveryPlace() {
    // R1 asks 3: 2 permanent places, then 1 of the temporary 3; permanent B3 then gives it 1 more
    AllocationResult result =
        allocate(
            twoRequests(
                    3,
                    free("B1", 2, "S", "2016-01-04"),
                    temporary("B2", 3, "2016-02-01"),
                    free("B3", 2, "S", "2016-03-01"))
                .build());

    assertThat(result.batch("B2").get().allocations())
        .containsExactly(
            new Allocation("R1", "P1", 1, UNTIL, false),
            new Allocation("R2", "P2", 2, UNTIL, false));
    // from permanent places R1 still asks 1, R2 its 2: the 2 temporary ones do not count
    assertThat(result.batch("B3").get().allocations())
        .containsExactly(Given.pending("R1", "P1", 1), Given.pending("R2", "P2", 1));
    assertThat(result.request("R1").get().placesRemaining()).isZero();
    assertThat(result.request("R2").get().placesRemaining()).isEqualTo(1);
  }

  @Test
  void aSuspensionsPlacesAreTemporaryPlacesAndDoNotSettleTheRequestTheyServe() {
    AllocationResult result =
        allocate(
            twoRequests(2, free("B1", 2, "S", "2016-06-01"))
                .addRequests(
                    Given.decrease(
                        "D1", "SUSPENSION", "2016-01-01", "2016-02-01", Option.some(END)))
                .addBoardDecisions(BoardDecision.of("D1", "R1", true, "2016-02-10"))
                .build());

    assertThat(result.batch("D1").get().allocations())
        .containsExactly(new Allocation("R1", "P1", 2, UNTIL, true));
    assertThat(words(result.batch("B1").get())).containsExactly("CANDIDATE R1", "RECOMMENDED R1");
  }
}
