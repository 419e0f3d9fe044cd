package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.answers;
import static io.github.childcarerules.allocation.Given.board;
import static io.github.childcarerules.allocation.Given.child;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.obtention;
import static io.github.childcarerules.allocation.Given.provider;
import static io.github.childcarerules.allocation.Given.scenario;
import static io.github.childcarerules.allocation.Given.sector;
import static io.github.childcarerules.allocation.Given.unanswered;
import static io.github.childcarerules.allocation.Given.used;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.childcarerules.allocation.Departure.AnswerLate;
import io.github.childcarerules.allocation.Departure.GrantExceeds;
import io.github.childcarerules.allocation.Departure.GrantNotEligible;
import io.github.childcarerules.allocation.Departure.LetterLate;
import io.github.childcarerules.allocation.Departure.LetterMissing;
import io.github.childcarerules.allocation.Departure.SkippedEarlier;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.ChildProfile;
import io.github.childcarerules.allocation.scenario.LetterSent;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md §10, the audit of a coordinating office's decisions: each row of the departures table on
 * both sides, the order of departures and of pending recommendations, and the scenario checks the
 * audit adds (letters sent, the places of a decision).
 */
class AuditTest {
  private static final LocalDate BOARD_DAY = LocalDate.parse("2016-06-15");
  private static final ChildProfile ATYPICAL = child(20, List.of("ATYPICAL_HOURS"), List.empty());
  private static final Offer ATYPICAL_OFFER =
      Offer.of(List.of("MONTHS_0_17", "MONTHS_18_59"), List.of("ATYPICAL_HOURS"), List.empty());

  private static AuditResult audit(Scenario scenario) {
    var audit = Auditor.audit(scenario);
    if (audit.isInvalid()) {
      throw new AssertionError("invalid scenario: " + audit.getError().violations());
    }
    return audit.get();
  }

  /** The departures about the board's grants (those about a batch). */
  private static List<Departure> grants(Scenario scenario) {
    return audit(scenario).departures().filter(departure -> departure.batch().isDefined());
  }

  /** An authorized decision for a number of places, on {@link #BOARD_DAY}. */
  private static BoardDecision grant(String batch, String request, int places) {
    return BoardDecision.builder()
        .batch(batch)
        .request(request)
        .authorized(true)
        .on(BOARD_DAY)
        .places(places)
        .build();
  }

  private static BoardDecision authorize(String batch, String request) {
    return board(batch, request, true);
  }

  private static GrantNotEligible notEligible(
      String batch, String request, Rule breaks, String... instead) {
    return new GrantNotEligible(
        batch, request, BOARD_DAY, breaks, List.of(instead), Option.<String>none());
  }

  private static SkippedEarlier skipped(String batch, String request, String... earlier) {
    return new SkippedEarlier(batch, request, BOARD_DAY, List.of(earlier), Option.none());
  }

  private static Request answeredOn(Request request, String day) {
    return request.withAnsweredOn(day);
  }

  // ---- AUDIT_GRANT_NOT_ELIGIBLE, breaks ALLOC_STEP1_PROFILE

  /** Used places for a child with atypical hours; R1's offer does not serve them, R2's does. */
  private static Scenario usedPlace(BoardDecision decision) {
    return scenario()
        .addBatches(used("B1", 1, "S", "2016-01-04", ATYPICAL))
        .addRequests(
            increase("R1", "P1", "S", "2015-01-01", 1), increase("R2", "P2", "S", "2015-01-02", 1))
        .addProviders(
            conforming("P1", "S", 1), provider("P2", "S", ATYPICAL_OFFER, Answers.conforming(1)))
        .addBoardDecisions(decision)
        .build();
  }

  @Test
  void usedPlacesGrantedToAnOfferThatDoesNotMatchTheChildBreakTheProfileRule() {
    AuditResult audit = audit(usedPlace(authorize("B1", "R1")));

    assertThat(audit.departures().filter(d -> d.batch().isDefined()))
        .containsExactly(notEligible("B1", "R1", Rule.ALLOC_STEP1_PROFILE, "R2"));
    assertThat(audit.departures().head().rule()).isEqualTo(Rule.AUDIT_GRANT_NOT_ELIGIBLE);
  }

  @Test
  void usedPlacesGrantedToAnOfferThatMatchesTheChildAreNoDeparture() {
    assertThat(grants(usedPlace(authorize("B1", "R2")))).isEmpty();
  }

  // ---- AUDIT_GRANT_NOT_ELIGIBLE, breaks ALLOC_STEP1_OTHER_SECTOR

  /** Free places of S, a request of S and one of T; S has {@code ownNeeds} parent needs. */
  private static Scenario twoSectors(long ownNeeds, BoardDecision decision) {
    return scenario()
        .addSectors(sector("S", 100, 10, ownNeeds), sector("T", 100, 10, 2))
        .addBatches(free("B1", 1, "S", "2016-01-04"))
        .addRequests(
            increase("R1", "P1", "S", "2015-01-01", 1), increase("R2", "P2", "T", "2015-01-02", 1))
        .addProviders(conforming("P1", "S", 1), conforming("P2", "T", 1))
        .addBoardDecisions(decision)
        .build();
  }

