package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.child;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.decrease;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.sector;
import static io.github.childcarerules.allocation.Given.used;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.ChildProfile;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES.md §9 "Scenario checks": each on both sides, at its path. */
class ScenarioChecksTest {
  private static final Scenario VALID =
      Scenario.builder()
          .asOf("2016-03-01")
          .addSectors(sector("S", 100, 40, 2), sector("T", 50, 10, 0))
          .addBatches(
              free("B1", 2, "S", "2016-03-01"),
              used("B2", 1, "S", "2016-03-07", child(30, List.empty(), List.of("ALLERGY"))))
          .addRequests(
              increase("R1", "P1", "S", "2015-04-01", 1),
              Given.obtention("O1", "P2", "S", "2015-05-01", 2),
              decrease("D1", "SUSPENSION", "2016-01-01", "2016-02-01", Option.some("2016-08-01")))
          .addProviders(conforming("P1", "S", 1), Given.unanswered("P2", "S"))
          .build();

  private static List<String> found(Scenario scenario) {
    return Allocator.check(scenario).violations().map(v -> v.rule() + "@" + v.path());
  }

  private static Scenario batch(int index, UnaryOperator<Batch.Builder> change) {
    Batch changed = change.apply(Batch.builder().from(VALID.batches().get(index))).build();
    return Scenario.builder().from(VALID).batches(VALID.batches().update(index, changed)).build();
  }

  private static Scenario request(int index, UnaryOperator<Request.Builder> change) {
    Request changed = change.apply(Request.builder().from(VALID.requests().get(index))).build();
    return Scenario.builder().from(VALID).requests(VALID.requests().update(index, changed)).build();
  }

  private static Scenario provider(int index, Provider changed) {
    return Scenario.builder()
        .from(VALID)
        .providers(VALID.providers().update(index, changed))
        .build();
  }

  private static Scenario sectors(Sector... sectors) {
    return Scenario.builder().from(VALID).sectors(List.of(sectors)).build();
  }

  @Test
  void theValidScenarioHasNoViolation() {
    assertThat(found(VALID)).isEmpty();
    assertThat(Allocator.allocate(VALID).isValid()).isTrue();
  }

  @Test
  void aRequestWithAnIdAndNoTypeIsReportedForItsTypeOnly() {
    Scenario untyped = request(0, r -> r.type((RequestType) null));

    assertThat(found(untyped)).containsExactly("SCENARIO_FIELD_REQUIRED@requests[0].type");
  }

  @Test
  void anEmptyScenarioIsValidAndAllocatesNothing() {
    AllocationResult result =
        Allocator.allocate(Scenario.builder().asOf("2016-01-01").build()).get();
    assertThat(result.batches()).isEmpty();
    assertThat(result.requests()).isEmpty();
  }

  @Test
  void everyRequiredFieldIsReportedAtItsPath() {
    Scenario empty =
        Scenario.builder()
            .addSectors(Sector.builder().build())
            .addBatches(Batch.builder().build())
            .addRequests(Request.builder().id(" ").build())
            .addProviders(Provider.builder().build())
            .addBoardDecisions(BoardDecision.builder().build())
            .build();

    assertThat(found(empty))
        .containsExactly(
            "SCENARIO_FIELD_REQUIRED@asOf",
            "SCENARIO_FIELD_REQUIRED@batches[0].availableOn",
            "SCENARIO_FIELD_REQUIRED@batches[0].id",
            "SCENARIO_FIELD_REQUIRED@batches[0].kind",
            "SCENARIO_FIELD_REQUIRED@batches[0].origin",
            "SCENARIO_FIELD_REQUIRED@batches[0].places",
            "SCENARIO_FIELD_REQUIRED@batches[0].sector",
            "SCENARIO_FIELD_REQUIRED@batches[0].status",
            "SCENARIO_FIELD_REQUIRED@boardDecisions[0].authorized",
            "SCENARIO_FIELD_REQUIRED@boardDecisions[0].batch",
            "SCENARIO_FIELD_REQUIRED@boardDecisions[0].on",
            "SCENARIO_FIELD_REQUIRED@boardDecisions[0].request",
            "SCENARIO_FIELD_REQUIRED@providers[0].id",
            "SCENARIO_FIELD_REQUIRED@providers[0].offer",
            "SCENARIO_FIELD_REQUIRED@providers[0].sector",
            "SCENARIO_FIELD_REQUIRED@requests[0].id",
            "SCENARIO_FIELD_REQUIRED@requests[0].places",
            "SCENARIO_FIELD_REQUIRED@requests[0].provider",
            "SCENARIO_FIELD_REQUIRED@requests[0].receivedOn",
            "SCENARIO_FIELD_REQUIRED@requests[0].sector",
            "SCENARIO_FIELD_REQUIRED@requests[0].type",
            "SCENARIO_FIELD_REQUIRED@sectors[0].children",
            "SCENARIO_FIELD_REQUIRED@sectors[0].name",
            "SCENARIO_FIELD_REQUIRED@sectors[0].parentNeeds",
            "SCENARIO_FIELD_REQUIRED@sectors[0].places");
    assertThat(Allocator.allocate(empty).isInvalid()).isTrue();
  }

