package io.github.childcarerules.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.AgeGroup;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BatchKind;
import io.github.childcarerules.allocation.scenario.BatchStatus;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Origin;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Java example of README.md's tour, "Allocate places", as written there. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleAllocatesAsItSays() {
    // README snippet: allocate — spotless:off
    Scenario scenario = Scenario.builder()
        .asOf(LocalDate.of(2016, 3, 1))
        .addSectors(Sector.of("Princeville", 300, 119, 4))
        .addBatches(Batch.builder()
            .id("B1").places(2).sector("Princeville").availableOn(LocalDate.of(2016, 3, 1))
            .kind(BatchKind.PERMANENT).status(BatchStatus.FREE).origin(Origin.RETURNED)
            .build())
        .addRequests(Request.builder()
            .id("R1").type(RequestType.INCREASE).provider("RSG-1").sector("Princeville")
            .receivedOn(LocalDate.of(2015, 4, 1)).places(2)
            .build())
        .addProviders(Provider.builder()
            .id("RSG-1").sector("Princeville")
            .offer(Offer.builder().addAgeGroups(AgeGroup.MONTHS_18_59).build())
            .answers(Answers.conforming(2))
            .build())
        .addBoardDecisions(BoardDecision.of("B1", "R1", true, LocalDate.of(2016, 3, 15)))
        .build();

    Validation<ValidationReport, AllocationResult> run = Allocator.allocate(scenario);
    AllocationResult result = run.toEither()   // Invalid(report) for a scenario with an ERROR
        .getOrElseThrow(report -> new IllegalArgumentException(report.toString()));
    Option<BatchResult> b1 = result.batch("B1");               // every batch has its result
    Option<BatchOutcome> outcome = b1.map(BatchResult::outcome);  // Some(ALLOCATED)
    List<String> trail = b1.toList().flatMap(BatchResult::trail)
        .map(event -> event.event() + " " + event.rule());
        // CANDIDATE ALLOC_STEP1_SAME_SECTOR, RECOMMENDED ALLOC_STEP2_RECOMMEND,
        // AUTHORIZED ALLOC_BOARD_DECISION
    Option<RequestStatus> r1 = result.request("R1").map(RequestResult::status);  // Some(ACCEPTED)
    List<Letter> letters = result.letters();  // RSG-1, R1, CONFIRMATION, due 2016-03-15
    // result.grids(): the analysis grid (annex 6) of B1

    // A value entered as text is kept as entered, and checked: "NEW" is no origin.
    ValidationReport report = Allocator.check(scenario.withBatches(
        scenario.batches().map(batch -> batch.withOrigin("NEW"))));
    // batches[0].origin VALUE_NOT_ALLOWED
    // README snippet end — spotless:on

    assertThat(run.isValid()).isTrue();
    assertThat(outcome).isEqualTo(Option.some(BatchOutcome.ALLOCATED));
    assertThat(trail)
        .containsExactly(
            "CANDIDATE ALLOC_STEP1_SAME_SECTOR",
            "RECOMMENDED ALLOC_STEP2_RECOMMEND",
            "AUTHORIZED ALLOC_BOARD_DECISION");
    assertThat(r1).isEqualTo(Option.some(RequestStatus.ACCEPTED));
    assertThat(
            letters.map(
                letter ->
                    letter.provider()
                        + " "
                        + letter.request()
                        + " "
                        + letter.letter()
                        + " "
                        + letter.due()))
        .containsExactly("RSG-1 R1 CONFIRMATION 2016-03-15");
    assertThat(result.grids().map(AnalysisGrid::batch)).containsExactly("B1");
    assertThat(report.violations())
        .extracting(v -> v.path() + " " + v.rule())
        .containsExactly("batches[0].origin VALUE_NOT_ALLOWED");
    assertThat(
            Allocator.allocate(
                    scenario.withBatches(scenario.batches().map(batch -> batch.withOrigin("NEW"))))
                .getError())
        .isEqualTo(report);
  }
}