  @Test
  void placesGrantedToAnotherSectorWhileTheirOwnHasNeedsBreakTheOtherSectorRule() {
    assertThat(grants(twoSectors(2, authorize("B1", "R2"))))
        .containsExactly(notEligible("B1", "R2", Rule.ALLOC_STEP1_OTHER_SECTOR, "R1"));
  }

  @Test
  void placesGrantedToAnotherSectorWhenTheirOwnHasNoNeedAreNoDeparture() {
    assertThat(grants(twoSectors(0, authorize("B1", "R2")))).isEmpty();
  }

  /**
   * Free places of S, which has no need; R1 of T, whose coverage is {@code tPlaces} %, and R2 of U
   * (10 %), searched first.
   */
  private static Scenario leavingPlaces(long tPlaces) {
    return scenario()
        .addSectors(sector("S", 100, 10, 0), sector("T", 100, tPlaces, 2), sector("U", 100, 10, 2))
        .addBatches(free("B1", 1, "S", "2016-01-04"))
        .addRequests(
            increase("R1", "P1", "T", "2015-01-01", 1), increase("R2", "P2", "U", "2015-01-02", 1))
        .addProviders(conforming("P1", "T", 1), conforming("P2", "U", 1))
        .addBoardDecisions(authorize("B1", "R1"))
        .build();
  }

  @Test
  void placesGrantedToASectorCoveredAt70PercentWhichIsNotSearchedBreakTheOtherSectorRule() {
    assertThat(grants(leavingPlaces(70)))
        .containsExactly(notEligible("B1", "R1", Rule.ALLOC_STEP1_OTHER_SECTOR, "R2"));
  }

  @Test
  void placesGrantedToASectorCoveredAt69PercentWhichIsSearchedAreNoDeparture() {
    // T is searched after U: R1 is a later candidate, and without sectorOrder the order of the
    // other sectors is the analyst's to weigh
    assertThat(grants(leavingPlaces(69))).isEmpty();
  }

  /** Used places of S (which has no need: used places stay all the same), R1 of S, R2 of T. */
  private static Scenario usedPlacesOfASectorWithoutNeeds(BoardDecision decision) {
    return scenario()
        .addSectors(sector("S", 100, 10, 0), sector("T", 100, 10, 2))
        .addBatches(used("B1", 1, "S", "2016-01-04", child(30, List.empty(), List.empty())))
        .addRequests(
            increase("R1", "P1", "S", "2015-01-01", 1), increase("R2", "P2", "T", "2015-01-02", 1))
        .addProviders(conforming("P1", "S", 1), conforming("P2", "T", 1))
        .addBoardDecisions(decision)
        .build();
  }

  @Test
  void usedPlacesGrantedToAnyOtherSectorBreakTheOtherSectorRule() {
    assertThat(grants(usedPlacesOfASectorWithoutNeeds(authorize("B1", "R2"))))
        .containsExactly(notEligible("B1", "R2", Rule.ALLOC_STEP1_OTHER_SECTOR, "R1"));
  }

  @Test
  void usedPlacesGrantedInTheirOwnSectorAreNoDepartureEvenWhenItHasNoNeed() {
    assertThat(grants(usedPlacesOfASectorWithoutNeeds(authorize("B1", "R1")))).isEmpty();
  }

  // ---- AUDIT_GRANT_NOT_ELIGIBLE, breaks ALLOC_STEP1_OBTENTION_LIST

  private static Scenario obtentionOnly(Batch batch) {
    return scenario()
        .addBatches(batch)
        .addRequests(obtention("O1", "P1", "S", "2015-01-01", 1))
        .addProviders(conforming("P1", "S", 1))
        .addBoardDecisions(authorize("B1", "O1"))
        .build();
  }

  @Test
  void usedPlacesGrantedToAnObtentionRequestBreakTheObtentionListRule() {
    assertThat(
            grants(
                obtentionOnly(
                    used("B1", 1, "S", "2016-01-04", child(30, List.empty(), List.empty())))))
        .containsExactly(notEligible("B1", "O1", Rule.ALLOC_STEP1_OBTENTION_LIST));
  }

  @Test
  void freePlacesGrantedToAnObtentionRequestWhenNoIncreaseRemainsAreNoDeparture() {
    assertThat(grants(obtentionOnly(free("B1", 1, "S", "2016-01-04")))).isEmpty();
  }

  // ---- AUDIT_GRANT_NOT_ELIGIBLE, breaks ALLOC_STEP1_PROVIDER_EXCLUDED

  private static Scenario placesFrom(String origin) {
    return scenario()
        .addBatches(free("B1", 1, "S", "2016-01-04").withProvider(origin))
        .addRequests(
            increase("R1", "P1", "S", "2015-01-01", 1), increase("R2", "P2", "S", "2015-01-02", 1))
        .addProviders(conforming("P1", "S", 1), conforming("P2", "S", 1))
        .addBoardDecisions(authorize("B1", "R1"))
        .build();
  }

  @Test
  void placesGrantedBackToTheProviderTheyCameFromBreakTheExclusionRule() {
    assertThat(grants(placesFrom("P1")))
        .containsExactly(notEligible("B1", "R1", Rule.ALLOC_STEP1_PROVIDER_EXCLUDED, "R2"));
  }

  @Test
  void placesGrantedToAnotherProviderThanTheOneTheyCameFromAreNoDeparture() {
    assertThat(grants(placesFrom("P9"))).isEmpty();
  }