  @Test
  void duplicatesAreReportedAtEachOccurrenceAfterTheFirst() {
    Scenario duplicated =
        Scenario.builder()
            .from(VALID)
            .sectors(VALID.sectors().append(sector("S", 1, 1, 1)))
            .batches(VALID.batches().appendAll(VALID.batches()))
            .requests(
                VALID
                    .requests()
                    .append(increase("R1", "P1", "S", "2015-04-01", 1))
                    .append(
                        decrease(
                            "B1", "RATIO_DECREASE", "2016-01-01", "2016-02-01", Option.none())))
            .providers(VALID.providers().append(conforming("P1", "S", 1)))
            .build();

    assertThat(found(duplicated))
        .containsExactly(
            "SCENARIO_DUPLICATE_ID@batches[2].id",
            "SCENARIO_DUPLICATE_ID@batches[3].id",
            "SCENARIO_DUPLICATE_ID@providers[2].id",
            "SCENARIO_DUPLICATE_ID@requests[3].id",
            "SCENARIO_DUPLICATE_ID@requests[4].id",
            "SCENARIO_DUPLICATE_ID@sectors[2].name");
  }

  @ParameterizedTest(name = "places {0}: violation {1}")
  @CsvSource({"1, false", "0, true", "-1, true", "2.5, true", "2.0, false", "3000000000, true"})
  void placesAreAWholeNumberOfAtLeastOne(String places, boolean broken) {
    BigDecimal count = new BigDecimal(places);
    assertThat(found(batch(0, b -> b.places(count))))
        .isEqualTo(
            broken ? List.of("SCENARIO_PLACES_NOT_POSITIVE@batches[0].places") : List.empty());
    assertThat(found(request(0, r -> r.places(count))))
        .isEqualTo(
            broken ? List.of("SCENARIO_PLACES_NOT_POSITIVE@requests[0].places") : List.empty());
  }

  @Test
  void aUsedBatchHasAChildAndAFreeOneHasNone() {
    assertThat(found(batch(1, b -> b.child(Option.none()))))
        .containsExactly("SCENARIO_USED_WITHOUT_CHILD@batches[1].child");
    assertThat(found(batch(1, b -> b.child(ChildProfile.builder().build()))))
        .containsExactly("SCENARIO_USED_WITHOUT_CHILD@batches[1].child");
    assertThat(found(batch(1, b -> b.child(ChildProfile.builder().addNeeds("X").build()))))
        .containsExactly("SCENARIO_USED_WITHOUT_CHILD@batches[1].child.ageMonths");
    assertThat(found(batch(1, b -> b.child(child(-1, List.empty(), List.empty())))))
        .containsExactly("SCENARIO_USED_WITHOUT_CHILD@batches[1].child.ageMonths");
    assertThat(found(batch(1, b -> b.child(child(0, List.empty(), List.empty()))))).isEmpty();
    assertThat(found(batch(0, b -> b.child(child(0, List.empty(), List.empty())))))
        .containsExactly("SCENARIO_USED_WITHOUT_CHILD@batches[0].child");
  }

  @ParameterizedTest(name = "{0} until {1}: violation {2}")
  @CsvSource({
    "TEMPORARY, '', true",
    "TEMPORARY, 2016-02-29, true",
    "TEMPORARY, 2016-03-01, false",
    "PERMANENT, 2016-03-01, true",
    "PERMANENT, '', false"
  })
  void aTemporaryBatchHasAnEndNotBeforeItsAvailability(String kind, String until, boolean broken) {
    Scenario scenario =
        batch(0, b -> b.kind(kind).until(Option.of(until).filter(u -> !u.isEmpty())));
    assertThat(found(scenario))
        .isEqualTo(
            broken ? List.of("SCENARIO_TEMPORARY_WITHOUT_END@batches[0].until") : List.empty());
  }

