package io.github.childcarerules.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.allocation.scenario.AgeGroup;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BatchKind;
import io.github.childcarerules.allocation.scenario.BatchStatus;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Origin;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** README.md's "Vavr at the edges", as written there, on a valid and on an invalid scenario. */
class VavrEdgesReadmeTest {
  private static final Scenario VALID =
      Scenario.builder()
          .asOf(LocalDate.of(2016, 3, 1))
          .addSectors(Sector.of("Princeville", 300, 119, 4))
          .addBatches(
              Batch.builder()
                  .id("B1")
                  .places(2)
                  .sector("Princeville")
                  .availableOn(LocalDate.of(2016, 3, 1))
                  .kind(BatchKind.PERMANENT)
                  .status(BatchStatus.FREE)
                  .origin(Origin.RETURNED)
                  .build())
          .addRequests(
              Request.builder()
                  .id("R1")
                  .type(RequestType.INCREASE)
                  .provider("RSG-1")
                  .sector("Princeville")
                  .receivedOn(LocalDate.of(2015, 4, 1))
                  .places(2)
                  .build())
          .addProviders(
              Provider.builder()
                  .id("RSG-1")
                  .sector("Princeville")
                  .offer(Offer.builder().addAgeGroups(AgeGroup.MONTHS_18_59).build())
                  .answers(Answers.conforming(2))
                  .build())
          .build();

  /** The snippet, run on one scenario; what it computed, for the assertions. */
  private record Seen(
      java.util.List<Violation> forJava,
      Optional<BatchResult> b1,
      String answer,
      AllocationResult result) {}

  private static Seen run(Scenario scenario) {
    // README snippet: vavr-edges — spotless:off
    // A Vavr list as a java.util.List (a read-only view, no copy); declare Vavr lists as Seq, and
    // java.util.List keeps its name in your code:
    Seq<Violation> violations = Allocator.check(scenario).violations();
    java.util.List<Violation> forJava = violations.asJava();
    // An Option as an Optional:
    Optional<BatchResult> b1 = Allocator.allocate(scenario).toJavaOptional()
        .flatMap(result -> result.batch("B1").toJavaOptional());
    // A Validation read on both sides, each with its own function:
    String answer = Allocator.allocate(scenario).fold(
        report -> "422 " + report.errors().size() + " error(s)",
        result -> "200 " + result.batches().size() + " batch(es)");   // "200 1 batch(es)"
    // Or your own exception, which keeps the report for whoever catches it:
    class InvalidScenario extends RuntimeException {
      private static final long serialVersionUID = 1L;
      final ValidationReport report;
      InvalidScenario(ValidationReport report) {
        super(report.toString());
        this.report = report;
      }
    }
    AllocationResult result = Allocator.allocate(scenario).toEither()
        .getOrElseThrow(report -> new InvalidScenario(report));
    // README snippet end — spotless:on
    return new Seen(forJava, b1, answer, result);
  }

  @Test
  void aValidScenarioGivesItsResultThroughEveryIdiom() {
    Seen seen = run(VALID);

    assertThat(seen.forJava()).isEmpty();
    assertThat(seen.b1()).map(BatchResult::outcome).contains(BatchOutcome.ALLOCATED);
    assertThat(seen.answer()).isEqualTo("200 1 batch(es)");
    assertThat(seen.result().batches()).extracting(BatchResult::id).containsExactly("B1");
  }

  @Test
  void anInvalidScenarioKeepsItsReportInTheExceptionAndNothingElseThrows() {
    Scenario invalid = VALID.withBatches(VALID.batches().map(batch -> batch.withOrigin("NEW")));

    assertThatThrownBy(() -> run(invalid))
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("batches[0].origin")
        .satisfies(
            thrown -> {
              ValidationReport kept =
                  (ValidationReport) thrown.getClass().getDeclaredField("report").get(thrown);
              assertThat(kept.violations())
                  .extracting(Violation::rule)
                  .containsExactly(Rule.VALUE_NOT_ALLOWED);
            });
  }
}