  @ParameterizedTest(name = "available on {0}: excluded {1}")
  @CsvSource({"2016-01-31, true", "2016-02-01, false"})
  void placesGrantedToAProviderOnASuspensionInForceBreakTheExclusionRule(
      String availableOn, boolean excluded) {
    // P1's suspension runs from 2015-11-02 to 2016-01-31, both included
    Request suspension =
        Request.builder()
            .id("D1")
            .type("DECREASE")
            .provider("P1")
            .sector("S")
            .receivedOn("2015-10-01")
            .places(1)
            .reason("SUSPENSION")
            .requestedDate("2015-11-02")
            .until("2016-01-31")
            .build();
    Scenario scenario =
        scenario()
            .addBatches(free("B1", 1, "S", availableOn))
            .addRequests(
                suspension,
                increase("R1", "P1", "S", "2015-01-01", 1),
                increase("R2", "P2", "S", "2015-01-02", 1))
            .addProviders(conforming("P1", "S", 1), conforming("P2", "S", 1))
            .addBoardDecisions(authorize("B1", "R1"))
            .build();

    List<Departure> found = grants(scenario).filter(d -> d.batch().contains("B1"));

    if (excluded) {
      assertThat(found)
          .containsExactly(notEligible("B1", "R1", Rule.ALLOC_STEP1_PROVIDER_EXCLUDED, "R2"));
    } else {
      assertThat(found).isEmpty();
    }
  }

  // ---- AUDIT_GRANT_NOT_ELIGIBLE, breaks ALLOC_STEP2_MAINTAIN

  private static Scenario answeringB1(Answers forB1, BoardDecision... decisions) {
    return scenario()
        .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
        .addRequests(
            increase("R1", "P1", "S", "2015-01-01", 1), increase("R2", "P2", "S", "2015-01-02", 2))
        .addProviders(
            provider("P1", "S", Answers.conforming(1), HashMap.of("B1", forB1)),
            conforming("P2", "S", 1))
        .addBoardDecisions(decisions)
        .build();
  }

  @Test
  void placesGrantedToARequestNotMaintainedForThemBreakTheMaintainRule() {
    assertThat(grants(answeringB1(answers(false, 0, true), authorize("B1", "R1"))))
        .containsExactly(notEligible("B1", "R1", Rule.ALLOC_STEP2_MAINTAIN, "R2"));
  }

