package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.EVERY_AGE;
import static io.github.childcarerules.allocation.Given.allocate;
import static io.github.childcarerules.allocation.Given.answers;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.obtention;
import static io.github.childcarerules.allocation.Given.provider;
import static io.github.childcarerules.allocation.Given.scenario;
import static io.github.childcarerules.allocation.Given.unanswered;
import static io.github.childcarerules.allocation.Given.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
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
  void aConformingFileIsRecommendedAndAccepted() {
    AllocationResult result = oneRequest(Answers.conforming(2));

    BatchResult batch = result.batch("B1").get();
    assertThat(batch.trail().last()).isEqualTo(new TrailEvent.Recommended("R1", "P1", 2));
    assertThat(batch.trail().last().rule()).isEqualTo(Rule.ALLOC_STEP2_RECOMMEND);
    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
    assertThat(request.placesGranted()).isEqualTo(2);
    assertThat(request.keptInRegister()).isEmpty();
    assertThat(result.notices()).containsExactly(new Notice("P1", "R1", Annex.CONFIRMATION));
  }

  @Test
  void aRequestNotMaintainedButKeptStaysWaitingInTheRegister() {
    AllocationResult result = oneRequest(answers(false, 0, true));

    BatchResult batch = result.batch("B1").get();
    assertThat(words(batch)).containsExactly("CANDIDATE R1", "NOT_MAINTAINED R1", "NO_CANDIDATE");
    assertThat(batch.trail().get(1).rule()).isEqualTo(Rule.ALLOC_STEP2_MAINTAIN);
    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.WAITING);
    assertThat(request.keptInRegister()).contains(true);
    assertThat(result.notices()).containsExactly(new Notice("P1", "R1", Annex.WAITING_REGISTER));
  }

  @Test
  void aRequestNotMaintainedNorKeptIsWithdrawnWithARefusalNotice() {
    AllocationResult result = oneRequest(answers(false, 0, false));

    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
    assertThat(request.keptInRegister()).contains(false);
    assertThat(result.notices()).containsExactly(new Notice("P1", "R1", Annex.REFUSAL));
  }

  @Test
  void aFileThatFailsAConformityCheckIsRefusedNamingTheFailedFieldsInOrder() {
    AllocationResult result =
        oneRequest(answers(true, 2, false, "meetsPlaceNeeds", "engagementFormsOnFile"));

    BatchResult batch = result.batch("B1").get();
    assertThat(batch.trail().get(1))
        .isEqualTo(
            new TrailEvent.NotConform(
                "R1", "P1", List.of("engagementFormsOnFile", "meetsPlaceNeeds")));
    assertThat(batch.trail().get(1).rule()).isEqualTo(Rule.ALLOC_STEP2_CONFORMITY);
    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(request.keptInRegister()).contains(false);
    assertThat(result.notices()).containsExactly(new Notice("P1", "R1", Annex.REFUSAL));
  }

  @Test
  void aRefusedRequestKeptForALaterAnalysisGetsNoNotice() {
    AllocationResult result = oneRequest(answers(true, 2, true, "tenHourWeekdays"));

    RequestResult request = result.request("R1").get();
    assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(request.keptInRegister()).contains(true);
    assertThat(result.notices()).isEmpty();
  }

  @Test
  void eachConformityFieldAloneRefusesTheFile() {
    for (String field : Answers.CONFORMITY) {
      AllocationResult result = oneRequest(answers(true, 2, true, field));
      assertThat(result.batch("B1").get().trail().get(1))
          .as(field)
          .isEqualTo(new TrailEvent.NotConform("R1", "P1", List.of(field)));
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
    assertThat(batch.allocations())
        .containsExactly(new Allocation("R1", "P1", 1), new Allocation("R2", "P2", 2));
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

    assertThat(result.batch("B1").get().allocations())
        .containsExactly(new Allocation("R1", "P1", 1));
    assertThat(result.batch("B2").get().allocations())
        .containsExactly(new Allocation("R1", "P1", 2));
    assertThat(words(result.batch("B3").get())).containsExactly("NO_CANDIDATE");
    assertThat(result.request("R1").get().placesGranted()).isEqualTo(3);
  }

  /** The two ways of failing step 2 while keeping the request in the register. */
  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            answers(true, 1, true, "offerSuitsNeeds"), "NOT_CONFORM R1", RequestStatus.REFUSED),
        Arguments.of(answers(false, 0, true), "NOT_MAINTAINED R1", RequestStatus.WAITING));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("failures")
  void aRequestThatFailedStepTwoIsPassedOverSilentlyByLaterBatches(
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
    assertThat(words(result.batch("B2").get())).containsExactly("CANDIDATE R3", "RECOMMENDED R3");
    assertThat(result.request("R1").get().status()).isEqualTo(status);
    assertThat(result.request("R1").get().keptInRegister()).contains(true);
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
    TrailEvent left = new TrailEvent.SectorLeft("T");
    TrailEvent none = new TrailEvent.NoCandidate(Rule.ALLOC_STEP1_NEW_PROVIDER);

    assertThat(List.of(left.request(), left.provider(), none.request(), none.provider()))
        .containsOnly(Option.none());
  }

  @Test
  void noticesAreOrderedByProviderThenRequestThenAnnexNumber() {
    List<Notice> notices =
        List.of(
            new Notice("P1", "R1", Annex.WAITING_REGISTER),
            new Notice("P1", "R1", Annex.REFUSAL),
            new Notice("P1", "R0", Annex.WAITING_REGISTER),
            new Notice("P0", "R9", Annex.WAITING_REGISTER),
            new Notice("P1", "R1", Annex.CONFIRMATION));

    assertThat(notices.sorted(Notice.ORDER))
        .containsExactly(
            new Notice("P0", "R9", Annex.WAITING_REGISTER),
            new Notice("P1", "R0", Annex.WAITING_REGISTER),
            new Notice("P1", "R1", Annex.CONFIRMATION),
            new Notice("P1", "R1", Annex.REFUSAL),
            new Notice("P1", "R1", Annex.WAITING_REGISTER));
    assertThat(List.of(Annex.values()).map(Annex::number)).containsExactly("3.1", "3.2", "3.5");
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
    assertThat(result.batch("B2").get().allocations())
        .containsExactly(new Allocation("T1", "P4", 1));
    assertThat(result.batch("B2").get().pendingProvider()).isEmpty();
    assertThat(words(result.batch("B3").get()))
        .containsExactly("CANDIDATE R2", "AWAITING_ANSWERS R2");
    assertThat(result.request("R2").get().status()).isEqualTo(RequestStatus.PENDING_VERIFICATION);
    assertThat(result.request("R2").get().keptInRegister()).isEmpty();
  }

  @Test
  void waitingRequestsGetTheRegisterNoticeOnlyInARunWithoutPendingBatch() {
    AllocationResult pending = allocate(awaiting());
    assertThat(pending.request("T2").get().status()).isEqualTo(RequestStatus.WAITING);
    assertThat(pending.request("R3").get().status()).isEqualTo(RequestStatus.WAITING);
    assertThat(pending.notices().map(Notice::annex)).doesNotContain(Annex.WAITING_REGISTER);

    Scenario answered =
        Scenario.builder()
            .from(awaiting())
            .providers(
                awaiting()
                    .providers()
                    .map(p -> p.id().contains("P2") ? conforming("P2", "S", 1) : p))
            .build();
    AllocationResult done = allocate(answered);
    assertThat(done.batches().map(BatchResult::outcome))
        .doesNotContain(BatchOutcome.PENDING_VERIFICATION);
    assertThat(done.notices())
        .contains(new Notice("P5", "T2", Annex.WAITING_REGISTER))
        .doesNotContain(new Notice("P6", "O1", Annex.WAITING_REGISTER));
    assertThat(done.request("O1").get().status()).isEqualTo(RequestStatus.WAITING);
  }

  @Test
  void answersWithEveryFieldAbsentMeanTheProviderWasNotReached() {
    AllocationResult result = oneRequest(Answers.builder().build());

    assertThat(result.batch("B1").get().outcome()).isEqualTo(BatchOutcome.PENDING_VERIFICATION);
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
    assertThat(result.notices())
        .containsExactly(
            new Notice("P1", "R1", Annex.REFUSAL), new Notice("P1", "R2", Annex.REFUSAL));
    assertThat(result.request("R2").get().effectiveOn()).isEqualTo(Option.none());
  }
}
