package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.EVERY_AGE;
import static io.github.childcarerules.allocation.Given.allocate;
import static io.github.childcarerules.allocation.Given.answers;
import static io.github.childcarerules.allocation.Given.board;
import static io.github.childcarerules.allocation.Given.byBatch;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.obtention;
import static io.github.childcarerules.allocation.Given.pending;
import static io.github.childcarerules.allocation.Given.provider;
import static io.github.childcarerules.allocation.Given.scenario;
import static io.github.childcarerules.allocation.Given.unanswered;
import static io.github.childcarerules.allocation.Given.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Step 2 (POL "Étape 2") and the outcome of each request (RULES.md §9 "Request outcomes"). */
class StepTwoTest {
  private static AllocationResult oneRequest(Answers answers) {
    return allocate(
        scenario()
            .addBatches(free("B1", 2, "S", "2016-01-04"))
            .addRequests(increase("R1", "P1", "S", "2015-01-01", 2))
            .addProviders(provider("P1", "S", EVERY_AGE, answers))
            .build());
  }

  @Test
  void aConformingFileIsRecommendedAndWaitsForTheBoard() {
    AllocationResult result = oneRequest(Answers.conforming(2));

    BatchResult batch = result.batch("B1").get();
    assertThat(batch.trail().last())
        .isEqualTo(new TrailEvent.Recommended("R1", "P1", 2, Option.none()));
    assertThat(batch.trail().last().rule()).isEqualTo(Rule.ALLOC_STEP2_RECOMMEND);
    assertThat(batch.allocations()).containsExactly(pending("R1", "P1", 2));
    assertThat(batch.outcome()).isEqualTo(BatchOutcome.ALLOCATED);
    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.RECOMMENDED);
    assertThat(request.placesGranted()).isZero();
    assertThat(request.placesRemaining()).isZero();
    assertThat(request.keptInRegister()).isEmpty();
    assertThat(result.letters()).isEmpty();
  }

  @Test
  void aRequestNotMaintainedButKeptStaysWaitingInTheRegister() {
    AllocationResult result = oneRequest(answers(false, 0, true));

    BatchResult batch = result.batch("B1").get();
    assertThat(words(batch)).containsExactly("CANDIDATE R1", "NOT_MAINTAINED R1", "NO_CANDIDATE");
    assertThat(batch.trail().get(1).rule()).isEqualTo(Rule.ALLOC_STEP2_MAINTAIN);
    RequestResult request = result.request("R1").get();
    assertThat(batch.trail().get(1)).isEqualTo(new TrailEvent.NotMaintained("R1", "P1", true));
    assertThat(request.status()).isEqualTo(RequestStatus.WAITING);
    assertThat(request.keptInRegister()).contains(true);
    assertThat(request.placesRemaining()).isEqualTo(2);
    assertThat(result.letters()).containsExactly(letter("P1", "R1", LetterKind.WAITING_REGISTER));
  }

  @Test
  void aRequestNotMaintainedNorKeptIsWithdrawnWithARefusalLetter() {
    AllocationResult result = oneRequest(answers(false, 0, false));

    assertThat(result.batch("B1").get().trail().get(1))
        .isEqualTo(new TrailEvent.NotMaintained("R1", "P1", false));
    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
    assertThat(request.keptInRegister()).contains(false);
    assertThat(request.placesRemaining()).isZero();
    // the refusal reports the run's decision: due at the run's date, after decisionDue
    assertThat(result.letters()).containsExactly(refusal("P1", "R1", Rule.ALLOC_STEP2_MAINTAIN));
  }

  @Test
  void aFileThatFailsAConformityCheckIsRefusedNamingTheFailedFieldsInOrder() {
    AllocationResult result =
        oneRequest(answers(true, 2, false, "meetsPlaceNeeds", "engagementFormsOnFile"));

    BatchResult batch = result.batch("B1").get();
    assertThat(batch.trail().get(1))
        .isEqualTo(
            new TrailEvent.NotConform(
                "R1", "P1", List.of("engagementFormsOnFile", "meetsPlaceNeeds"), false));
    assertThat(batch.trail().get(1).rule()).isEqualTo(Rule.ALLOC_STEP2_CONFORMITY);
    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(request.keptInRegister()).contains(false);
    assertThat(result.letters()).containsExactly(refusal("P1", "R1", Rule.ALLOC_STEP2_CONFORMITY));
  }

  @Test
  void aRefusedIncreaseKeptForALaterAnalysisGetsAWaitingRegisterLetter() {
    AllocationResult result = oneRequest(answers(true, 2, true, "tenHourWeekdays"));

    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(request.keptInRegister()).contains(true);
    assertThat(request.placesRemaining()).isEqualTo(2);
    assertThat(result.letters()).containsExactly(letter("P1", "R1", LetterKind.WAITING_REGISTER));
  }

  @Test
  void aRefusedObtentionKeptForALaterAnalysisGetsAWrittenDecision() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 2, "S", "2016-01-04"))
                .addRequests(obtention("O1", "P1", "S", "2015-01-01", 2))
                .addProviders(
                    provider("P1", "S", EVERY_AGE, answers(true, 2, true, "tenHourWeekdays")))
                .build());

    assertThat(result.request("O1").get().status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(result.letters()).containsExactly(letter("P1", "O1", LetterKind.DECISION));
  }

  @Test
  void aTenHourPeriodPlannedInAnnexTwoPassesTheTenHourCheck() {
    Answers planned =
        Answers.builder()
            .from(answers(true, 2, true, "tenHourWeekdays"))
            .tenHourOfferPlannedOn("2016-04-04")
            .build();
    Answers blankPlan =
        Answers.builder()
            .from(answers(true, 2, true, "tenHourWeekdays"))
            .tenHourOfferPlannedOn(" ")
            .build();

    assertThat(words(oneRequest(planned).batch("B1").get()))
        .containsExactly("CANDIDATE R1", "RECOMMENDED R1");
    assertThat(words(oneRequest(blankPlan).batch("B1").get()))
        .containsExactly("CANDIDATE R1", "NOT_CONFORM R1", "NO_CANDIDATE");
  }

  @Test
  void aPlannedTenHourOfferDoesNotPassTheOtherChecks() {
    Answers planned =
        Answers.builder()
            .from(answers(true, 2, true, "tenHourWeekdays", "offerSuitsNeeds"))
            .tenHourOfferPlannedOn("2016-04-04")
            .build();

    assertThat(oneRequest(planned).batch("B1").get().trail().get(1))
        .isEqualTo(new TrailEvent.NotConform("R1", "P1", List.of("offerSuitsNeeds"), true));
  }

  @Test
  void eachConformityFieldAloneRefusesTheFile() {
    for (String field : Answers.CONFORMITY) {
      AllocationResult result = oneRequest(answers(true, 2, true, field));
      assertThat(result.batch("B1").get().trail().get(1))
          .as(field)
          .isEqualTo(new TrailEvent.NotConform("R1", "P1", List.of(field), true));
    }
  }

  @Test
  void placesWantedCapsTheRequestAndTheRestGoesToTheNextCandidate() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 5, "S", "2016-01-04"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 3),
                    increase("R2", "P2", "S", "2015-01-02", 2))
                .addProviders(conforming("P1", "S", 1), conforming("P2", "S", 9))
                .build());

    BatchResult batch = result.batch("B1").get();
    assertThat(batch.allocations()).containsExactly(pending("R1", "P1", 1), pending("R2", "P2", 2));
    assertThat(batch.remainder()).isEqualTo(2);
    assertThat(batch.outcome()).isEqualTo(BatchOutcome.RECOGNIZE_NEW_PROVIDER);
  }

  @Test
  void aRequestCollectsPlacesAcrossBatchesUpToWhatItWants() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(
                    free("B1", 1, "S", "2016-01-04"),
                    free("B2", 3, "S", "2016-01-05"),
                    free("B3", 1, "S", "2016-01-06"))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 5))
                .addProviders(conforming("P1", "S", 3))
                .build());

    // placesWanted (3) caps the share of each offer, not the whole run: R1 asked for 5
    assertThat(result.batch("B1").get().allocations()).containsExactly(pending("R1", "P1", 1));
    assertThat(result.batch("B2").get().allocations()).containsExactly(pending("R1", "P1", 3));
    assertThat(result.batch("B3").get().allocations()).containsExactly(pending("R1", "P1", 1));
    assertThat(result.request("R1").get().placesRemaining()).isZero();
    assertThat(result.request("R1").get().status()).isEqualTo(RequestStatus.RECOMMENDED);
  }

  @Test
  void aRequestFullyReservedIsPassedOverSilentlyByLaterBatches() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 2, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 2),
                    increase("R2", "P2", "S", "2015-01-02", 1))
                .addProviders(conforming("P1", "S", 2), conforming("P2", "S", 1))
                .build());

    assertThat(words(result.batch("B2").get())).containsExactly("CANDIDATE R2", "RECOMMENDED R2");
  }

  /** The two ways of failing step 2 while keeping the request in the register. */
  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            answers(true, 1, true, "offerSuitsNeeds"), "NOT_CONFORM R1", RequestStatus.REFUSED),
        Arguments.of(answers(false, 0, true), "NOT_MAINTAINED R1", RequestStatus.WAITING));
  }

  /** The two ways of failing step 2 and withdrawing the request. */
  static Stream<Arguments> withdrawals() {
    return Stream.of(
        Arguments.of(
            answers(true, 1, false, "offerSuitsNeeds"), "NOT_CONFORM R1", RequestStatus.REFUSED),
        Arguments.of(answers(false, 0, false), "NOT_MAINTAINED R1", RequestStatus.WITHDRAWN));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("withdrawals")
  void aWithdrawnRequestIsPassedOverSilentlyByLaterBatches(
      Answers failing, String event, RequestStatus status) {
    AllocationResult result = twoBatches(failing);

    assertThat(words(result.batch("B1").get()))
        .containsExactly("CANDIDATE R1", event, "CANDIDATE R2", "RECOMMENDED R2");
    assertThat(words(result.batch("B2").get())).containsExactly("CANDIDATE R3", "RECOMMENDED R3");
    assertThat(result.request("R1").get().status()).isEqualTo(status);
    assertThat(result.request("R1").get().keptInRegister()).contains(false);
    assertThat(result.request("R1").get().placesRemaining()).isZero();
  }

  private static AllocationResult twoBatches(Answers failing) {
    return allocate(
        scenario()
            .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
            .addRequests(
                increase("R1", "P1", "S", "2015-01-01", 1),
                increase("R2", "P2", "S", "2015-01-02", 1),
                increase("R3", "P3", "S", "2015-01-03", 1))
            .addProviders(
                provider("P1", "S", EVERY_AGE, failing),
                conforming("P2", "S", 1),
                conforming("P3", "S", 1))
            .build());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("failures")
  void aKeptRequestIsACandidateAgainForLaterBatchesInItsChronologicalPlace(
      Answers failing, String event, RequestStatus status) {
    AllocationResult result = twoBatches(failing);

    assertThat(words(result.batch("B1").get()))
        .containsExactly("CANDIDATE R1", event, "CANDIDATE R2", "RECOMMENDED R2");
    assertThat(words(result.batch("B2").get()))
        .containsExactly("CANDIDATE R1", event, "CANDIDATE R3", "RECOMMENDED R3");
    assertThat(result.request("R1").get().status()).isEqualTo(status);
    assertThat(result.request("R1").get().keptInRegister()).contains(true);
    assertThat(result.request("R1").get().placesRemaining()).isEqualTo(1);
  }

  @Test
  void answersForOneOfferTakePrecedenceOverAnswersForEveryOffer() {
    // P1 declines B1 (a used place it cannot take) but keeps its request: B2 is its place
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-01-02", 1))
                .addProviders(
                    provider(
                        "P1",
                        "S",
                        Answers.conforming(1),
                        HashMap.of("B1", answers(false, 0, true))),
                    conforming("P2", "S", 1))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly("CANDIDATE R1", "NOT_MAINTAINED R1", "CANDIDATE R2", "RECOMMENDED R2");
    assertThat(words(result.batch("B2").get())).containsExactly("CANDIDATE R1", "RECOMMENDED R1");
  }

  @Test
  void answersForOneOfferOnlyLeaveTheOtherOffersAwaitingAnswers() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 2))
                .addProviders(byBatch("P1", "S", HashMap.of("B2", Answers.conforming(1))))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly("CANDIDATE R1", "AWAITING_ANSWERS R1");
    assertThat(words(result.batch("B2").get())).containsExactly("CANDIDATE R1", "RECOMMENDED R1");
    assertThat(result.request("R1").get().status()).isEqualTo(RequestStatus.RECOMMENDED);
  }

  @Test
  void aProviderWithTwoRequestsAnswersForEachAndItsPlacesWantedCapsEach() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 5, "S", "2016-01-04"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 3),
                    increase("R2", "P1", "S", "2015-01-02", 3))
                .addProviders(conforming("P1", "S", 2))
                .build());

    assertThat(result.batch("B1").get().allocations())
        .containsExactly(pending("R1", "P1", 2), pending("R2", "P1", 2));
  }

  @Test
  void placesOfATemporaryBatchAreHeldUntilItsEnd() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(
                    Batch.builder()
                        .from(free("B1", 1, "S", "2016-01-04"))
                        .kind("TEMPORARY")
                        .until("2016-09-30")
                        .build())
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 1))
                .addProviders(conforming("P1", "S", 1))
                .build());

    Option<LocalDate> until = Option.some(LocalDate.parse("2016-09-30"));
    BatchResult batch = result.batch("B1").get();
    assertThat(batch.trail().last()).isEqualTo(new TrailEvent.Recommended("R1", "P1", 1, until));
    assertThat(batch.allocations()).containsExactly(new Allocation("R1", "P1", 1, until, false));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("failures")
  void aRequestThatFailedStepTwoForOneBatchMayStillFailTheNext(
      Answers failing, String event, RequestStatus status) {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-01-02", 1),
                    increase("R3", "P3", "S", "2015-01-03", 1))
                .addProviders(
                    provider("P1", "S", EVERY_AGE, failing),
                    conforming("P2", "S", 1),
                    conforming("P3", "S", 1))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly("CANDIDATE R1", event, "CANDIDATE R2", "RECOMMENDED R2");
    assertThat(words(result.batch("B2").get()))
        .containsExactly("CANDIDATE R1", event, "CANDIDATE R3", "RECOMMENDED R3");
    assertThat(result.request("R1").get().status()).isEqualTo(status);
  }

  @Test
  void everyEventOfACandidateNamesItsRequestItsProviderAndItsRule() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-01-02", 1),
                    increase("R3", "P3", "S", "2015-01-03", 1))
                .addProviders(
                    provider("P1", "S", EVERY_AGE, answers(false, 0, true)),
                    provider("P2", "S", EVERY_AGE, answers(true, 1, true, "tenHourWeekdays")),
                    conforming("P3", "S", 1))
                .build());

    assertThat(
            result
                .batch("B1")
                .get()
                .trail()
                .map(e -> List.of(e.event(), e.request(), e.provider(), e.rule())))
        .containsExactly(
            List.of(
                "CANDIDATE", Option.some("R1"), Option.some("P1"), Rule.ALLOC_STEP1_SAME_SECTOR),
            List.of(
                "NOT_MAINTAINED", Option.some("R1"), Option.some("P1"), Rule.ALLOC_STEP2_MAINTAIN),
            List.of(
                "CANDIDATE", Option.some("R2"), Option.some("P2"), Rule.ALLOC_STEP1_SAME_SECTOR),
            List.of(
                "NOT_CONFORM", Option.some("R2"), Option.some("P2"), Rule.ALLOC_STEP2_CONFORMITY),
            List.of(
                "CANDIDATE", Option.some("R3"), Option.some("P3"), Rule.ALLOC_STEP1_SAME_SECTOR),
            List.of(
                "RECOMMENDED", Option.some("R3"), Option.some("P3"), Rule.ALLOC_STEP2_RECOMMEND));
    assertThat(
            allocate(
                    scenario()
                        .addBatches(free("B1", 1, "S", "2016-01-04"))
                        .addRequests(increase("R4", "P4", "S", "2015-01-04", 1))
                        .addProviders(unanswered("P4", "S"))
                        .build())
                .batch("B1")
                .get()
                .trail()
                .map(e -> List.of(e.event(), e.request(), e.provider(), e.rule())))
        .containsExactly(
            List.of(
                "CANDIDATE", Option.some("R4"), Option.some("P4"), Rule.ALLOC_STEP1_SAME_SECTOR),
            List.of(
                "AWAITING_ANSWERS",
                Option.some("R4"),
                Option.some("P4"),
                Rule.ALLOC_STEP2_AWAITING));
  }

  @Test
  void eventsAboutNoRequestNameNeitherRequestNorProvider() {
    TrailEvent left = new TrailEvent.SectorLeft("T", java.math.BigDecimal.TEN);
    TrailEvent none = new TrailEvent.NoCandidate(Rule.ALLOC_STEP1_NEW_PROVIDER);

    assertThat(List.of(left.request(), left.provider(), none.request(), none.provider()))
        .containsOnly(Option.none());
  }

  @Test
  void lettersAreOrderedByProviderThenRequestThenLetter() {
    List<Letter> letters =
        List.of(
            letter("P1", "R1", LetterKind.REFUSAL),
            letter("P1", "R0", LetterKind.WAITING_REGISTER),
            letter("P0", "R9", LetterKind.DECISION),
            letter("P1", "R1", LetterKind.CONFIRMATION));

    assertThat(letters.sorted(Letter.ORDER))
        .containsExactly(
            letter("P0", "R9", LetterKind.DECISION),
            letter("P1", "R0", LetterKind.WAITING_REGISTER),
            letter("P1", "R1", LetterKind.CONFIRMATION),
            letter("P1", "R1", LetterKind.REFUSAL));
    assertThat(List.of(LetterKind.values()).map(LetterKind::annex))
        .containsExactly(
            Option.some("3.1"),
            Option.some("3.2"),
            Option.some("3.5"),
            Option.none(),
            Option.none());
  }

  /** A letter due 2015-01-31, the due date of requests received on 2015-01-01. */
  private static Letter letter(String provider, String request, LetterKind kind) {
    return new Letter(
        provider,
        request,
        kind,
        LocalDate.parse("2015-01-31"),
        Rule.ALLOC_DECISION_DELAY,
        List.empty());
  }

  /** A refusal after a decline or failed checks: due at the run's date, 2016-03-01. */
  private static Letter refusal(String provider, String request, Rule rule) {
    return new Letter(
        provider, request, LetterKind.REFUSAL, LocalDate.parse("2016-03-01"), rule, List.empty());
  }

  private static Scenario awaiting() {
    return scenario()
        .addBatches(
            free("B1", 2, "S", "2016-01-04"),
            free("B2", 1, "T", "2016-01-05"),
            free("B3", 1, "S", "2016-01-06"))
        .addRequests(
            increase("R1", "P1", "S", "2015-01-01", 1),
            increase("R2", "P2", "S", "2015-01-02", 1),
            increase("R3", "P3", "S", "2015-01-03", 1),
            increase("T1", "P4", "T", "2015-01-01", 1),
            increase("T2", "P5", "T", "2015-01-02", 1),
            obtention("O1", "P6", "S", "2015-01-01", 1))
        .addProviders(
            conforming("P1", "S", 1),
            unanswered("P2", "S"),
            conforming("P3", "S", 1),
            conforming("P4", "T", 1),
            conforming("P5", "T", 1),
            conforming("P6", "S", 1))
        .build();
  }

  @Test
  void missingAnswersStopTheBatchAndLaterBatchesStillRun() {
    AllocationResult result = allocate(awaiting());

    BatchResult first = result.batch("B1").get();
    assertThat(words(first))
        .containsExactly("CANDIDATE R1", "RECOMMENDED R1", "CANDIDATE R2", "AWAITING_ANSWERS R2");
    assertThat(first.trail().last().rule()).isEqualTo(Rule.ALLOC_STEP2_AWAITING);
    assertThat(first.outcome()).isEqualTo(BatchOutcome.PENDING_VERIFICATION);
    assertThat(first.pendingProvider()).contains("P2");
    assertThat(first.remainder()).isEqualTo(1);
    assertThat(result.batch("B2").get().allocations()).containsExactly(pending("T1", "P4", 1));
    assertThat(result.batch("B2").get().pendingProvider()).isEmpty();
    assertThat(words(result.batch("B3").get()))
        .containsExactly("CANDIDATE R2", "AWAITING_ANSWERS R2");
    assertThat(result.request("R2").get().status()).isEqualTo(RequestStatus.PENDING_VERIFICATION);
    assertThat(result.request("R2").get().keptInRegister()).isEmpty();
  }

  @Test
  void aLetterIsDecidedByItsRequestAloneNotHeldBackByABatchAwaitingAnswers() {
    AllocationResult pending = allocate(awaiting());
    assertThat(pending.request("T2").get().status()).isEqualTo(RequestStatus.WAITING);
    assertThat(pending.request("R3").get().status()).isEqualTo(RequestStatus.WAITING);
    assertThat(pending.letters().map(l -> l.request() + " " + l.letter() + " " + l.due()))
        .containsExactly(
            "R3 WAITING_REGISTER 2015-02-02",
            "T2 WAITING_REGISTER 2015-02-01",
            "O1 DECISION 2015-01-31");

    Scenario answered =
        Scenario.builder()
            .from(awaiting())
            .providers(
                awaiting()
                    .providers()
                    .map(p -> p.id().contains("P2") ? conforming("P2", "S", 1) : p))
            .build();
    AllocationResult recommended = allocate(answered);
    assertThat(recommended.batches().map(BatchResult::outcome))
        .doesNotContain(BatchOutcome.PENDING_VERIFICATION);
    // recommendations await the board: no letter for them; T2 and O1, never reached, wait
    assertThat(recommended.letters().map(l -> l.request() + " " + l.letter()))
        .containsExactly("T2 WAITING_REGISTER", "O1 DECISION");

    Scenario decided =
        Scenario.builder()
            .from(answered)
            .addBoardDecisions(
                board("B1", "R1", true),
                board("B1", "R2", true),
                board("B2", "T1", true),
                board("B3", "R3", false),
                board("B3", "O1", true))
            .build();
    AllocationResult done = allocate(decided);
    assertThat(done.letters().map(l -> l.provider() + " " + l.request() + " " + l.letter()))
        .containsExactly(
            "P1 R1 CONFIRMATION",
            "P2 R2 CONFIRMATION",
            "P3 R3 REFUSAL",
            "P4 T1 CONFIRMATION",
            "P5 T2 WAITING_REGISTER",
            "P6 O1 CONFIRMATION");
    assertThat(done.request("R3").get().status()).isEqualTo(RequestStatus.REFUSED);
  }

  @Test
  void answersGivenWithEveryFieldAbsentAreCheckedWholeNotReadAsUnreached() {
    Scenario empty =
        scenario()
            .addBatches(free("B1", 2, "S", "2016-01-04"))
            .addRequests(increase("R1", "P1", "S", "2015-01-01", 2))
            .addProviders(provider("P1", "S", EVERY_AGE, Answers.builder().build()))
            .build();

    assertThat(Allocator.check(empty).violations().map(v -> v.rule() + "@" + v.path()))
        .hasSize(8)
        .allMatch(found -> found.startsWith("SCENARIO_ANSWERS_INCONSISTENT@providers[0].answers."));
    assertThat(Allocator.allocate(empty).isInvalid()).isTrue();
  }

  @Test
  void notMaintainedAnswersNeedNoPlaces() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P1", "S", "2015-01-02", 1))
                .addProviders(provider("P1", "S", EVERY_AGE, answers(false, 0, false)))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly(
            "CANDIDATE R1",
            "NOT_MAINTAINED R1",
            "CANDIDATE R2",
            "NOT_MAINTAINED R2",
            "NO_CANDIDATE");
    assertThat(result.letters())
        .containsExactly(
            refusal("P1", "R1", Rule.ALLOC_STEP2_MAINTAIN),
            refusal("P1", "R2", Rule.ALLOC_STEP2_MAINTAIN));
    assertThat(result.request("R2").get().effectiveOn()).isEqualTo(Option.none());
  }
}