  @Test
  void placesGrantedToARequestMaintainedForThemAreNoDeparture() {
    assertThat(grants(answeringB1(answers(true, 1, true), authorize("B1", "R1")))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"declined, false, 1", "failed its checks, true, 1"})
  void placesGrantedToARequestWithdrawnBeforeBreakTheMaintainRule(
      String what, boolean maintains, int wanted) {
    var notKept =
        maintains ? answers(true, wanted, false, "tenHourWeekdays") : answers(false, 0, false);

    assertThat(grants(answeringB1(notKept, authorize("B2", "R1"))))
        .as(what)
        .containsExactly(notEligible("B2", "R1", Rule.ALLOC_STEP2_MAINTAIN, "R2"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"declined, false, 1", "failed its checks, true, 1"})
  void placesGrantedToARequestKeptInTheRegisterAfterwardsAreNoDeparture(
      String what, boolean maintains, int wanted) {
    var kept = maintains ? answers(true, wanted, true, "tenHourWeekdays") : answers(false, 0, true);

    assertThat(grants(answeringB1(kept, authorize("B2", "R1")))).as(what).isEmpty();
  }

  // ---- AUDIT_GRANT_NOT_ELIGIBLE, breaks ALLOC_BOARD_DECISION

  private static Scenario twoBatches(int r1Places, BoardDecision... decisions) {
    return scenario()
        .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-01-05"))
        .addRequests(
            increase("R1", "P1", "S", "2015-01-01", r1Places),
            increase("R2", "P2", "S", "2015-01-02", 2))
        .addProviders(conforming("P1", "S", 1), conforming("P2", "S", 1))
        .addBoardDecisions(decisions)
        .build();
  }

  @Test
  void placesGrantedToARequestTheBoardRefusedBeforeBreakTheBoardDecisionRule() {
    assertThat(grants(twoBatches(2, board("B1", "R1", false), authorize("B2", "R1"))))
        .containsExactly(notEligible("B2", "R1", Rule.ALLOC_BOARD_DECISION, "R2"));
  }

  @Test
  void placesGrantedToARequestTheBoardAuthorizedBeforeAreNoDeparture() {
    assertThat(grants(twoBatches(2, authorize("B1", "R1"), authorize("B2", "R1")))).isEmpty();
  }

  // ---- AUDIT_GRANT_NOT_ELIGIBLE, breaks ALLOC_STEP2_CONFORMITY

  @Test
  void placesGrantedToARequestThatFailedACheckForThemBreakTheConformityRule() {
    assertThat(
            grants(answeringB1(answers(true, 1, true, "meetsPlaceNeeds"), authorize("B1", "R1"))))
        .containsExactly(notEligible("B1", "R1", Rule.ALLOC_STEP2_CONFORMITY, "R2"));
  }

  // (the other side, a conforming file: placesGrantedToARequestMaintainedForThemAreNoDeparture)

  // ---- AUDIT_GRANT_NOT_ELIGIBLE, breaks ALLOC_STEP2_AWAITING

  private static Scenario awaiting(boolean p1Answered, BoardDecision decision) {
    return scenario()
        .addBatches(free("B1", 1, "S", "2016-01-04"))
        .addRequests(
            increase("R1", "P1", "S", "2015-01-01", 1), increase("R2", "P2", "S", "2015-01-02", 1))
        .addProviders(
            p1Answered ? conforming("P1", "S", 1) : unanswered("P1", "S"), unanswered("P2", "S"))
        .addBoardDecisions(decision)
        .build();
  }

  @Test
  void placesGrantedToARequestWithoutAnswersForThemBreakTheAwaitingRule() {
    assertThat(grants(awaiting(false, authorize("B1", "R1"))))
        .containsExactly(notEligible("B1", "R1", Rule.ALLOC_STEP2_AWAITING));
  }

  @Test
  void placesGrantedToARequestWithAnswersForThemAreNoDeparture() {
    assertThat(grants(awaiting(true, authorize("B1", "R1")))).isEmpty();
  }

  @Test
  void placesGrantedBeyondTheRequestTheWalkStoppedAtNameItInstead() {
    assertThat(grants(awaiting(false, authorize("B1", "R2"))))
        .containsExactly(notEligible("B1", "R2", Rule.ALLOC_STEP2_AWAITING, "R1"));
  }

  // ---- AUDIT_GRANT_NOT_ELIGIBLE, breaks ALLOC_STEP2_RECOMMEND

  @Test
  void placesGrantedToARequestThatAsksNothingMoreBreakTheRecommendRule() {
    AuditResult audit = audit(twoBatches(1, authorize("B1", "R1"), authorize("B2", "R1")));

    assertThat(audit.departures().filter(d -> d.batch().isDefined()))
        .containsExactly(notEligible("B2", "R1", Rule.ALLOC_STEP2_RECOMMEND, "R2"));
    // the real state takes the places all the same; what it still asks is never below 0
    RequestResult r1 = audit.requests().find(r -> r.id().equals("R1")).get();
    assertThat(r1.placesGranted()).isEqualTo(2);
    assertThat(r1.placesRemaining()).isZero();
  }

  @Test
  void placesGrantedToARequestThatStillAsksForThemAreNoDeparture() {
    assertThat(grants(twoBatches(2, authorize("B1", "R1"), authorize("B2", "R1")))).isEmpty();
  }

  // ---- AUDIT_SKIPPED_EARLIER

  @Test
  void aLaterCandidateServedWhileAnEarlierRecommendationGotNothingSkipsIt() {
    AuditResult audit = audit(placesFrom("P9").withBoardDecisions(List.of(authorize("B1", "R2"))));

    assertThat(audit.departures().filter(d -> d.batch().isDefined()))
        .containsExactly(skipped("B1", "R2", "R1"));
    assertThat(audit.departures().head().rule()).isEqualTo(Rule.AUDIT_SKIPPED_EARLIER);
    assertThat(audit.pending()).isEmpty();
  }

  @Test
  void aLaterCandidateServedWhileTheEarlierOneStillReservesPlacesIsNoDeparture() {
    // R1 is recommended for both places; the board authorizes one to R2, the other stays R1's
    Scenario scenario =
        scenario()
            .addBatches(free("B1", 2, "S", "2016-01-04"))
            .addRequests(
                increase("R1", "P1", "S", "2015-01-01", 2),
                increase("R2", "P2", "S", "2015-01-02", 1))
            .addProviders(conforming("P1", "S", 2), conforming("P2", "S", 1))
            .addBoardDecisions(authorize("B1", "R2"))
            .build();

    AuditResult audit = audit(scenario);

    assertThat(audit.departures().filter(d -> d.batch().isDefined())).isEmpty();
    assertThat(audit.pending()).containsExactly(new PendingRecommendation("B1", "R1", 1));
  }

  /**
   * Free places of S, which has no need, searched in T (10 %) then U (20 %): R1 of T, R2 and R3 of
   * U, one place each.
   */
  private static Scenario.Builder otherSectors(int places) {
    return (Scenario.Builder)
        scenario()
            .addSectors(sector("S", 100, 10, 0), sector("T", 100, 10, 2), sector("U", 100, 20, 2))
            .addBatches(free("B1", places, "S", "2016-01-04"))
            .addRequests(
                increase("R1", "P1", "T", "2015-01-01", 1),
                increase("R2", "P2", "U", "2015-01-02", 1),
                increase("R3", "P3", "U", "2015-01-03", 1))
            .addProviders(
                conforming("P1", "T", 1), conforming("P2", "U", 1), conforming("P3", "U", 1));
  }

  @Test
  void withoutSectorOrderAGrantToAnotherSectorIsJudgedOnlyAgainstItsOwnSectorsRequests() {
    assertThat(grants(otherSectors(1).addBoardDecisions(authorize("B1", "R2")).build())).isEmpty();
    assertThat(grants(otherSectors(2).addBoardDecisions(grant("B1", "R3", 2)).build()))
        .containsExactly(skipped("B1", "R3", "R2"));
  }

  @Test
  void withSectorOrderAGrantToAnotherSectorIsJudgedAgainstEveryRequestTheWalkPutFirst() {
    assertThat(
            grants(
                otherSectors(1)
                    .sectorOrder(List.of("T", "U"))
                    .addBoardDecisions(authorize("B1", "R2"))
                    .build()))
        .containsExactly(skipped("B1", "R2", "R1"));
    assertThat(
            grants(
                otherSectors(2)
                    .sectorOrder(List.of("T", "U"))
                    .addBoardDecisions(grant("B1", "R3", 2))
                    .build()))
        .containsExactly(skipped("B1", "R3", "R1", "R2"));
  }

  // ---- AUDIT_GRANT_EXCEEDS

  /** R1 and R2 ask for 2 places each and their providers want 2; the batch has {@code places}. */
  private static Scenario exceeding(int places) {
    return scenario()
        .addBatches(free("B1", places, "S", "2016-01-04"))
        .addRequests(
            increase("R1", "P1", "S", "2015-01-01", 2), increase("R2", "P2", "S", "2015-01-02", 2))
        .addProviders(conforming("P1", "S", 2), conforming("P2", "S", 2))
        .addBoardDecisions(authorize("B1", "R1"), grant("B1", "R2", 1))
        .build();
  }

  @Test
  void placesGrantedBeyondThePlacesLeftInTheBatchExceedIt() {
    assertThat(grants(exceeding(2)))
        .containsExactly(new GrantExceeds("B1", "R2", 1, 0, Option.none()));
    assertThat(grants(exceeding(2)).head().rule()).isEqualTo(Rule.AUDIT_GRANT_EXCEEDS);
  }

  @Test
  void placesGrantedWithinThePlacesLeftInTheBatchAreNoDeparture() {
    assertThat(grants(exceeding(3))).isEmpty();
  }

  /** R1 asks for 3 places of a batch of 3, its provider wants 1: the walk recommends 1. */
  private static Scenario recommendedOne(int granted) {
    return scenario()
        .addBatches(free("B1", 3, "S", "2016-01-04"))
        .addRequests(increase("R1", "P1", "S", "2015-01-01", 3))
        .addProviders(conforming("P1", "S", 1))
        .addBoardDecisions(grant("B1", "R1", granted))
        .build();
  }

  @Test
  void placesGrantedBeyondThePlacesTheWalkRecommendsExceedThem() {
    assertThat(grants(recommendedOne(2)))
        .containsExactly(new GrantExceeds("B1", "R1", 2, 1, Option.none()));
  }

  @Test
  void placesGrantedExactlyAtThePlacesTheWalkRecommendsAreNoDeparture() {
    assertThat(grants(recommendedOne(1))).isEmpty();
  }

  // ---- the analyst's reason, carried on every departure about a pair

  @Test
  void everyDepartureAboutAPairCarriesTheReasonWrittenOnItsDecision() {
    String reason = "Particularité : seule offre à temps partiel du secteur";
    BoardDecision mismatch =
        BoardDecision.builder().from(grant("B1", "R1", 2)).reason(reason).build();

    AuditResult audit = audit(usedPlace(mismatch));

    assertThat(audit.departures().filter(d -> d.batch().isDefined()))
        .containsExactly(
            new GrantExceeds("B1", "R1", 2, 1, Option.some(reason)),
            new GrantNotEligible(
                "B1",
                "R1",
                BOARD_DAY,
                Rule.ALLOC_STEP1_PROFILE,
                List.of("R2"),
                Option.some(reason)));
    assertThat(audit.departures().filter(d -> d.batch().isEmpty()))
        .allMatch(departure -> departure.reason().isEmpty());
    assertThat(audit.departures().head().message(Locale.ENGLISH))
        .contains("Reason on file: " + reason);

    Scenario skipping =
        placesFrom("P9")
            .withBoardDecisions(
                List.of(
                    BoardDecision.builder().from(authorize("B1", "R2")).reason(reason).build()));
    assertThat(grants(skipping))
        .containsExactly(
            new SkippedEarlier("B1", "R2", BOARD_DAY, List.of("R1"), Option.some(reason)));
    assertThat(grants(placesFrom("P9").withBoardDecisions(List.of(authorize("B1", "R2")))))
        .allMatch(departure -> departure.reason().isEmpty());
  }

  // ---- AUDIT_LETTER_MISSING

  /** R1, received 2016-01-31, never reached: a waiting-register letter is due by 2016-03-01. */
  private static Scenario.Builder waiting(String asOf) {
    return (Scenario.Builder)
        Scenario.builder()
            .asOf(asOf)
            .addRequests(increase("R1", "P1", "S", "2016-01-31", 1))
            .addProviders(conforming("P1", "S", 1));
  }

  @Test
  void aLetterNotSentAndDueBeforeTheAuditsDateIsMissing() {
    assertThat(audit(waiting("2016-03-02").build()).departures())
        .containsExactly(
            new LetterMissing("R1", LetterKind.WAITING_REGISTER, LocalDate.parse("2016-03-01")));
    assertThat(audit(waiting("2016-03-02").build()).departures().head().rule())
        .isEqualTo(Rule.AUDIT_LETTER_MISSING);
  }

  @Test
  void aLetterNotSentAndDueOnTheAuditsDateIsNotMissingYet() {
    assertThat(audit(waiting("2016-03-01").build()).departures()).isEmpty();
  }

  // ---- AUDIT_LETTER_LATE

  @ParameterizedTest(name = "sent on {0}: late {1}")
  @CsvSource({"2016-03-01, false", "2016-03-02, true"})
  void aLetterDueByTheDecisionDateIsLateWhenSentAfterIt(String sentOn, boolean late) {
    Scenario scenario =
        waiting("2016-03-10")
            .addLettersSent(LetterSent.of("R1", "WAITING_REGISTER", LocalDate.parse(sentOn)))
            .build();

    List<Departure> found = audit(scenario).departures();

    if (late) {
      // the lateness of the answer is reported by the letter, once
      assertThat(found)
          .containsExactly(
              new LetterLate(
                  "R1",
                  LetterKind.WAITING_REGISTER,
                  LocalDate.parse("2016-03-01"),
                  LocalDate.parse(sentOn)));
      assertThat(found.head().rule()).isEqualTo(Rule.AUDIT_LETTER_LATE);
    } else {
      assertThat(found).isEmpty();
    }
  }

  @Test
  void aLetterSentTwiceCountsFromItsFirstSending() {
    Scenario scenario =
        waiting("2016-03-10")
            .addLettersSent(
                LetterSent.of("R1", "WAITING_REGISTER", LocalDate.parse("2016-03-05")),
                LetterSent.of("R1", "WAITING_REGISTER", LocalDate.parse("2016-03-01")))
            .build();

    assertThat(audit(scenario).departures()).isEmpty();
  }

  /**
   * R1 authorized on B1 by the board on {@code boardOn}, its confirmation sent on {@code sentOn}.
   */
  private static Scenario confirmed(String received, String boardOn, String sentOn) {
    return scenario()
        .addBatches(free("B1", 1, "S", "2016-01-04"))
        .addRequests(increase("R1", "P1", "S", received, 1))
        .addProviders(conforming("P1", "S", 1))
        .addBoardDecisions(BoardDecision.of("B1", "R1", true, boardOn))
        .addLettersSent(LetterSent.of("R1", "CONFIRMATION", LocalDate.parse(sentOn)))
        .build();
  }

  @Test
  void aConfirmationOfADecisionTakenAfterTheDecisionDateIsNeverLate() {
    // decisionDue 2015-01-31; the board decided on 2016-01-20; the confirmation went out a month
    // later, and the request had been answered in time
    Scenario scenario =
        confirmed("2015-01-01", "2016-01-20", "2016-02-20")
            .withRequests(
                List.of(answeredOn(increase("R1", "P1", "S", "2015-01-01", 1), "2015-01-10")));

    assertThat(audit(scenario).departures()).isEmpty();
  }

  @Test
  void aConfirmationDueByTheDecisionDateIsLateWhenSentAfterIt() {
    // decisionDue 2016-01-31; the board decided on 2016-01-20
    assertThat(audit(confirmed("2016-01-01", "2016-01-20", "2016-02-01")).departures())
        .containsExactly(
            new LetterLate(
                "R1",
                LetterKind.CONFIRMATION,
                LocalDate.parse("2016-01-31"),
                LocalDate.parse("2016-02-01")));
    assertThat(audit(confirmed("2016-01-01", "2016-01-20", "2016-01-31")).departures()).isEmpty();
  }

  // ---- AUDIT_ANSWER_LATE

  /** R1, received 2016-01-31 (answer due by 2016-03-01), answered on {@code answeredOn}. */
  private static Scenario.Builder answered(String answeredOn) {
    return (Scenario.Builder)
        Scenario.builder()
            .asOf("2016-03-10")
            .addRequests(answeredOn(increase("R1", "P1", "S", "2016-01-31", 1), answeredOn))
            .addProviders(conforming("P1", "S", 1));
  }

  @Test
  void aRequestAnsweredAfterItsDecisionDateIsAnsweredLate() {
    List<Departure> found = audit(answered("2016-03-02").build()).departures();

    assertThat(found)
        .containsExactly(
            new AnswerLate(
                "R1", LocalDate.parse("2016-03-01"), Option.some(LocalDate.parse("2016-03-02"))));
    assertThat(found.head().rule()).isEqualTo(Rule.AUDIT_ANSWER_LATE);
  }

  @Test
  void aRequestAnsweredOnItsDecisionDateIsAnsweredInTime() {
    assertThat(audit(answered("2016-03-01").build()).departures()).isEmpty();
  }

  @Test
  void theFirstLetterSentCountsAsTheAnswerWhenItIsEarlier() {
    // no letter is called for (R1 was answered), but one was sent: the earlier date is the answer
    Scenario inTime =
        answered("2016-03-05")
            .addLettersSent(LetterSent.of("R1", "WAITING_REGISTER", LocalDate.parse("2016-03-01")))
            .build();
    Scenario late =
        answered("2016-03-05")
            .addLettersSent(LetterSent.of("R1", "WAITING_REGISTER", LocalDate.parse("2016-03-03")))
            .build();

    assertThat(audit(inTime).departures()).isEmpty();
    assertThat(audit(late).departures())
        .containsExactly(
            new AnswerLate(
                "R1", LocalDate.parse("2016-03-01"), Option.some(LocalDate.parse("2016-03-03"))));
  }

  @Test
  void aRequestStillUnansweredAfterItsDecisionDateIsAnsweredLateWithNoAnswerDate() {
    // R1 is recommended, the board has yet to decide: no letter is called for yet
    Scenario.Builder recommended =
        (Scenario.Builder)
            Scenario.builder()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(increase("R1", "P1", "S", "2016-01-01", 1))
                .addProviders(conforming("P1", "S", 1));

    assertThat(audit(recommended.asOf("2016-02-01").build()).departures())
        .containsExactly(new AnswerLate("R1", LocalDate.parse("2016-01-31"), Option.none()));
    assertThat(audit(recommended.asOf("2016-01-31").build()).departures()).isEmpty();
  }

  @Test
  void aLatenessAlreadyReportedByALetterIsNotReportedAgainAsALateAnswer() {
    // waiting-register letter missing, or sent late: one departure each, no AUDIT_ANSWER_LATE
    assertThat(audit(waiting("2016-03-10").build()).departures().map(Departure::rule))
        .containsExactly(Rule.AUDIT_LETTER_MISSING);
    assertThat(
            audit(
                    waiting("2016-03-10")
                        .addLettersSent(
                            LetterSent.of("R1", "WAITING_REGISTER", LocalDate.parse("2016-03-09")))
                        .build())
                .departures()
                .map(Departure::rule))
        .containsExactly(Rule.AUDIT_LETTER_LATE);
  }

  // ---- the order of departures and of pending recommendations

  @Test
  void departuresAboutGrantsComeByBatchInTheRunsOrderThenRequestAsJudgedThenId() {
    // B9 and B10 come the same day (natural order of ids), B1 the day after; R1 of S is met by
    // every walk, R3 and R20 of T by none (they come last, in natural order)
    Scenario scenario =
        scenario()
            .addBatches(
                free("B1", 1, "S", "2016-01-06"),
                free("B10", 1, "S", "2016-01-05"),
                free("B9", 1, "S", "2016-01-05"))
            .addRequests(
                answeredOn(increase("R1", "P1", "S", "2015-01-01", 5), "2015-01-02"),
                answeredOn(increase("R20", "P20", "T", "2015-01-01", 5), "2015-01-02"),
                answeredOn(increase("R3", "P3", "T", "2015-01-01", 5), "2015-01-02"))
            .addProviders(
                conforming("P1", "S", 1), conforming("P20", "T", 1), conforming("P3", "T", 1))
            .addBoardDecisions(
                authorize("B1", "R20"),
                grant("B9", "R20", 1),
                grant("B9", "R3", 2),
                authorize("B9", "R1"),
                authorize("B10", "R20"))
            .build();

    assertThat(audit(scenario).departures())
        .extracting(d -> tuple(d.batch().getOrNull(), d.request(), d.rule()))
        .containsExactly(
            tuple("B9", "R3", Rule.AUDIT_GRANT_EXCEEDS),
            tuple("B9", "R3", Rule.AUDIT_GRANT_NOT_ELIGIBLE),
            tuple("B9", "R20", Rule.AUDIT_GRANT_EXCEEDS),
            tuple("B9", "R20", Rule.AUDIT_GRANT_NOT_ELIGIBLE),
            tuple("B10", "R20", Rule.AUDIT_GRANT_NOT_ELIGIBLE),
            tuple("B1", "R20", Rule.AUDIT_GRANT_NOT_ELIGIBLE));
    assertThat(audit(scenario).departures())
        .allSatisfy(
            departure -> {
              assertThat(departure.message(Locale.ENGLISH)).contains("POL");
              assertThat(departure.message()).contains("POL");
            });
  }

  @Test
  void departuresAboutLettersAndAnswersComeAfterTheBatchesByRequestThenIdThenLetter() {
    Request r11 = increase("R11", "P11", "S", "2015-12-15", 1); // decisionDue 2016-01-14
    Scenario scenario =
        scenario()
            .addBatches(
                free("B1", 1, "S", "2016-01-04"),
                free("B2", 1, "S", "2016-01-05"),
                free("B3", 1, "T", "2016-01-06"),
                free("B4", 1, "T", "2016-01-07"))
            .addRequests(
                increase("R10", "P9", "U", "2015-06-01", 1),
                increase("R9", "P9", "U", "2015-06-01", 1),
                answeredOn(increase("R2", "P9", "U", "2015-06-01", 1), "2015-08-01"),
                r11,
                increase("R12", "P12", "T", "2015-01-01", 2))
            .addProviders(
                conforming("P9", "U", 1), conforming("P11", "S", 1), conforming("P12", "T", 1))
            .addBoardDecisions(
                BoardDecision.of("B1", "R11", false, "2016-01-10"),
                BoardDecision.of("B2", "R11", true, "2016-01-20"),
                BoardDecision.of("B3", "R12", true, "2016-01-10"),
                BoardDecision.of("B4", "R12", false, "2016-01-20"))
            .addLettersSent(LetterSent.of("R11", "REFUSAL", LocalDate.parse("2016-01-16")))
            .build();

    assertThat(audit(scenario).departures())
        .extracting(
            d ->
                tuple(
                    d.batch().getOrNull(),
                    d.request(),
                    d.rule(),
                    d instanceof LetterMissing m
                        ? m.letter()
                        : d instanceof LetterLate l ? l.letter() : null))
        .containsExactly(
            tuple("B2", "R11", Rule.AUDIT_GRANT_NOT_ELIGIBLE, null),
            tuple(null, "R2", Rule.AUDIT_ANSWER_LATE, null),
            tuple(null, "R9", Rule.AUDIT_LETTER_MISSING, LetterKind.WAITING_REGISTER),
            tuple(null, "R10", Rule.AUDIT_LETTER_MISSING, LetterKind.WAITING_REGISTER),
            tuple(null, "R11", Rule.AUDIT_LETTER_LATE, LetterKind.REFUSAL),
            tuple(null, "R11", Rule.AUDIT_LETTER_MISSING, LetterKind.CONFIRMATION),
            tuple(null, "R12", Rule.AUDIT_LETTER_MISSING, LetterKind.CONFIRMATION),
            tuple(null, "R12", Rule.AUDIT_LETTER_MISSING, LetterKind.REFUSAL));
  }

  @Test
  void pendingRecommendationsComeByBatchInTheRunsOrderThenInTheWalksOrder() {
    Scenario scenario =
        scenario()
            .addBatches(free("B1", 1, "S", "2016-01-05"), free("B2", 2, "S", "2016-01-04"))
            .addRequests(
                increase("R1", "P1", "S", "2015-01-02", 1),
                increase("R5", "P5", "S", "2015-01-01", 1),
                increase("R7", "P7", "S", "2015-01-03", 1))
            .addProviders(
                conforming("P1", "S", 1), conforming("P5", "S", 1), conforming("P7", "S", 1))
            .build();

    AuditResult audit = audit(scenario);

    assertThat(audit.pending())
        .containsExactly(
            new PendingRecommendation("B2", "R5", 1),
            new PendingRecommendation("B2", "R1", 1),
            new PendingRecommendation("B1", "R7", 1));
    assertThat(audit.departures().filter(d -> d.batch().isDefined())).isEmpty();
    assertThat(audit.requests().map(RequestResult::status)).containsOnly(RequestStatus.RECOMMENDED);
  }

  // ---- the scenario checks the audit adds

  private static final Scenario CHECKED =
      scenario()
          .addBatches(free("B1", 1, "S", "2016-01-04"))
          .addRequests(increase("R1", "P1", "S", "2015-01-01", 1))
          .addProviders(conforming("P1", "S", 1))
          .addBoardDecisions(grant("B1", "R1", 1))
          .addLettersSent(LetterSent.of("R1", "CONFIRMATION", LocalDate.parse("2016-06-20")))
          .build();

  private static List<String> problems(Scenario scenario) {
    return Auditor.audit(scenario)
        .fold(
            report -> report.violations().map(v -> v.rule() + "@" + v.path()),
            audit -> List.<String>empty());
  }

  private static Scenario letter(LetterSent letter) {
    return CHECKED.withLettersSent(List.of(letter));
  }

  private static Scenario places(BigDecimal places) {
    return CHECKED.withBoardDecisions(List.of(CHECKED.boardDecisions().head().withPlaces(places)));
  }

  @Test
  void aScenarioWithWellFormedLettersAndPlacesIsAudited() {
    assertThat(problems(CHECKED)).isEmpty();
    assertThat(Auditor.audit(CHECKED).isValid()).isTrue();
  }

  @Test
  void aLetterSentWithoutItsFieldsIsReportedAtEachOfThem() {
    assertThat(problems(letter(LetterSent.builder().build())))
        .containsExactly(
            "SCENARIO_FIELD_REQUIRED@lettersSent[0].letter",
            "SCENARIO_FIELD_REQUIRED@lettersSent[0].request",
            "SCENARIO_FIELD_REQUIRED@lettersSent[0].sentOn");
  }

  @Test
  void aLetterSentOnAnImpossibleDateIsADateFormatError() {
    assertThat(
            problems(
                letter(
                    LetterSent.builder()
                        .from(CHECKED.lettersSent().head())
                        .sentOn("2016-02-30")
                        .build())))
        .containsExactly("DATE_FORMAT@lettersSent[0].sentOn");
  }

  @Test
  void aLetterOfAKindSection9DoesNotKnowIsNotAllowed() {
    assertThat(problems(letter(CHECKED.lettersSent().head().withLetter("EMAIL"))))
        .containsExactly("VALUE_NOT_ALLOWED@lettersSent[0].letter");
  }

  @Test
  void aLetterAboutARequestNotInTheScenarioIsAnUnknownReference() {
    assertThat(problems(letter(CHECKED.lettersSent().head().withRequest("R9"))))
        .containsExactly("SCENARIO_UNKNOWN_REFERENCE@lettersSent[0].request");
  }

  @ParameterizedTest(name = "places {0}")
  @CsvSource({"0", "-1", "2.5"})
  void aDecisionsPlacesThatAreNotAWholeNumberOfAtLeastOneAreReported(BigDecimal wrong) {
    assertThat(problems(places(wrong)))
        .containsExactly("SCENARIO_PLACES_NOT_POSITIVE@boardDecisions[0].places");
  }

  @Test
  void aDecisionForOnePlaceIsWellFormed() {
    assertThat(problems(places(BigDecimal.ONE))).isEmpty();
  }
}
