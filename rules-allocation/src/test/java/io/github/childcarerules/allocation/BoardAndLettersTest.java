package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.allocate;
import static io.github.childcarerules.allocation.Given.answers;
import static io.github.childcarerules.allocation.Given.authorized;
import static io.github.childcarerules.allocation.Given.board;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.decrease;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.obtention;
import static io.github.childcarerules.allocation.Given.pending;
import static io.github.childcarerules.allocation.Given.provider;
import static io.github.childcarerules.allocation.Given.scenario;
import static io.github.childcarerules.allocation.Given.unanswered;
import static io.github.childcarerules.allocation.Given.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * RULES.md §9, step 2's board ({@code ALLOC_BOARD_DECISION}), the outcome table in its order of
 * precedence, and the letters due in all cases.
 */
class BoardAndLettersTest {
  private static final LocalDate BOARD_DAY = LocalDate.parse("2016-06-15");

  /** Two requests of one sector for a batch of 2 places, the first asking for both. */
  private static Scenario.Builder twoRequests(BoardDecision... decisions) {
    return (Scenario.Builder)
        scenario()
            .addBatches(free("B1", 2, "S", "2016-01-04"))
            .addRequests(
                increase("R1", "P1", "S", "2015-01-01", 2),
                increase("R2", "P2", "S", "2015-01-02", 2))
            .addProviders(conforming("P1", "S", 2), conforming("P2", "S", 2))
            .addBoardDecisions(decisions);
  }

  @Test
  void authorizedPlacesAreGrantedAndConfirmed() {
    AllocationResult result = allocate(twoRequests(board("B1", "R1", true)).build());

    BatchResult batch = result.batch("B1").get();
    assertThat(batch.trail().last()).isEqualTo(new TrailEvent.Authorized("R1", "P1", 2, BOARD_DAY));
    assertThat(batch.trail().last().rule()).isEqualTo(Rule.ALLOC_BOARD_DECISION);
    assertThat(batch.allocations()).containsExactly(authorized("R1", "P1", 2));
    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
    assertThat(request.placesGranted()).isEqualTo(2);
    assertThat(request.placesRemaining()).isZero();
    assertThat(request.keptInRegister()).isEmpty();
    assertThat(result.letters().map(l -> l.request() + " " + l.letter()))
        .containsExactly("R1 CONFIRMATION", "R2 WAITING_REGISTER");
  }

  @Test
  void aRefusalSendsThePlacesToTheNextCandidateAndWithdrawsTheRequest() {
    AllocationResult result = allocate(twoRequests(board("B1", "R1", false)).build());

    BatchResult batch = result.batch("B1").get();
    assertThat(words(batch))
        .containsExactly(
            "CANDIDATE R1", "RECOMMENDED R1", "BOARD_REFUSED R1", "CANDIDATE R2", "RECOMMENDED R2");
    assertThat(batch.trail().get(2))
        .isEqualTo(new TrailEvent.BoardRefused("R1", "P1", 2, BOARD_DAY));
    assertThat(batch.allocations()).containsExactly(pending("R2", "P2", 2));
    RequestResult refused = result.request("R1").get();
    assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(refused.keptInRegister()).contains(false);
    assertThat(refused.placesRemaining()).isZero();
    // R2 awaits the board: the run's answer is not final, only the refusal is due
    assertThat(result.letters().map(l -> l.request() + " " + l.letter()))
        .containsExactly("R1 REFUSAL");
  }

  @Test
  void aRequestTheBoardRefusedIsNoLongerACandidate() {
    AllocationResult result =
        allocate(
            twoRequests(board("B1", "R1", false), board("B1", "R2", true), board("B2", "R1", true))
                .addBatches(free("B2", 1, "S", "2016-01-05"))
                .build());

    assertThat(words(result.batch("B2").get())).containsExactly("NO_CANDIDATE");
  }