  @Test
  void increaseAndObtentionRequestsNameAKnownProvider() {
    assertThat(found(request(0, r -> r.provider("P9"))))
        .containsExactly("SCENARIO_UNKNOWN_PROVIDER@requests[0].provider");
    assertThat(found(request(1, r -> r.provider("P9"))))
        .containsExactly("SCENARIO_UNKNOWN_PROVIDER@requests[1].provider");
    assertThat(found(request(2, r -> r.provider("P9")))).isEmpty();
  }

  @Test
  void aDecreaseHasAReasonARequestedDateAndForASuspensionAnEnd() {
    assertThat(found(request(2, r -> r.reason(Option.none()).requestedDate(Option.none()))))
        .containsExactly(
            "SCENARIO_DECREASE_INCOMPLETE@requests[2].reason",
            "SCENARIO_DECREASE_INCOMPLETE@requests[2].requestedDate");
    assertThat(found(request(2, r -> r.until(Option.none()))))
        .containsExactly("SCENARIO_DECREASE_INCOMPLETE@requests[2].until");
    assertThat(found(request(2, r -> r.reason("RATIO_DECREASE").until(Option.none())))).isEmpty();
    assertThat(found(request(0, r -> r.reason(Option.none())))).isEmpty();
  }

  @ParameterizedTest(name = "count {0}: violation {1}")
  @CsvSource({"0, false", "-1, true", "1.5, true", "7, false", "7.0, false", "1E+999999999, true"})
  void sectorCountsAreWholeAndNotNegative(String count, boolean broken) {
    BigDecimal value = new BigDecimal(count);
    Sector sector =
        Sector.builder().name("S").children(value).places(value).parentNeeds(value).build();
    assertThat(found(sectors(sector)))
        .isEqualTo(
            broken
                ? List.of(
                    "SCENARIO_NEGATIVE_COUNT@sectors[0].children",
                    "SCENARIO_NEGATIVE_COUNT@sectors[0].parentNeeds",
                    "SCENARIO_NEGATIVE_COUNT@sectors[0].places")
                : List.empty());
  }

  @Test
  void answersHoldAllEightFields() {
    Answers partial = Answers.builder().maintainsRequest(true).placesWanted(BigDecimal.ONE).build();
    Provider provider = Provider.builder().from(VALID.providers().get(0)).answers(partial).build();

    assertThat(found(provider(0, provider)))
        .containsExactly(
            "SCENARIO_ANSWERS_INCONSISTENT@providers[0].answers.commitmentMatchesAgreements",
            "SCENARIO_ANSWERS_INCONSISTENT@providers[0].answers.engagementFormsOnFile",
            "SCENARIO_ANSWERS_INCONSISTENT@providers[0].answers.keepsRequest",
            "SCENARIO_ANSWERS_INCONSISTENT@providers[0].answers.meetsPlaceNeeds",
            "SCENARIO_ANSWERS_INCONSISTENT@providers[0].answers.offerSuitsNeeds",
            "SCENARIO_ANSWERS_INCONSISTENT@providers[0].answers.tenHourWeekdays");
  }

  @Test
  void answersWithoutMaintainsRequestAreReportedAtThatField() {
    Answers answers =
        Answers.builder().from(Answers.conforming(1)).maintainsRequest(Option.none()).build();
    Provider provider = Provider.builder().from(VALID.providers().get(0)).answers(answers).build();

    assertThat(found(provider(0, provider)))
        .containsExactly("SCENARIO_ANSWERS_INCONSISTENT@providers[0].answers.maintainsRequest");
  }

  @Test
  void answersWithoutPlacesWantedAreReportedOnceAtThatField() {
    Answers answers =
        Answers.builder().from(Answers.conforming(1)).placesWanted(Option.none()).build();
    Provider provider = Provider.builder().from(VALID.providers().get(0)).answers(answers).build();

    assertThat(found(provider(0, provider)))
        .containsExactly("SCENARIO_ANSWERS_INCONSISTENT@providers[0].answers.placesWanted");
  }

