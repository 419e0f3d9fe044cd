package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.allocate;
import static io.github.childcarerules.allocation.Given.child;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.obtention;
import static io.github.childcarerules.allocation.Given.pending;
import static io.github.childcarerules.allocation.Given.provider;
import static io.github.childcarerules.allocation.Given.scenario;
import static io.github.childcarerules.allocation.Given.sector;
import static io.github.childcarerules.allocation.Given.used;
import static io.github.childcarerules.allocation.Given.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Step 1 (POL "Étape 1"): who is a candidate, in which order, and what happens without one. */
class StepOneTest {
  @Test
  void requestsOfTheSectorAreServedInOrderOfReceiptThenId() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 3, "S", "2016-01-04"))
                .addRequests(
                    increase("R3", "P3", "S", "2015-01-02", 1),
                    increase("R2", "P2", "S", "2015-01-01", 1),
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R4", "P4", "S", "2015-01-03", 1))
                .addProviders(
                    conforming("P1", "S", 1),
                    conforming("P2", "S", 1),
                    conforming("P3", "S", 1),
                    conforming("P4", "S", 1))
                .build());

    BatchResult batch = result.batch("B1").get();
    assertThat(batch.allocations().map(Allocation::request)).containsExactly("R1", "R2", "R3");
    assertThat(batch.outcome()).isEqualTo(BatchOutcome.ALLOCATED);
    assertThat(batch.remainder()).isZero();
    assertThat(batch.trail().head())
        .isEqualTo(new TrailEvent.Candidate("R1", "P1", CandidateSource.SAME_SECTOR));
    assertThat(batch.trail().head().rule()).isEqualTo(Rule.ALLOC_STEP1_SAME_SECTOR);
    assertThat(result.request("R4").get().status()).isEqualTo(RequestStatus.WAITING);
  }

  @Test
  void requestsOfAnotherSectorAreNotCandidatesWhileTheSectorHasNeeds() {
    AllocationResult result =
        allocate(
            scenario()
                .addSectors(sector("S", 100, 10, 1), sector("T", 100, 10, 1))
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(increase("R1", "P1", "T", "2015-01-01", 1))
                .addProviders(conforming("P1", "T", 1))
                .build());

    BatchResult batch = result.batch("B1").get();
    assertThat(words(batch)).containsExactly("NO_CANDIDATE");
    assertThat(batch.outcome()).isEqualTo(BatchOutcome.RECOGNIZE_NEW_PROVIDER);
    assertThat(batch.trail().head().rule()).isEqualTo(Rule.ALLOC_STEP1_NEW_PROVIDER);
    assertThat(batch.remainder()).isEqualTo(1);
  }

  @Test
  void obtentionRequestsComeOnlyOnceNoIncreaseRequestRemains() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 3, "S", "2016-01-04"))
                .addRequests(
                    obtention("O1", "P2", "S", "2014-01-01", 5),
                    increase("R1", "P1", "S", "2015-01-01", 1))
                .addProviders(conforming("P1", "S", 1), conforming("P2", "S", 5))
                .build());

    BatchResult batch = result.batch("B1").get();
    assertThat(words(batch))
        .containsExactly("CANDIDATE R1", "RECOMMENDED R1", "CANDIDATE O1", "RECOMMENDED O1");
    assertThat(batch.trail().get(2))
        .isEqualTo(new TrailEvent.Candidate("O1", "P2", CandidateSource.OBTENTION_LIST));
    assertThat(batch.trail().get(2).rule()).isEqualTo(Rule.ALLOC_STEP1_OBTENTION_LIST);
    assertThat(batch.allocations()).containsExactly(pending("R1", "P1", 1), pending("O1", "P2", 2));
    assertThat(result.request("O1").get().status()).isEqualTo(RequestStatus.RECOMMENDED);
  }

  @Test
  void aUsedBatchNeverGoesToTheObtentionList() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(used("B1", 1, "S", "2016-01-04", child(20, List.empty(), List.empty())))
                .addRequests(obtention("O1", "P1", "S", "2015-01-01", 1))
                .addProviders(conforming("P1", "S", 1))
                .build());

    BatchResult batch = result.batch("B1").get();
    assertThat(words(batch)).containsExactly("NO_CANDIDATE");
    assertThat(batch.outcome()).isEqualTo(BatchOutcome.UNALLOCATED);
    assertThat(batch.trail().head().rule()).isEqualTo(Rule.ALLOC_STEP1_UNALLOCATED);
    assertThat(result.request("O1").get().status()).isEqualTo(RequestStatus.WAITING);
  }

  @ParameterizedTest(name = "child of {0} months, needs [{1}], characteristics [{2}]: match {3}")
  @CsvSource({
    "17, '', '', true",
    "18, '', '', false",
    "59, '', '', false",
    "60, '', '', false",
    "10, ATYPICAL_HOURS, '', true",
    "10, NIGHT, '', false",
    "10, '', ALLERGY, true",
    "10, '', DISABILITY, false",
    "10, '', allergy, false"
  })
  void aUsedBatchGoesOnlyToAnOfferThatMatchesTheChild(
      int months, String need, String characteristic, boolean match) {
    Offer babies = Offer.of(List.of("MONTHS_0_17"), List.of("ATYPICAL_HOURS"), List.of("ALLERGY"));
    List<String> needs = need.isEmpty() ? List.empty() : List.of(need);
    List<String> characteristics =
        characteristic.isEmpty() ? List.empty() : List.of(characteristic);

    AllocationResult result =
        allocate(
            scenario()
                .addBatches(used("B1", 1, "S", "2016-01-04", child(months, needs, characteristics)))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 1))
                .addProviders(provider("P1", "S", babies, Answers.conforming(1)))
                .build());

    BatchResult batch = result.batch("B1").get();
    if (match) {
      assertThat(words(batch)).containsExactly("CANDIDATE R1", "RECOMMENDED R1");
    } else {
      assertThat(words(batch)).containsExactly("PROFILE_MISMATCH R1", "NO_CANDIDATE");
      assertThat(batch.trail().head().rule()).isEqualTo(Rule.ALLOC_STEP1_PROFILE);
      assertThat(batch.trail().head().provider()).contains("P1");
    }
  }

  @Test
  void schoolAgeStartsAtSixtyMonths() {
    Offer school = Offer.of(List.of("SCHOOL_AGE"), List.empty(), List.empty());
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(
                    used("B1", 1, "S", "2016-01-04", child(59, List.empty(), List.empty())),
                    used("B2", 1, "S", "2016-01-05", child(60, List.empty(), List.empty())))
                .addRequests(increase("R1", "P1", "S", "2015-01-01", 1))
                .addProviders(provider("P1", "S", school, Answers.conforming(1)))
                .build());

    assertThat(result.batch("B1").get().outcome()).isEqualTo(BatchOutcome.UNALLOCATED);
    assertThat(result.batch("B2").get().allocations()).containsExactly(pending("R1", "P1", 1));
  }

  @Test
  void aMismatchedRequestStaysACandidateForLaterBatches() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(
                    used("B1", 1, "S", "2016-01-04", child(20, List.empty(), List.of("ALLERGY"))),
                    free("B2", 1, "S", "2016-01-05"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-02-01", 1))
                .addProviders(
                    conforming("P1", "S", 1),
                    provider(
                        "P2",
                        "S",
                        Offer.of(List.of("MONTHS_18_59"), List.empty(), List.of("ALLERGY")),
                        Answers.conforming(1)))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly("PROFILE_MISMATCH R1", "CANDIDATE R2", "RECOMMENDED R2");
    assertThat(result.batch("B2").get().allocations()).containsExactly(pending("R1", "P1", 1));
  }

  @Test
  void batchesRunInOrderOfAvailabilityThenId() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(
                    free("A", 1, "S", "2016-02-01"),
                    free("C", 1, "S", "2016-01-01"),
                    free("B", 1, "S", "2016-01-01"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-01-02", 1),
                    increase("R3", "P3", "S", "2015-01-03", 1))
                .addProviders(
                    conforming("P1", "S", 1), conforming("P2", "S", 1), conforming("P3", "S", 1))
                .build());

    assertThat(result.batches().map(BatchResult::id)).containsExactly("A", "B", "C");
    assertThat(result.batch("B").get().allocations().head().request()).isEqualTo("R1");
    assertThat(result.batch("C").get().allocations().head().request()).isEqualTo("R2");
    assertThat(result.batch("A").get().allocations().head().request()).isEqualTo("R3");
  }

  // ---- step 1.3: leaving a sector with no identified need

  private static final List<Sector> SECTORS =
      List.of(
          sector("Home", 50, 10, 0),
          sector("Low", 100, 30, 2), // 30 %
          sector("TieB", 100, 40, 1), // 40 %
          sector("TieA", 50, 20, 1), // 40 %, same rate: by name
          sector("Full", 100, 70, 5), // 70 %: not below
          sector("NoNeed", 100, 10, 0),
          sector("Empty", 0, 0, 3)); // no children: no rate

  @Test
  void placesLeaveASectorWithoutNeedsForTheLeastCoveredSectorsWithNeeds() {
    AllocationResult result =
        allocate(
            scenario()
                .sectors(SECTORS)
                .addBatches(free("B1", 3, "Home", "2016-01-04"))
                .addRequests(
                    increase("H1", "PH", "Home", "2014-01-01", 1),
                    increase("A1", "PA", "TieA", "2015-01-01", 1),
                    obtention("L1", "PL", "Low", "2015-01-01", 1),
                    increase("F1", "PF", "Full", "2015-01-01", 1),
                    increase("E1", "PE", "Empty", "2015-01-01", 1))
                .addProviders(
                    conforming("PH", "Home", 1),
                    conforming("PA", "TieA", 1),
                    conforming("PL", "Low", 1),
                    conforming("PF", "Full", 1),
                    conforming("PE", "Empty", 1))
                .build());

    BatchResult batch = result.batch("B1").get();
    assertThat(words(batch))
        .containsExactly(
            "SECTOR_LEFT Low 30.00",
            "CANDIDATE L1",
            "RECOMMENDED L1",
            "SECTOR_LEFT TieA 40.00",
            "CANDIDATE A1",
            "RECOMMENDED A1",
            "SECTOR_LEFT TieB 40.00",
            "NO_CANDIDATE");
    assertThat(batch.trail().head().rule()).isEqualTo(Rule.ALLOC_STEP1_OTHER_SECTOR);
    assertThat(batch.trail().get(1))
        .isEqualTo(new TrailEvent.Candidate("L1", "PL", CandidateSource.OTHER_SECTOR));
    assertThat(batch.outcome()).isEqualTo(BatchOutcome.RECOGNIZE_NEW_PROVIDER);
    assertThat(batch.remainder()).isEqualTo(1);
    assertThat(result.request("H1").get().status()).isEqualTo(RequestStatus.WAITING);
  }

  @Test
  void theLeastCoveredSectorComesFirstWhateverItsName() {
    AllocationResult result =
        allocate(
            scenario()
                .sectors(
                    List.of(
                        sector("Home", 50, 10, 0),
                        sector("Alpha", 100, 50, 1), // 50 %
                        sector("Zulu", 100, 20, 1))) // 20 %
                .addBatches(free("B1", 2, "Home", "2016-01-04"))
                .addRequests(
                    increase("A1", "PA", "Alpha", "2014-01-01", 1),
                    increase("Z1", "PZ", "Zulu", "2015-01-01", 1))
                .addProviders(conforming("PA", "Alpha", 1), conforming("PZ", "Zulu", 1))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly(
            "SECTOR_LEFT Zulu 20.00",
            "CANDIDATE Z1",
            "RECOMMENDED Z1",
            "SECTOR_LEFT Alpha 50.00",
            "CANDIDATE A1",
            "RECOMMENDED A1");
  }

  @Test
  void theSearchStopsLeavingOnceThePlacesAreGiven() {
    AllocationResult result =
        allocate(
            scenario()
                .sectors(SECTORS)
                .addBatches(free("B1", 1, "Home", "2016-01-04"))
                .addRequests(increase("L1", "PL", "Low", "2015-01-01", 1))
                .addProviders(conforming("PL", "Low", 1))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly("SECTOR_LEFT Low 30.00", "CANDIDATE L1", "RECOMMENDED L1");
  }

  @Test
  void aUsedBatchNeverLeavesItsSectorEvenWithoutNeedsInItsRegister() {
    // the child who occupies the place is a need of its sector (RULES.md §9, step 1.3)
    AllocationResult result =
        allocate(
            scenario()
                .sectors(SECTORS)
                .addBatches(
                    used("B1", 1, "Home", "2016-01-04", child(30, List.empty(), List.empty())))
                .addRequests(
                    increase("H1", "PH", "Home", "2015-06-01", 1),
                    increase("A1", "PA", "TieA", "2015-01-01", 1))
                .addProviders(conforming("PH", "Home", 1), conforming("PA", "TieA", 1))
                .build());

    assertThat(words(result.batch("B1").get())).containsExactly("CANDIDATE H1", "RECOMMENDED H1");
    assertThat(result.grids().head().distribution().waitingInSector()).isEqualTo(YesNo.YES);
    assertThat(result.grids().head().distribution().otherSectors()).isEmpty();
  }

  @Test
  void aUsedBatchWithNoMatchInItsSectorStaysUnallocatedRatherThanLeave() {
    AllocationResult result =
        allocate(
            scenario()
                .sectors(SECTORS)
                .addBatches(
                    used("B1", 1, "Home", "2016-01-04", child(30, List.empty(), List.empty())))
                .addRequests(increase("A1", "PA", "TieA", "2015-01-01", 1))
                .addProviders(conforming("PA", "TieA", 1))
                .build());

    assertThat(words(result.batch("B1").get())).containsExactly("NO_CANDIDATE");
    assertThat(result.batch("B1").get().trail().head().rule())
        .isEqualTo(Rule.ALLOC_STEP1_UNALLOCATED);
    assertThat(result.batch("B1").get().outcome()).isEqualTo(BatchOutcome.UNALLOCATED);
    // a free batch of the same sector leaves it for TieA's request
    AllocationResult free =
        allocate(
            scenario()
                .sectors(SECTORS)
                .addBatches(free("B1", 1, "Home", "2016-01-04"))
                .addRequests(increase("A1", "PA", "TieA", "2015-01-01", 1))
                .addProviders(conforming("PA", "TieA", 1))
                .build());
    assertThat(words(free.batch("B1").get()))
        .containsExactly(
            "SECTOR_LEFT Low 30.00", "SECTOR_LEFT TieA 40.00", "CANDIDATE A1", "RECOMMENDED A1");
  }

  @Test
  void aFreeBatchLeavesASectorWithoutNeedsWhereAUsedBatchOfTheSameDayStays() {
    // the same sector, the same requests: only the status of the places differs
    AllocationResult result =
        allocate(
            scenario()
                .sectors(SECTORS)
                .addBatches(
                    free("B1", 1, "Home", "2016-01-04"),
                    used("B2", 1, "Home", "2016-01-04", child(30, List.empty(), List.empty())))
                .addRequests(
                    increase("H1", "PH", "Home", "2015-06-01", 1),
                    increase("L1", "PL", "Low", "2015-01-01", 1),
                    increase("L2", "PM", "Low", "2015-01-02", 1))
                .addProviders(
                    conforming("PH", "Home", 1),
                    conforming("PL", "Low", 1),
                    conforming("PM", "Low", 1))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly("SECTOR_LEFT Low 30.00", "CANDIDATE L1", "RECOMMENDED L1");
    BatchResult usedPlaces = result.batch("B2").get();
    assertThat(words(usedPlaces)).containsExactly("CANDIDATE H1", "RECOMMENDED H1");
    assertThat(usedPlaces.trail())
        .noneMatch(
            event ->
                event instanceof TrailEvent.SectorLeft
                    || event.rule() == Rule.ALLOC_STEP1_OTHER_SECTOR);
    assertThat(result.request("L2").get().status()).isEqualTo(RequestStatus.WAITING);
  }

  @Test
  void aSectorMissingFromTheListKeepsItsPlaces() {
    AllocationResult result =
        allocate(
            scenario()
                .sectors(SECTORS)
                .addBatches(free("B1", 1, "Elsewhere", "2016-01-04"))
                .addRequests(increase("L1", "PL", "Low", "2015-01-01", 1))
                .addProviders(conforming("PL", "Low", 1))
                .build());

    assertThat(words(result.batch("B1").get())).containsExactly("NO_CANDIDATE");
  }

  @Test
  void ratesAreComparedExactly() {
    // 1/3 and 333333333/1000000000 differ only far after the decimal point
    AllocationResult result =
        allocate(
            scenario()
                .addSectors(
                    sector("Home", 10, 1, 0),
                    sector("Third", 3, 1, 1),
                    sector("AlmostThird", 1_000_000_000L, 333_333_333L, 1))
                .addBatches(free("B1", 1, "Home", "2016-01-04"))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly(
            "SECTOR_LEFT AlmostThird 33.33", "SECTOR_LEFT Third 33.33", "NO_CANDIDATE");
  }

  @Test
  void aSectorJustBelowSeventyPercentTakesPlaces() {
    AllocationResult result =
        allocate(
            scenario()
                .addSectors(
                    sector("Home", 10, 1, 0),
                    sector("Below", 1000, 699, 1),
                    sector("At", 1000, 700, 1))
                .addBatches(free("B1", 1, "Home", "2016-01-04"))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly("SECTOR_LEFT Below 69.90", "NO_CANDIDATE");
  }

  // ---- coverage counts installation places; the analyst's order

  @Test
  void installationPlacesCountInTheCoverageRate() {
    // 30 home places alone: 30 %; with 45 in installations: 75 %, no longer below 70 %
    AllocationResult result =
        allocate(
            scenario()
                .addSectors(
                    sector("Home", 10, 1, 0),
                    sector("WithCpe", 100, 30, 45, 1),
                    sector("HomeOnly", 100, 60, 0, 1),
                    sector("JustBelow", 1000, 600, 99, 1))
                .addBatches(free("B1", 1, "Home", "2016-01-04"))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly(
            "SECTOR_LEFT HomeOnly 60.00", "SECTOR_LEFT JustBelow 69.90", "NO_CANDIDATE");
  }

  @Test
  void theCoverageOfASectorLeftIsRoundedHalfUpToTwoDecimals() {
    AllocationResult result =
        allocate(
            scenario()
                .addSectors(
                    sector("Home", 10, 1, 0),
                    sector("Princeville", 300, 119, 45, 4), // 54.666… → 54.67
                    sector("Eighth", 800, 1, 0, 1), // 0.125 → 0.13
                    sector("Down", 3000, 1, 0, 1)) // 0.0333… → 0.03
                .addBatches(free("B1", 1, "Home", "2016-01-04"))
                .build());

    assertThat(result.batch("B1").get().trail().init())
        .containsExactly(
            new TrailEvent.SectorLeft("Down", new java.math.BigDecimal("0.03")),
            new TrailEvent.SectorLeft("Eighth", new java.math.BigDecimal("0.13")),
            new TrailEvent.SectorLeft("Princeville", new java.math.BigDecimal("54.67")));
  }

  @Test
  void theAnalystsOrderComesFirstThenTheDefaultOrder() {
    AllocationResult result =
        allocate(
            scenario()
                .sectors(SECTORS)
                .sectorOrder(List.of("TieB", "Full", "NoNeed", "Empty", "Home"))
                .addBatches(free("B1", 4, "Home", "2016-01-04"))
                .build());

    // Full (70 %), NoNeed (no need), Empty (no children) and Home are named but not searched
    assertThat(words(result.batch("B1").get()))
        .containsExactly(
            "SECTOR_LEFT TieB 40.00",
            "SECTOR_LEFT Low 30.00",
            "SECTOR_LEFT TieA 40.00",
            "NO_CANDIDATE");
  }

  @Test
  void withoutTheAnalystsOrderTheLeastCoveredComesFirst() {
    AllocationResult result =
        allocate(
            scenario().sectors(SECTORS).addBatches(free("B1", 4, "Home", "2016-01-04")).build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly(
            "SECTOR_LEFT Low 30.00",
            "SECTOR_LEFT TieA 40.00",
            "SECTOR_LEFT TieB 40.00",
            "NO_CANDIDATE");
  }
}
