package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.allocate;
import static io.github.childcarerules.allocation.Given.answers;
import static io.github.childcarerules.allocation.Given.byBatch;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.decrease;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.provider;
import static io.github.childcarerules.allocation.Given.request;
import static io.github.childcarerules.allocation.Given.scenario;
import static io.github.childcarerules.allocation.Given.unanswered;
import static io.github.childcarerules.allocation.Given.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md §9 "Request outcomes" and "Letters": a withdrawn request is never pending, and each
 * letter with its rule and its due date (the later of {@code decisionDue} and the decision it
 * reports), decided by its request alone; {@code answeredOn} stops only the letters that repeat an
 * answer.
 */
class LettersTest {
  private static final String AS_OF = "2016-03-01"; // Given.scenario()'s run date

  private static Request increase(String received) {
    return Given.increase("R1", "P1", "S", received, 1);
  }

  private static Request answered(Request request, String answeredOn) {
    return Request.builder().from(request).answeredOn(answeredOn).build();
  }

  private static Letter letter(LetterKind kind, String due, Rule rule) {
    return new Letter("P1", "R1", kind, LocalDate.parse(due), rule, List.empty());
  }

  // ---- a request pending on an earlier batch, withdrawn by a later one

  /** P1 has no answers for B1 (B1 waits for them), and {@code forB2} for B2. */
  private static AllocationResult pendingThen(Answers forB2, BoardDecision... decisions) {
    return allocate(
        scenario()
            .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
            .addRequests(increase("2015-01-01"))
            .addProviders(byBatch("P1", "S", HashMap.of("B2", forB2)))
            .addBoardDecisions(decisions)
            .build());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "false, NOT_MAINTAINED, WITHDRAWN, ALLOC_STEP2_MAINTAIN, 2016-03-01",
    "true, NOT_CONFORM, REFUSED, ALLOC_STEP2_CONFORMITY, 2016-03-01"
  })
  void aRequestPendingOnAnEarlierBatchAndWithdrawnByALaterOneIsNeverPending(
      boolean maintains, String event, RequestStatus status, Rule rule, String due) {
    Answers notKept =
        maintains ? answers(true, 1, false, "engagementFormsOnFile") : answers(false, 0, false);
    AllocationResult result = pendingThen(notKept);

    BatchResult first = result.batch("B1").get();
    assertThat(words(first)).containsExactly("CANDIDATE R1", "AWAITING_ANSWERS R1");
    assertThat(first.outcome()).isEqualTo(BatchOutcome.PENDING_VERIFICATION);
    assertThat(first.pendingProvider()).contains("P1");
    assertThat(words(result.batch("B2").get()))
        .containsExactly("CANDIDATE R1", event + " R1", "NO_CANDIDATE");
    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(status).isNotEqualTo(RequestStatus.PENDING_VERIFICATION);
    assertThat(request.keptInRegister()).contains(false);
    assertThat(request.placesRemaining()).isZero();
    assertThat(result.letters()).containsExactly(letter(LetterKind.REFUSAL, due, rule));
  }

  @Test
  void aRequestPendingOnAnEarlierBatchAndRefusedByTheBoardForALaterOneIsRefused() {
    AllocationResult result =
        pendingThen(Answers.conforming(1), BoardDecision.of("B2", "R1", false, "2016-03-20"));

    assertThat(result.batch("B1").get().pendingProvider()).contains("P1");
    assertThat(result.request("R1").get().status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(result.letters())
        .containsExactly(letter(LetterKind.REFUSAL, "2016-03-20", Rule.ALLOC_BOARD_DECISION));
  }

  @Test
  void aRequestPendingOnAnEarlierBatchThatDeclinesALaterOneButStaysIsStillPending() {
    AllocationResult result = pendingThen(answers(false, 0, true));

    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.PENDING_VERIFICATION);
    assertThat(request.keptInRegister()).isEmpty();
    assertThat(request.placesRemaining()).isEqualTo(1);
    assertThat(result.letters()).isEmpty();
  }

  @Test
  void placesReservedBeforeARequestWasWithdrawnStayReservedAndItIsRecommended() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
                .addRequests(Given.increase("R1", "P1", "S", "2015-01-01", 2))
                .addProviders(
                    provider(
                        "P1",
                        "S",
                        Answers.conforming(1),
                        HashMap.of("B2", answers(false, 0, false))))
                .build());

    assertThat(result.batch("B1").get().allocations())
        .containsExactly(Given.pending("R1", "P1", 1));
    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.RECOMMENDED);
    assertThat(request.keptInRegister()).isEmpty();
    assertThat(request.placesRemaining()).isZero();
    // the refusal reports the withdrawal; the reserved place waits for the board
    assertThat(result.letters())
        .containsExactly(letter(LetterKind.REFUSAL, AS_OF, Rule.ALLOC_STEP2_MAINTAIN));
  }

  // ---- CONFIRMATION: due by the later of decisionDue and the latest board decision it confirms

  @ParameterizedTest(name = "received {0}, authorized {1} and {2}: due {3}")
  @CsvSource({
    "2015-01-01, 2016-02-10, 2016-03-20, 2016-03-20",
    "2015-01-01, 2016-03-20, 2016-02-10, 2016-03-20", // the latest, not the last batch's
    "2015-12-01, 2015-12-10, 2015-12-20, 2015-12-31", // both before decisionDue
    "2015-12-01, 2015-12-10, 2015-12-31, 2015-12-31",
    "2015-12-01, 2015-12-10, 2016-01-01, 2016-01-01"
  })
  void aConfirmationIsDueByTheLaterOfDecisionDueAndTheLatestAuthorizationItConfirms(
      String received, String firstOn, String secondOn, String due) {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
                .addRequests(Given.increase("R1", "P1", "S", received, 2))
                .addProviders(conforming("P1", "S", 1))
                .addBoardDecisions(
                    BoardDecision.of("B1", "R1", true, firstOn),
                    BoardDecision.of("B2", "R1", true, secondOn))
                .build());

    assertThat(result.letters())
        .containsExactly(
            new Letter(
                "P1",
                "R1",
                LetterKind.CONFIRMATION,
                LocalDate.parse(due),
                Rule.ALLOC_BOARD_DECISION,
                List.of(
                    new Letter.Grant("B1", 1, Option.none()),
                    new Letter.Grant("B2", 1, Option.none()))));
  }

  // ---- REFUSAL

  @ParameterizedTest(name = "received {0}, refused by the board {1}: due {2}")
  @CsvSource({
    "2015-01-01, 2016-03-20, 2016-03-20",
    "2015-12-01, 2015-12-20, 2015-12-31",
    "2015-12-01, 2015-12-31, 2015-12-31",
    "2015-12-01, 2016-01-01, 2016-01-01"
  })
  void aRefusalByTheBoardIsDueByTheLaterOfDecisionDueAndTheBoardsDecision(
      String received, String on, String due) {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(increase(received))
                .addProviders(conforming("P1", "S", 1))
                .addBoardDecisions(BoardDecision.of("B1", "R1", false, on))
                .build());

    assertThat(result.request("R1").get().status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(result.letters())
        .containsExactly(letter(LetterKind.REFUSAL, due, Rule.ALLOC_BOARD_DECISION));
  }

  @ParameterizedTest(name = "{0}, received {1}: due {2}")
  @CsvSource({
    "declined, 2015-01-01, 2016-03-01", // decisionDue long past: the run's date
    "declined, 2016-01-31, 2016-03-01", // decisionDue 2016-03-01 = asOf
    "declined, 2016-02-15, 2016-03-16", // decisionDue after the run's date
    "failed, 2015-01-01, 2016-03-01",
    "failed, 2016-02-15, 2016-03-16"
  })
  void aRefusalAfterADeclineOrFailedChecksIsDueByTheLaterOfDecisionDueAndTheRunsDate(
      String why, String received, String due) {
    boolean declined = why.equals("declined");
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(increase(received))
                .addProviders(
                    provider(
                        "P1",
                        "S",
                        Given.EVERY_AGE,
                        declined
                            ? answers(false, 0, false)
                            : answers(true, 1, false, "tenHourWeekdays")))
                .build());

    Rule rule = declined ? Rule.ALLOC_STEP2_MAINTAIN : Rule.ALLOC_STEP2_CONFORMITY;
    assertThat(result.letters()).containsExactly(letter(LetterKind.REFUSAL, due, rule));
  }

  // ---- WAITING_REGISTER (increase) and DECISION (obtention), due by decisionDue

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "INCREASE, never reached, WAITING, WAITING_REGISTER",
    "INCREASE, declined and kept, WAITING, WAITING_REGISTER",
    "INCREASE, failed and kept, REFUSED, WAITING_REGISTER",
    "OBTENTION, never reached, WAITING, DECISION",
    "OBTENTION, declined and kept, WAITING, DECISION",
    "OBTENTION, failed and kept, REFUSED, DECISION"
  })
  void aRequestLeftInTheRegisterIsToldSoByItsDecisionDue(
      String type, String what, RequestStatus status, LetterKind kind) {
    Provider p1 =
        switch (what) {
          case "declined and kept" -> provider("P1", "S", Given.EVERY_AGE, answers(false, 0, true));
          case "failed and kept" ->
              provider("P1", "S", Given.EVERY_AGE, answers(true, 1, true, "meetsPlaceNeeds"));
          default -> conforming("P1", "S", 1);
        };
    Scenario.Builder scenario =
        (Scenario.Builder)
            scenario()
                .addRequests(request(type, "R1", "P1", "S", "2015-01-01", 1))
                .addProviders(p1);
    if (!what.equals("never reached")) {
      scenario.addBatches(free("B1", 1, "S", "2016-01-04"));
    }
    AllocationResult result = allocate(scenario.build());

    assertThat(result.request("R1").get().status()).isEqualTo(status);
    assertThat(result.letters())
        .containsExactly(letter(kind, "2015-01-31", Rule.ALLOC_DECISION_DELAY));
    assertThat(kind.annex())
        .isEqualTo(kind == LetterKind.WAITING_REGISTER ? Option.some("3.5") : Option.none());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"RECOMMENDED", "PENDING_VERIFICATION"})
  void aRequestRecommendedOrAwaitingItsProvidersAnswersGetsNoLetterYet(RequestStatus status) {
    Provider p1 =
        status == RequestStatus.RECOMMENDED ? conforming("P1", "S", 1) : unanswered("P1", "S");
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(increase("2015-01-01"))
                .addProviders(p1)
                .build());

    assertThat(result.request("R1").get().status()).isEqualTo(status);
    assertThat(result.request("R1").get().late()).isTrue();
    assertThat(result.letters()).isEmpty();
  }

  // ---- DECREASE_DECISION, granted or refused

  @ParameterizedTest(name = "{0} until {1}: {2}")
  @CsvSource({
    "RATIO_DECREASE, '', GRANTED",
    "SUSPENSION, 2016-06-30, GRANTED",
    "SUSPENSION, 2017-06-30, REFUSED", // more than 12 months
    "SUSPENSION, 2016-01-20, REFUSED" // ends before its notice lets it start
  })
  void everyDecreaseGetsADecisionDueByItsDecisionDue(
      String reason, String until, RequestStatus status) {
    AllocationResult result =
        allocate(
            scenario()
                .addRequests(
                    decrease(
                        "D1",
                        reason,
                        "2016-01-01",
                        "2016-01-10",
                        Option.of(until).filter(u -> !u.isEmpty())))
                .build());

    assertThat(result.request("D1").get().status()).isEqualTo(status);
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

  // ---- answeredOn: an answer already sent is not listed again, a decision of this run is

  @ParameterizedTest(name = "{0}, answered: no {1} again")
  @CsvSource({
    "INCREASE, WAITING_REGISTER",
    "OBTENTION, DECISION",
  })
  void anAnswerAlreadySentIsNotListedAgain(String type, LetterKind kind) {
    Request waiting = request(type, "R1", "P1", "S", "2015-01-01", 1);
    AllocationResult unanswered =
        allocate(scenario().addProviders(conforming("P1", "S", 1)).addRequests(waiting).build());
    assertThat(unanswered.letters().map(Letter::letter)).containsExactly(kind);

    AllocationResult result =
        allocate(
            scenario()
                .addProviders(conforming("P1", "S", 1))
                .addRequests(answered(waiting, "2015-01-20"))
                .build());
    assertThat(result.letters()).isEmpty();
    assertThat(result.request("R1").get().late()).isFalse();
  }

  @Test
  void aDecreaseAnsweredAlreadyIsNotListedAgain() {
    Request decrease = decrease("D1", "RATIO_DECREASE", "2016-01-01", "2016-01-10", Option.none());

    assertThat(allocate(scenario().addRequests(decrease).build()).letters()).hasSize(1);
    assertThat(allocate(scenario().addRequests(answered(decrease, "2016-01-05")).build()).letters())
        .isEmpty();
  }

  @ParameterizedTest(name = "answered, then {0}")
  @CsvSource({"authorized", "refused by the board", "declined"})
  void aConfirmationOrARefusalIsListedEvenForARequestAnsweredAlready(String decided) {
    Provider p1 =
        decided.equals("declined")
            ? provider("P1", "S", Given.EVERY_AGE, answers(false, 0, false))
            : conforming("P1", "S", 1);
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(answered(increase("2015-01-01"), "2015-01-20"))
                .addProviders(p1)
                .boardDecisions(
                    decided.equals("declined")
                        ? List.<BoardDecision>empty()
                        : List.of(
                            BoardDecision.of(
                                "B1", "R1", decided.equals("authorized"), "2016-02-10")))
                .build());

    assertThat(result.letters()).hasSize(1);
    Letter letter = result.letters().head();
    switch (decided) {
      case "authorized" -> {
        assertThat(letter.letter()).isEqualTo(LetterKind.CONFIRMATION);
        assertThat(letter.rule()).isEqualTo(Rule.ALLOC_BOARD_DECISION);
        assertThat(letter.grants()).containsExactly(new Letter.Grant("B1", 1, Option.none()));
      }
      case "refused by the board" -> {
        assertThat(letter.letter()).isEqualTo(LetterKind.REFUSAL);
        assertThat(letter.rule()).isEqualTo(Rule.ALLOC_BOARD_DECISION);
      }
      default -> {
        assertThat(letter.letter()).isEqualTo(LetterKind.REFUSAL);
        assertThat(letter.rule()).isEqualTo(Rule.ALLOC_STEP2_MAINTAIN);
        assertThat(letter.due()).isEqualTo(LocalDate.parse(AS_OF));
      }
    }
  }
}