  @ParameterizedTest(name = "maintains {0}, placesWanted {1}: violation {2}")
  @CsvSource({
    "true, 1, false",
    "true, 0, true",
    "false, 0, false",
    "false, -1, true",
    "true, 1.5, true"
  })
  void placesWantedIsAtLeastOneWhenTheRequestIsMaintained(
      boolean maintains, String wanted, boolean broken) {
    Answers answers =
        Answers.builder()
            .from(Answers.conforming(1))
            .maintainsRequest(maintains)
            .placesWanted(new BigDecimal(wanted))
            .build();
    Provider provider = Provider.builder().from(VALID.providers().get(0)).answers(answers).build();

    assertThat(found(provider(0, provider)))
        .isEqualTo(
            broken
                ? List.of("SCENARIO_ANSWERS_INCONSISTENT@providers[0].answers.placesWanted")
                : List.empty());
  }

  @Test
  void datesAndEnumerationsAreCheckedAsInRecords() {
    Scenario scenario =
        Scenario.builder()
            .from(
                batch(0, b -> b.availableOn("2016-02-30").kind("FOREVER").status("x").origin("?")))
            .asOf("2016-3-1")
            .requests(
                VALID
                    .requests()
                    .update(0, Request.builder().from(VALID.requests().get(0)).type("MORE").build())
                    .update(
                        2,
                        Request.builder()
                            .from(VALID.requests().get(2))
                            .reason("HOLIDAY")
                            .receivedOn("01/01/2016")
                            .until("2016-13-01")
                            .build()))
            .providers(
                VALID
                    .providers()
                    .update(
                        1,
                        Provider.builder()
                            .from(VALID.providers().get(1))
                            .offer(
                                Offer.of(
                                    List.of("MONTHS_18_59", "TODDLERS"),
                                    List.empty(),
                                    List.empty()))
                            .build()))
            .build();

    assertThat(found(scenario))
        .containsExactly(
            "DATE_FORMAT@asOf",
            "DATE_FORMAT@batches[0].availableOn",
            "VALUE_NOT_ALLOWED@batches[0].kind",
            "VALUE_NOT_ALLOWED@batches[0].origin",
            "VALUE_NOT_ALLOWED@batches[0].status",
            "VALUE_NOT_ALLOWED@providers[1].offer.ageGroups[1]",
            "VALUE_NOT_ALLOWED@requests[0].type",
            "VALUE_NOT_ALLOWED@requests[2].reason",
            "DATE_FORMAT@requests[2].receivedOn",
            "DATE_FORMAT@requests[2].until");
    ValidationReport report = Allocator.check(scenario);
    assertThat(report.violations().get(2).message(java.util.Locale.ENGLISH))
        .contains("PERMANENT, TEMPORARY");
  }

  // ---- answers per offer, the board's decisions, the analyst's order (revised §9)

  private static Scenario withBoard(BoardDecision... decisions) {
    return Scenario.builder().from(VALID).addBoardDecisions(decisions).build();
  }

  @Test
  void boardDecisionsNameABatchOrADecreaseAndAnIncreaseOrObtentionRequest() {
    assertThat(
            found(
                withBoard(
                    BoardDecision.of("B1", "R1", true, "2016-03-15"),
                    BoardDecision.of("D1", "O1", false, "2016-03-15"),
                    BoardDecision.of("B2", "R1", true, "2016-03-15"))))
        .isEmpty();
    assertThat(
            found(
                withBoard(
                    BoardDecision.of("B9", "R1", true, "2016-03-15"),
                    BoardDecision.of("B1", "D1", true, "2016-03-15"),
                    BoardDecision.of("B1", "R9", true, "2016-03-15"),
                    BoardDecision.of("B1", "R1", true, "2016-15-03"))))
        .containsExactly(
            "SCENARIO_UNKNOWN_REFERENCE@boardDecisions[0].batch",
            "SCENARIO_UNKNOWN_REFERENCE@boardDecisions[1].request",
            "SCENARIO_UNKNOWN_REFERENCE@boardDecisions[2].request",
            "DATE_FORMAT@boardDecisions[3].on");
  }

  @Test
  void theBoardDecidesOncePerBatchAndRequest() {
    assertThat(
            found(
                withBoard(
                    BoardDecision.of("B1", "R1", true, "2016-03-15"),
                    BoardDecision.of("B1", "O1", true, "2016-03-15"),
                    BoardDecision.of("B1", "R1", false, "2016-03-20"))))
        .containsExactly("SCENARIO_DUPLICATE_ID@boardDecisions[2]");
    assertThat(
            Allocator.check(
                    withBoard(
                        BoardDecision.of("B1", "R1", true, "2016-03-15"),
                        BoardDecision.of("B1", "R1", false, "2016-03-20")))
                .violations()
                .head()
                .message(java.util.Locale.ENGLISH))
        .contains("B1/R1");
  }

