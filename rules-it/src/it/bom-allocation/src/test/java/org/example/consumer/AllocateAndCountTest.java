package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.BatchOutcome;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.occupation.Occupation;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Two modules named without versions: the BOM gives them. */
class AllocateAndCountTest {
  @Test
  void theFreeBatchIsRecommendedThenAcceptedOnceTheBoardAuthorizesIt() {
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
            .build();

    AllocationResult first = Allocator.allocate(scenario).get();
    assertEquals(BatchOutcome.ALLOCATED, first.batch("B1").get().outcome());
    assertEquals(RequestStatus.RECOMMENDED, first.request("R1").get().status());

    AllocationResult second =
        Allocator.allocate(
                Scenario.builder()
                    .from(scenario)
                    .addBoardDecisions(BoardDecision.of("B1", "R1", true, "2016-03-15"))
                    .build())
            .get();
    assertEquals(RequestStatus.ACCEPTED, second.request("R1").get().status());
    assertEquals(2, second.request("R1").get().placesGranted());
  }

  @Test
  void twoFullDaysAWeekCountFourHalfDaysInAWeek() {
    ParentChildRecord record =
        ParentChildRecord.builder()
            .ageBracket(AgeBracket.MONTHS_18_59, LocalDate.of(2024, 1, 1))
            .addAgreements(
                Agreement.builder()
                    .start(LocalDate.of(2024, 9, 2))
                    .end(LocalDate.of(2025, 6, 27))
                    .reducedContribution(true)
                    .signed(true)
                    .schedule(
                        Schedule.of(
                            Week.builder()
                                .on(Day.MON, Slot.DAY_1, Slot.DAY_2)
                                .on(Day.WED, Slot.DAY_1, Slot.DAY_2)
                                .build()))
                    .build())
            .build();

    long halfDays =
        Occupation.of(record)
            .count(DatePeriod.ofClosed(LocalDate.of(2024, 9, 9), LocalDate.of(2024, 9, 15)))
            .halfDays();

    assertTrue(halfDays > 0);
    assertEquals(4, halfDays);
  }
}
