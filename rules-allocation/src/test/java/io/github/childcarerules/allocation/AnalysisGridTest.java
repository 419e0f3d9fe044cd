package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.allocate;
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

import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES.md §9 "Analysis grid": annex 6 filled from the run, one grid per batch. */
class AnalysisGridTest {
  private static final YesNo YES = YesNo.YES;
  private static final YesNo NO = YesNo.NO;
  private static final YesNo NA = YesNo.NOT_APPLICABLE;
  private static final YesNo BLANK = YesNo.NOT_REACHED;

  private static AnalysisGrid grid(AllocationResult result, String batch) {
    return result.grids().find(grid -> grid.batch().equals(batch)).get();
  }

  @Test
  void aFreeBatchKeptInItsSectorWithEachSelectedProviderAsFarAsTheRunWent() {
    Answers planned =
        Answers.builder()
            .from(answers(true, 3, true, "tenHourWeekdays"))
            .tenHourOfferPlannedOn("2016-04-04")
            .complaintsOnFile(false)
            .build();
    AllocationResult result =
        allocate(
            scenario()
                .addSectors(sector("S", 100, 30, 10, 2))
                .addBatches(free("B1", 3, "S", "2016-01-04"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-01-02", 1),
                    increase("R3", "P3", "S", "2015-01-03", 2),
                    obtention("O1", "P4", "S", "2015-01-01", 1))
                .addProviders(
                    provider("P1", "S", Given.EVERY_AGE, answers(false, 0, true)),
                    provider(
                        "P2", "S", Given.EVERY_AGE, answers(true, 1, false, "offerSuitsNeeds")),
                    provider("P3", "S", Given.EVERY_AGE, planned),
                    unanswered("P4", "S"))
                .addBoardDecisions(board("B1", "R3", true))
                .build());

    AnalysisGrid grid = grid(result, "B1");
    assertThat(grid.places())
        .isEqualTo(
            new AnalysisGrid.Places(
                3,
                "S",
                LocalDate.parse("2016-01-04"),
                0,
                Option.none(),
                3,
                NO,
                YES,
                Option.none()));
    assertThat(grid.distribution())
        .isEqualTo(new AnalysisGrid.Distribution(YES, List.empty(), YES, NA, NA, NA));
    assertThat(grid.results()).isEqualTo(new AnalysisGrid.Results(YES, 2));
    assertThat(grid.selections().map(AnalysisGrid.Selection::request))
        .containsExactly("R1", "R2", "R3", "O1");

    AnalysisGrid.Selection declined = grid.selections().get(0);
    assertThat(declined.stepTwo())
        .isEqualTo(
            new AnalysisGrid.StepTwo(
                NO,
                NA,
                Option.none(),
                NO,
                Option.some(0),
                BLANK,
                BLANK,
                BLANK,
                BLANK,
                Option.none()));
    assertThat(declined.confirmation())
        .isEqualTo(new AnalysisGrid.Confirmation(NO, 0, Option.none(), BLANK, Option.none()));

    AnalysisGrid.Selection failed = grid.selections().get(1);
    assertThat(failed.stepTwo().needsConcordance()).isEqualTo(NO);
    assertThat(failed.stepTwo().annex1Documents()).isEqualTo(YES);
    assertThat(failed.stepTwo().tenHourPeriod()).isEqualTo(YES);
    assertThat(failed.stepTwo().annex2OfferChange()).isEqualTo(NA); // ten hours offered
    assertThat(failed.confirmation().recommended()).isEqualTo(NO);

    AnalysisGrid.Selection recommended = grid.selections().get(2);
    assertThat(recommended.increase()).isEqualTo(YES);
    assertThat(recommended.obtention()).isEqualTo(NO);
    assertThat(recommended.requestDate()).isEqualTo(LocalDate.parse("2015-01-03"));
    assertThat(recommended.complaintsOnFile()).isEqualTo(NO);
    assertThat(recommended.stepTwo())
        .isEqualTo(
            new AnalysisGrid.StepTwo(
                YES,
                NA,
                Option.none(),
                YES,
                Option.some(3),
                YES,
                YES,
                NO,
                YES,
                Option.some(LocalDate.parse("2016-04-04"))));
    assertThat(recommended.confirmation())
        .isEqualTo(
            new AnalysisGrid.Confirmation(
                YES, 2, Option.some(LocalDate.parse("2016-06-15")), YES, Option.none()));

    AnalysisGrid.Selection awaited = grid.selections().get(3);
    assertThat(awaited.increase()).isEqualTo(NO);
    assertThat(awaited.stepTwo().maintained()).isEqualTo(BLANK);
    assertThat(awaited.stepTwo().freePlacesAccepted()).isEqualTo(BLANK);
    assertThat(awaited.confirmation())
        .isEqualTo(new AnalysisGrid.Confirmation(BLANK, 0, Option.none(), BLANK, Option.none()));
  }

  @Test
  void placesLeavingTheirSectorListTheSectorsSearchedWithTheirRates() {
    AllocationResult result =
        allocate(
            scenario()
                .addSectors(
                    sector("Home", 25, 4, 0, 0),
                    sector("Inverness", 35, 9, 0, 1),
                    sector("Princeville", 300, 119, 45, 4))
                .addBatches(free("B1", 1, "Home", "2016-01-04"))
                .addRequests(increase("P1", "RSG-P", "Princeville", "2015-01-01", 1))
                .addProviders(conforming("RSG-P", "Princeville", 1))
                .addBoardDecisions(board("B1", "P1", false))
                .build());

    AnalysisGrid grid = grid(result, "B1");
    assertThat(grid.distribution().waitingInSector()).isEqualTo(NO);
    assertThat(grid.distribution().otherSectors())
        .containsExactly(
            new AnalysisGrid.SectorSearched("Inverness", new BigDecimal("25.71")),
            new AnalysisGrid.SectorSearched("Princeville", new BigDecimal("54.67")));
    assertThat(grid.distribution().coverageBelow70()).isEqualTo(YES);
    assertThat(grid.results()).isEqualTo(new AnalysisGrid.Results(NO, 0));
    assertThat(grid.selections().head().confirmation())
        .isEqualTo(
            new AnalysisGrid.Confirmation(
                YES, 1, Option.some(LocalDate.parse("2016-06-15")), NO, Option.none()));
  }

  @Test
  void aUsedTemporaryBatchShowsTheChildAndItsEnd() {
    Batch temporary =
        Batch.builder()
            .from(
                used(
                    "B1", 1, "S", "2016-01-04", child(20, List.of("ATYPICAL_HOURS"), List.empty())))
            .kind("TEMPORARY")
            .until("2016-06-30")
            .build();
    AllocationResult result =
        allocate(
            scenario()
                .addSectors(sector("S", 100, 80, 0, 1)) // 80 %: not below 70 %
                .addBatches(temporary)
                .build());

    AnalysisGrid grid = grid(result, "B1");
    assertThat(grid.places())
        .isEqualTo(
            new AnalysisGrid.Places(
                1,
                "S",
                LocalDate.parse("2016-01-04"),
                1,
                Option.some(
                    new AnalysisGrid.Child(
                        20, Option.none(), List.of("ATYPICAL_HOURS"), List.empty())),
                0,
                YES,
                NO,
                Option.some(LocalDate.parse("2016-06-30"))));
    assertThat(grid.distribution().coverageBelow70()).isEqualTo(NO);
    assertThat(grid.distribution().particularNeeds()).isEqualTo(YES);
    assertThat(grid.selections()).isEmpty();
  }

  // ---- step 2, items 2 and 3: how many places the provider accepts of those left when called

  @ParameterizedTest(name = "batch of {0}, {1} wanted, {2} left after R1: accepted {3}")
  @CsvSource({
    "1, 2, 0, 1", // 2 wanted of a 1-place batch: 1, not 2
    "3, 2, 2, 2",
    "3, 1, 2, 1",
    "2, 2, 1, 1"
  })
  void theNumberAcceptedIsTheLeastOfPlacesWantedAndPlacesLeftWhenCalled(
      int places, int wanted, int leftAfterR1, int accepted) {
    // R1 (1 place) is recommended first; R2's provider is called with the places left
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", places, "S", "2016-01-04"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-01-02", 5))
                .addProviders(conforming("P1", "S", wanted), conforming("P2", "S", wanted))
                .build());

    AnalysisGrid.Selection first = grid(result, "B1").selections().head();
    assertThat(first.stepTwo().freePlaces()).contains(Math.min(wanted, places));
    assertThat(first.stepTwo().usedPlaces()).isEmpty();
    assertThat(first.stepTwo().usedPlacesAccepted()).isEqualTo(NA);
    assertThat(first.confirmation().places()).isEqualTo(1); // R1 asks for 1
    if (leftAfterR1 == 0) {
      assertThat(grid(result, "B1").selections()).hasSize(1);
    } else {
      AnalysisGrid.Selection second = grid(result, "B1").selections().get(1);
      assertThat(second.stepTwo().freePlaces()).contains(accepted);
      assertThat(second.confirmation().places()).isEqualTo(accepted);
    }
  }

  @Test
  void theNumberOfUsedPlacesAcceptedIsCappedByTheBatchToo() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(used("B1", 1, "S", "2016-01-04", child(20, List.empty(), List.empty())))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 2))
                .addProviders(conforming("P1", "S", 2))
                .build());

    AnalysisGrid.StepTwo stepTwo = grid(result, "B1").selections().head().stepTwo();
    assertThat(stepTwo.usedPlacesAccepted()).isEqualTo(YES);
    assertThat(stepTwo.usedPlaces()).contains(1);
    assertThat(stepTwo.freePlacesAccepted()).isEqualTo(NA);
    assertThat(stepTwo.freePlaces()).isEmpty();
  }

  // ---- B.3: ministerial priorities

  @ParameterizedTest(name = "priorities [{0}], child needs [{1}] characteristics [{2}]: {3}")
  @CsvSource({
    "ATYPICAL_HOURS, ATYPICAL_HOURS, '', YES",
    "DISABILITY, '', DISABILITY, YES",
    "DISADVANTAGED;DISABILITY, ATYPICAL_HOURS, DISABILITY, YES",
    "DISADVANTAGED, ATYPICAL_HOURS, ALLERGY, NO",
    "DISADVANTAGED, '', '', NO",
    "'', ATYPICAL_HOURS, DISABILITY, NOT_APPLICABLE" // the scenario lists none
  })
  void usedPlacesMeetAMinisterialPriorityWhenTheChildHoldsOne(
      String priorities, String needs, String characteristics, YesNo expected) {
    AllocationResult result =
        allocate(
            scenario()
                .ministerialPriorities(items(priorities))
                .addBatches(
                    used(
                        "B1",
                        1,
                        "S",
                        "2016-01-04",
                        child(20, items(needs), items(characteristics))))
                .build());

    assertThat(grid(result, "B1").distribution().ministerialPriorities()).isEqualTo(expected);
  }

  @Test
  void freePlacesHaveNoMinisterialPriority() {
    AllocationResult result =
        allocate(
            scenario()
                .ministerialPriorities(List.of("ATYPICAL_HOURS"))
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .build());

    assertThat(grid(result, "B1").distribution().ministerialPriorities()).isEqualTo(NA);
  }

  private static List<String> items(String listed) {
    return listed.isEmpty() ? List.empty() : List.of(listed.split(";"));
  }

  @Test
  void aSectorOfUnknownCoverageLeavesItsRateBlank() {
    AllocationResult result =
        allocate(scenario().addBatches(free("B1", 1, "S", "2016-01-04")).build());

    assertThat(grid(result, "B1").distribution().coverageBelow70()).isEqualTo(BLANK);
    assertThat(result.grids().map(AnalysisGrid::batch)).containsExactly("B1");
  }
}
