package io.github.childcarerules.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;

/** The Java example of README.md's "Allocating places", as written there. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleAllocatesAsItSays() {
    Scenario scenario =
        Scenario.builder()
            .asOf("2016-03-01")
            .addSectors(Sector.of("Princeville", 300, 119, 4))
            .addBatches(
                Batch.builder()
                    .id("B1")
                    .places(2)
                    .sector("Princeville")
                    .availableOn("2016-03-01")
                    .kind("PERMANENT")
                    .status("FREE")
                    .origin("RETURNED")
                    .build())
            .addRequests(
                Request.builder()
                    .id("R1")
                    .type("INCREASE")
                    .provider("RSG-1")
                    .sector("Princeville")
                    .receivedOn("2015-04-01")
                    .places(2)
                    .build())
            .addProviders(
                Provider.builder()
                    .id("RSG-1")
                    .sector("Princeville")
                    .offer(Offer.of(List.of("MONTHS_18_59"), List.empty(), List.empty()))
                    .answers(Answers.conforming(2))
                    .build())
            .addBoardDecisions(BoardDecision.of("B1", "R1", true, "2016-03-15"))
            .build();

    Validation<ValidationReport, AllocationResult> run = Allocator.allocate(scenario);
    AllocationResult result = run.get(); // run.getError() is the report of a scenario with an ERROR
    BatchResult b1 = result.batch("B1").get();

    assertThat(b1.outcome()).isEqualTo(BatchOutcome.ALLOCATED);
    assertThat(b1.trail().map(event -> event.event() + " " + event.rule()))
        .containsExactly(
            "CANDIDATE ALLOC_STEP1_SAME_SECTOR",
            "RECOMMENDED ALLOC_STEP2_RECOMMEND",
            "AUTHORIZED ALLOC_BOARD_DECISION");
    assertThat(result.request("R1").get().status()).isEqualTo(RequestStatus.ACCEPTED);
    assertThat(result.letters().map(letter -> letter.letter() + " " + letter.due()))
        .containsExactly("CONFIRMATION 2015-05-01");
  }
}
