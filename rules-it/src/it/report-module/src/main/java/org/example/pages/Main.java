package org.example.pages;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
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
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.github.childcarerules.report.Reports;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.Locale;

/** Draws up a record's, a coverage table's and an allocation run's page on the module path. */
public final class Main {
  private Main() {}

  /**
   * Prints facts about the three pages, one a line.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ParentChildRecord record =
        ParentChildRecord.builder()
            .child(Child.builder().lastName("<script>x</script>").firstName("Léa").build())
            .build();
    String page = Reports.record(record, Locale.ENGLISH);
    System.out.println("module " + Reports.class.getModule().getName());
    System.out.println("escaped " + page.contains("&lt;script&gt;x&lt;/script&gt;, Léa"));
    System.out.println("script " + page.contains("<script>"));
    System.out.println("english " + page.contains("Parent-child record: "));
    String table =
        Reports.coverage(
            List.of(
                CoverageRow.builder()
                    .sector("A")
                    .children(BigDecimal.TEN)
                    .places(BigDecimal.ONE)
                    .statedRate(new BigDecimal("50"))
                    .build()),
            Locale.FRENCH);
    System.out.println("finding " + table.contains("class=\"finding\""));
    Scenario scenario =
        Scenario.builder()
            .asOf("2016-03-22")
            .addSectors(Sector.of("A", 100, 20, 3))
            .addBatches(
                Batch.builder()
                    .id("B1")
                    .places(1)
                    .sector("A")
                    .availableOn("2016-03-01")
                    .kind(BatchKind.PERMANENT)
                    .status(BatchStatus.FREE)
                    .origin(Origin.GRANTED)
                    .build())
            .addRequests(
                Request.builder()
                    .id("R1")
                    .type(RequestType.INCREASE)
                    .provider("P1")
                    .sector("A")
                    .receivedOn("2016-02-01")
                    .places(1)
                    .build())
            .addProviders(
                Provider.builder()
                    .id("P1")
                    .sector("A")
                    .name("<b>Les Lutins</b>")
                    .offer(Offer.builder().build())
                    .answers(
                        Answers.builder()
                            .maintainsRequest(true)
                            .placesWanted(1)
                            .keepsRequest(false)
                            .engagementFormsOnFile(true)
                            .offerSuitsNeeds(true)
                            .commitmentMatchesAgreements(true)
                            .tenHourWeekdays(false)
                            .meetsPlaceNeeds(true)
                            .build())
                    .build())
            .build();
    AllocationResult result = Allocator.allocate(scenario).get();
    String allocation = Reports.allocation(result, scenario, Locale.FRENCH);
    System.out.println("grid " + allocation.contains("data-grid=\"B1\""));
    System.out.println("letter " + allocation.contains("data-letter=\"REFUSAL\""));
    System.out.println("bold " + allocation.contains("<b>"));
  }
}