  @Test
  void theAnalystsOrderNamesListedSectorsOnce() {
    Scenario ordered = Scenario.builder().from(VALID).sectorOrder(List.of("T", "S")).build();
    Scenario wrong =
        Scenario.builder().from(VALID).sectorOrder(List.of("S", "Nowhere", "T", "S", "")).build();

    assertThat(found(ordered)).isEmpty();
    assertThat(found(wrong))
        .containsExactly(
            "SCENARIO_UNKNOWN_REFERENCE@sectorOrder[1]",
            "SCENARIO_DUPLICATE_ID@sectorOrder[3]",
            "SCENARIO_UNKNOWN_REFERENCE@sectorOrder[4]");
  }

  @Test
  void answersByBatchNameABatchOfTheScenarioAndAreCheckedLikeAnswers() {
    Answers incomplete =
        Answers.builder().from(Answers.conforming(1)).meetsPlaceNeeds(Option.none()).build();
    Provider answering =
        Provider.builder()
            .from(VALID.providers().get(0))
            .answersByBatch(
                HashMap.of(
                    "B1", Answers.conforming(1),
                    "D1", Answers.conforming(1),
                    "B9", Answers.conforming(1),
                    "B2", incomplete))
            .build();

    assertThat(found(provider(0, answering)))
        .containsExactly(
            "SCENARIO_ANSWERS_INCONSISTENT@providers[0].answersByBatch.B2.meetsPlaceNeeds",
            "SCENARIO_UNKNOWN_REFERENCE@providers[0].answersByBatch.B9");
  }

  @Test
  void anAnswersByBatchKeyThatIsNotPlainIsQuotedInThePath() {
    Provider answering =
        Provider.builder()
            .from(VALID.providers().get(0))
            .answersByBatch(
                HashMap.of(
                    "B1.x[0]", Answers.conforming(1),
                    "", Answers.conforming(1),
                    "B-9_z", Answers.conforming(1)))
            .build();

    assertThat(found(provider(0, answering)))
        .containsExactlyInAnyOrder(
            "SCENARIO_UNKNOWN_REFERENCE@providers[0].answersByBatch[\"\"]",
            "SCENARIO_UNKNOWN_REFERENCE@providers[0].answersByBatch.B-9_z",
            "SCENARIO_UNKNOWN_REFERENCE@providers[0].answersByBatch[\"B1.x[0]\"]");
  }

  @ParameterizedTest(name = "tenHourOfferPlannedOn {0}: {1}")
  @CsvSource({
    "2016-04-04, ''",
    "2016-04-31, DATE_FORMAT@providers[0].answers.tenHourOfferPlannedOn"
  })
  void aPlannedTenHourOfferIsADate(String planned, String expected) {
    Provider answering =
        Provider.builder()
            .from(VALID.providers().get(0))
            .answers(
                Answers.builder()
                    .from(Answers.conforming(1))
                    .tenHourWeekdays(false)
                    .tenHourOfferPlannedOn(planned)
                    .build())
            .build();

    assertThat(found(provider(0, answering)))
        .isEqualTo(expected.isEmpty() ? List.empty() : List.of(expected));
  }

  @ParameterizedTest(name = "answeredOn {0}: {1}")
  @CsvSource({"2015-04-20, ''", "2015-02-29, DATE_FORMAT@requests[0].answeredOn"})
  void theDateOfTheWrittenAnswerIsADate(String answeredOn, String expected) {
    assertThat(found(request(0, r -> (Request.Builder) r.answeredOn(answeredOn))))
        .isEqualTo(expected.isEmpty() ? List.empty() : List.of(expected));
  }

  // ---- SCENARIO_DATE_ORDER: the register holds the requests received by the run's date

  @ParameterizedTest(name = "requests[{0}] received {1}, asOf 2016-03-01: violation {2}")
  @CsvSource({
    "0, 2016-03-01, false", // the run's own day
    "0, 2016-03-02, true",
    "1, 2016-03-02, true", // an obtention request
    "2, 2016-03-01, false", // a decrease requested 2016-02-01 that is received late
    "2, 2016-03-02, true"
  })
  void aRequestReceivedAfterTheRunsDateIsNotInTheRegister(
      int index, String received, boolean broken) {
    // a decrease's requested date is left as it is: it may come before its receipt
    assertThat(found(request(index, r -> r.receivedOn(received))))
        .isEqualTo(
            broken
                ? List.of(Rule.SCENARIO_DATE_ORDER + "@requests[" + index + "].receivedOn")
                : List.empty());
  }