  @Test
  void withoutADecisionThePlacesStayReservedAndTheBatchGoesOnWithTheRest() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 3, "S", "2016-01-04"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 2),
                    increase("R2", "P2", "S", "2015-01-02", 2))
                .addProviders(conforming("P1", "S", 2), conforming("P2", "S", 2))
                .build());

    BatchResult batch = result.batch("B1").get();
    assertThat(batch.allocations()).containsExactly(pending("R1", "P1", 2), pending("R2", "P2", 1));
    assertThat(batch.outcome()).isEqualTo(BatchOutcome.ALLOCATED);
    assertThat(result.request("R1").get().status()).isEqualTo(RequestStatus.RECOMMENDED);
    assertThat(result.request("R1").get().placesGranted()).isZero();
    assertThat(result.request("R2").get().placesRemaining()).isEqualTo(1);
    assertThat(result.letters()).isEmpty();
  }

  @Test
  void aDecisionOnAPairTheRunDoesNotRecommendIsIgnored() {
    AllocationResult without = allocate(twoRequests().build());
    AllocationResult with =
        allocate(twoRequests(board("B1", "R2", false)).build()); // R1 takes both places

    assertThat(with.batches()).isEqualTo(without.batches());
    assertThat(with.requests()).isEqualTo(without.requests());
  }

  @Test
  void aDecisionAppliesToTheRecommendationWhateverItsNumberOfPlaces() {
    // the board saw 2 places recommended for R1 in an earlier run; this run recommends 1
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 2))
                .addProviders(conforming("P1", "S", 2))
                .addBoardDecisions(board("B1", "R1", true))
                .build());

    assertThat(result.batch("B1").get().trail().last())
        .isEqualTo(new TrailEvent.Authorized("R1", "P1", 1, BOARD_DAY));
    assertThat(result.request("R1").get().placesRemaining()).isEqualTo(1);
  }

  @Test
  void aRequestAuthorizedOnceIsAcceptedEvenWhileAnotherRecommendationAwaitsTheBoard() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 3))
                .addProviders(conforming("P1", "S", 1))
                .addBoardDecisions(board("B1", "R1", true))
                .build());

    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
    assertThat(request.placesGranted()).isEqualTo(1);
    assertThat(request.placesRemaining()).isEqualTo(1); // 3 asked, 1 granted, 1 reserved
    assertThat(result.letters().map(l -> l.request() + " " + l.letter()))
        .containsExactly("R1 CONFIRMATION");
  }

  @Test
  void aRequestGrantedPlacesThenWithdrawnGetsAConfirmationAndARefusal() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 2))
                .addProviders(
                    provider(
                        "P1",
                        "S",
                        io.github.childcarerules.allocation.scenario.Answers.conforming(1),
                        HashMap.of("B2", answers(false, 0, false))))
                .addBoardDecisions(board("B1", "R1", true))
                .build());

    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
    assertThat(request.keptInRegister()).isEmpty();
    assertThat(request.placesRemaining()).isZero();
    assertThat(result.letters().map(Letter::letter))
        .containsExactly(LetterKind.CONFIRMATION, LetterKind.REFUSAL);
  }

  // ---- the outcome table, row by row, in its order

  @Test
  void pendingVerificationComesBeforeRefusedAndWaiting() {
    // R1 fails its checks for B1 (kept), then its provider's answers for B2 are awaited
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 1))
                .addProviders(
                    Given.byBatch(
                        "P1", "S", HashMap.of("B1", answers(true, 1, true, "meetsPlaceNeeds"))))
                .build());

    assertThat(words(result.batch("B2").get()))
        .containsExactly("CANDIDATE R1", "AWAITING_ANSWERS R1");
    assertThat(result.request("R1").get().status()).isEqualTo(RequestStatus.PENDING_VERIFICATION);
    assertThat(result.request("R1").get().keptInRegister()).isEmpty();
  }

  @Test
  void aFailedCheckMakesARequestRefusedEvenIfItDeclinedAnotherOfferAndKeptItsRequest() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 1))
                .addProviders(
                    Given.byBatch(
                        "P1",
                        "S",
                        HashMap.of(
                            "B1", answers(false, 0, true),
                            "B2", answers(true, 1, true, "offerSuitsNeeds"))))
                .build());

    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(request.keptInRegister()).contains(true);
    // an increase refused but kept is told it waits in the register (annex 3.5)
    assertThat(result.letters().map(Letter::letter)).containsExactly(LetterKind.WAITING_REGISTER);
  }

  @Test
  void aRequestNeverReachedIsWaitingWithoutKeptInRegister() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-01-02", 1),
                    obtention("O1", "P3", "S", "2015-01-01", 1))
                .addProviders(
                    conforming("P1", "S", 1), conforming("P2", "S", 1), unanswered("P3", "S"))
                .addBoardDecisions(board("B1", "R1", true))
                .build());

    for (String id : List.of("R2", "O1")) {
      RequestResult request = result.request(id).get();
      assertThat(request.status()).as(id).isEqualTo(RequestStatus.WAITING);
      assertThat(request.keptInRegister()).as(id).isEmpty();
      assertThat(request.placesRemaining()).as(id).isEqualTo(1);
    }
    // final answer: a waiting-register letter for the increase, a decision for the obtention
    assertThat(result.letters().map(l -> l.request() + " " + l.letter()))
        .containsExactly("R1 CONFIRMATION", "R2 WAITING_REGISTER", "O1 DECISION");
  }

  @Test
  void everyDecreaseGetsItsDecisionLetterEvenWhileOtherBatchesWait() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    decrease("D1", "RATIO_DECREASE", "2016-01-01", "2016-02-01", Option.none()),
                    decrease(
                        "D2", "SUSPENSION", "2016-01-01", "2016-02-01", Option.some("2017-06-01")))
                .addProviders(unanswered("P1", "S"))
                .build());

    assertThat(result.letters()).containsExactly(decreaseLetter("D1"), decreaseLetter("D2"));
    assertThat(result.request("D2").get().status()).isEqualTo(RequestStatus.REFUSED);
  }

  @Test
  void aLetterIsDueByTheLaterOfDecisionDueAndTheDecisionItReports() {
    AllocationResult result = allocate(twoRequests(board("B1", "R1", true)).build());

    // the confirmation reports the board's decision of 2016-06-15, long after decisionDue;
    // R2 was never reached: its waiting-register letter is due by its decisionDue
    assertThat(result.letters().map(l -> l.request() + " " + l.letter() + " " + l.due()))
        .containsExactly("R1 CONFIRMATION 2016-06-15", "R2 WAITING_REGISTER 2015-02-01");
    assertThat(result.letters().head().rule()).isEqualTo(Rule.ALLOC_BOARD_DECISION);
    assertThat(result.letters().head().grants())
        .containsExactly(new Letter.Grant("B1", 2, Option.none()));
    assertThat(result.letters().last().rule()).isEqualTo(Rule.ALLOC_DECISION_DELAY);
    assertThat(result.letters().last().grants()).isEmpty();
  }

  @Test
  void aLetterIsNeverDueBeforeDecisionDueEvenForAnEarlyBoard() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 2, "S", "2015-01-04"))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 2))
                .addProviders(conforming("P1", "S", 2))
                .addBoardDecisions(BoardDecision.of("B1", "R1", true, "2015-01-10"))
                .build());

    assertThat(result.letters().map(Letter::due)).containsExactly(LocalDate.parse("2015-01-31"));
  }

  private static Letter decreaseLetter(String request) {
    return new Letter(
        "RSG-D",
        request,
        LetterKind.DECREASE_DECISION,
        LocalDate.parse("2016-01-31"),
        Rule.ALLOC_DECISION_DELAY,
        List.empty());
  }
}