  @ParameterizedTest(name = "requests[{0}] answered {1}, received {2}: violation {3}")
  @CsvSource({
    "0, 2015-04-01, 2015-04-01, false", // answered the day it was received
    "0, 2015-03-31, 2015-04-01, true",
    "1, 2015-04-30, 2015-05-01, true",
    "2, 2016-01-01, 2016-01-01, false",
    "2, 2015-12-31, 2016-01-01, true",
    "0, 2016-03-02, 2015-04-01, false" // an answer after the run's date is taken as given
  })
  void aRequestIsNotAnsweredBeforeItWasReceived(
      int index, String answeredOn, String received, boolean broken) {
    Scenario scenario =
        request(index, r -> (Request.Builder) r.answeredOn(answeredOn).receivedOn(received));
    assertThat(found(scenario))
        .isEqualTo(
            broken
                ? List.of(Rule.SCENARIO_DATE_ORDER + "@requests[" + index + "].answeredOn")
                : List.empty());
  }

  @ParameterizedTest(name = "{0} requested 2016-02-01 until {1}: violation {2}")
  @CsvSource({
    "SUSPENSION, 2016-02-01, false", // a suspension of one day
    "SUSPENSION, 2016-01-31, true",
    "RATIO_DECREASE, 2016-01-31, false" // only a suspension's end is read
  })
  void aSuspensionDoesNotEndBeforeItsRequestedDate(String reason, String until, boolean broken) {
    assertThat(found(request(2, r -> r.reason(reason).until(until))))
        .isEqualTo(
            broken ? List.of(Rule.SCENARIO_DATE_ORDER + "@requests[2].until") : List.empty());
  }

  @Test
  void everyDateOutOfOrderIsReportedAndNothingIsAllocated() {
    Scenario scenario =
        request(
            2,
            r ->
                (Request.Builder)
                    r.receivedOn("2016-03-05").answeredOn("2016-03-04").until("2016-01-01"));

    assertThat(found(scenario))
        .containsExactly(
            Rule.SCENARIO_DATE_ORDER + "@requests[2].answeredOn",
            Rule.SCENARIO_DATE_ORDER + "@requests[2].receivedOn",
            Rule.SCENARIO_DATE_ORDER + "@requests[2].until");
    assertThat(Allocator.allocate(scenario).isInvalid()).isTrue();
  }

  @ParameterizedTest(name = "age group \"{0}\": {1}")
  @CsvSource({
    "MONTHS_0_17, ''",
    "' ', VALUE_NOT_ALLOWED@providers[1].offer.ageGroups[0]",
    "'', VALUE_NOT_ALLOWED@providers[1].offer.ageGroups[0]",
    "months_0_17, VALUE_NOT_ALLOWED@providers[1].offer.ageGroups[0]"
  })
  void aBlankAgeGroupIsAValueNotAllowedNotAnError(String group, String expected) {
    Provider blank =
        Provider.builder()
            .from(VALID.providers().get(1))
            .offer(Offer.of(List.of(group), List.empty(), List.empty()))
            .build();
    Scenario scenario = provider(1, blank);

    assertThat(found(scenario)).isEqualTo(expected.isEmpty() ? List.empty() : List.of(expected));
    assertThat(Allocator.allocate(scenario).isValid()).isEqualTo(expected.isEmpty());
  }

  @ParameterizedTest(name = "installationPlaces {0}: {1}")
  @CsvSource({
    "0, ''",
    "45, ''",
    "-1, SCENARIO_NEGATIVE_COUNT@sectors[0].installationPlaces",
    "2.5, SCENARIO_NEGATIVE_COUNT@sectors[0].installationPlaces"
  })
  void installationPlacesAreAWholeCountAndOptional(String places, String expected) {
    Sector withInstallations =
        Sector.builder()
            .from(VALID.sectors().get(0))
            .installationPlaces(new BigDecimal(places))
            .build();

    assertThat(found(sectors(withInstallations, VALID.sectors().get(1))))
        .isEqualTo(expected.isEmpty() ? List.empty() : List.of(expected));
  }
}
