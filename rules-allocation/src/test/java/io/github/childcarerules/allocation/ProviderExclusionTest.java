package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.allocate;
import static io.github.childcarerules.allocation.Given.answers;
import static io.github.childcarerules.allocation.Given.child;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.decrease;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.obtention;
import static io.github.childcarerules.allocation.Given.provider;
import static io.github.childcarerules.allocation.Given.scenario;
import static io.github.childcarerules.allocation.Given.sector;
import static io.github.childcarerules.allocation.Given.used;
import static io.github.childcarerules.allocation.Given.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md §9 step 1, {@code ALLOC_STEP1_PROVIDER_EXCLUDED}: places never go back to the provider
 * they came from ({@code OWN_PLACES}), nor to a provider whose suspension granted in the run is in
 * force on their availability date ({@code SUSPENDED}); the request keeps its place in the
 * register.
 */
class ProviderExclusionTest {
  private static Batch from(Batch batch, String provider) {
    return Batch.builder().from(batch).provider(provider).build();
  }

  /** R1 of P1 first in the register, R2 of P2 after it, both asking for one place. */
  private static Scenario.Builder twoRequests(Batch... batches) {
    return (Scenario.Builder)
        scenario()
            .addBatches(batches)
            .addRequests(
                increase("R1", "P1", "S", "2015-01-01", 1),
                increase("R2", "P2", "S", "2015-01-02", 1))
            .addProviders(conforming("P1", "S", 1), conforming("P2", "S", 1));
  }

  private static TrailEvent excluded(String request, String provider, ExclusionReason reason) {
    return new TrailEvent.ProviderExcluded(request, provider, reason);
  }

  // ---- OWN_PLACES

  @Test
  void placesDoNotGoBackToTheProviderTheyCameFrom() {
    AllocationResult result =
        allocate(twoRequests(from(free("B1", 1, "S", "2016-01-04"), "P1")).build());

    BatchResult batch = result.batch("B1").get();
    assertThat(batch.trail().head()).isEqualTo(excluded("R1", "P1", ExclusionReason.OWN_PLACES));
    assertThat(batch.trail().head().rule()).isEqualTo(Rule.ALLOC_STEP1_PROVIDER_EXCLUDED);
    assertThat(words(batch))
        .containsExactly("PROVIDER_EXCLUDED R1", "CANDIDATE R2", "RECOMMENDED R2");
    // passed over, not refused: R1 waits in the register
    RequestResult r1 = result.request("R1").get();
    assertThat(r1.status()).isEqualTo(RequestStatus.WAITING);
    assertThat(r1.keptInRegister()).isEmpty();
    assertThat(r1.placesRemaining()).isEqualTo(1);
  }

  @ParameterizedTest(name = "batch from {0}")
  @CsvSource({"P2", "P10", "''"})
  void placesFromAnotherProviderOrFromNoNamedProviderGoToTheFirstRequest(String provider) {
    Batch batch = free("B1", 1, "S", "2016-01-04");
    AllocationResult result =
        allocate(twoRequests(provider.isEmpty() ? batch : from(batch, provider)).build());

    assertThat(words(result.batch("B1").get())).containsExactly("CANDIDATE R1", "RECOMMENDED R1");
  }

  @Test
  void aBatchMadeByADecreaseNamesThatRequestsProvider() {
    // a ratio decrease of RSG-D: its places never go back to RSG-D's own increase request
    AllocationResult result =
        allocate(
            scenario()
                .addRequests(
                    decrease("D1", "RATIO_DECREASE", "2016-01-01", "2016-02-01", Option.none()),
                    increase("R1", "RSG-D", "S", "2015-01-01", 2),
                    increase("R2", "P2", "S", "2015-01-02", 2))
                .addProviders(conforming("RSG-D", "S", 2), conforming("P2", "S", 2))
                .build());

    BatchResult batch = result.batch("D1").get();
    assertThat(batch.trail().head()).isEqualTo(excluded("R1", "RSG-D", ExclusionReason.OWN_PLACES));
    assertThat(batch.allocations().map(Allocation::request)).containsExactly("R2");
  }

  @Test
  void ownPlacesArePassedOverBeforeTheChildsProfileIsCompared() {
    // P1's offer does not serve the child either: its request is excluded, not mismatched
    Batch usedPlaces =
        from(used("B1", 1, "S", "2016-01-04", child(30, List.of("NIGHT"), List.empty())), "P1");
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(usedPlaces)
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-01-02", 1),
                    increase("R3", "P3", "S", "2015-01-03", 1))
                .addProviders(
                    conforming("P1", "S", 1),
                    provider(
                        "P2",
                        "S",
                        Offer.of(List.of("MONTHS_18_59"), List.empty(), List.empty()),
                        answers(true, 1, true)),
                    provider(
                        "P3",
                        "S",
                        Offer.of(List.of("MONTHS_18_59"), List.of("NIGHT"), List.empty()),
                        answers(true, 1, true)))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly(
            "PROVIDER_EXCLUDED R1", "PROFILE_MISMATCH R2", "CANDIDATE R3", "RECOMMENDED R3");
  }

  @Test
  void aRequestWithdrawnOrAskingNothingMoreIsPassedOverSilentlyBeforeItsProviderIsLookedAt() {
    // in B1, R1 declines and is withdrawn, and R2 takes the place; B2 came from P2: R1 (withdrawn)
    // and R2 (asking nothing more) are passed over silently, R3 of P2 is excluded
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(
                    free("B1", 1, "S", "2016-01-04"), from(free("B2", 1, "S", "2016-03-01"), "P2"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-01-02", 1),
                    increase("R3", "P2", "S", "2015-01-03", 1),
                    increase("R4", "P4", "S", "2015-01-04", 1))
                .addProviders(
                    provider(
                        "P1",
                        "S",
                        answers(true, 1, true),
                        HashMap.of("B1", answers(false, 0, false))),
                    conforming("P2", "S", 1),
                    conforming("P4", "S", 1))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly("CANDIDATE R1", "NOT_MAINTAINED R1", "CANDIDATE R2", "RECOMMENDED R2");
    assertThat(words(result.batch("B2").get()))
        .containsExactly("PROVIDER_EXCLUDED R3", "CANDIDATE R4", "RECOMMENDED R4");
  }

  @Test
  void placesLeavingTheirSectorDoNotGoBackToTheirProviderEither() {
    AllocationResult result =
        allocate(
            scenario()
                .addSectors(sector("Home", 50, 10, 0), sector("Low", 100, 30, 2))
                .addBatches(from(free("B1", 1, "Home", "2016-01-04"), "PL"))
                .addRequests(
                    increase("L1", "PL", "Low", "2015-01-01", 1),
                    obtention("L2", "PO", "Low", "2015-01-01", 1))
                .addProviders(conforming("PL", "Low", 1), conforming("PO", "Low", 1))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly(
            "SECTOR_LEFT Low 30.00", "PROVIDER_EXCLUDED L1", "CANDIDATE L2", "RECOMMENDED L2");
  }

  // ---- SUSPENDED: P1's suspension is in force from 2016-02-01 to 2016-04-30, both included

  /** P1 suspends its places (sector T) from 2016-02-01 (31 days' notice) to 2016-04-30. */
  private static Request suspension(String until) {
    return Request.builder()
        .from(decrease("D1", "SUSPENSION", "2016-01-01", "2016-02-01", Option.some(until)))
        .provider("P1")
        .sector("T")
        .build();
  }

  @ParameterizedTest(name = "available {0}: R1 {1}")
  @CsvSource({
    "2016-01-31, CANDIDATE", // the day before the suspension
    "2016-02-01, SUSPENDED", // its first day
    "2016-04-30, SUSPENDED", // its last day
    "2016-05-01, CANDIDATE" // the day after
  })
  void noPlacesGoToAProviderWhoseSuspensionIsInForceOnTheirAvailabilityDate(
      String availableOn, String expected) {
    AllocationResult result =
        allocate(
            twoRequests(free("B1", 1, "S", availableOn))
                .addRequests(suspension("2016-04-30"))
                .build());

    assertThat(result.request("D1").get().status()).isEqualTo(RequestStatus.GRANTED);
    BatchResult batch = result.batch("B1").get();
    if (expected.equals("SUSPENDED")) {
      assertThat(batch.trail().head()).isEqualTo(excluded("R1", "P1", ExclusionReason.SUSPENDED));
      assertThat(batch.trail().head().rule()).isEqualTo(Rule.ALLOC_STEP1_PROVIDER_EXCLUDED);
      assertThat(batch.allocations().map(Allocation::request)).containsExactly("R2");
    } else {
      assertThat(words(batch)).containsExactly("CANDIDATE R1", "RECOMMENDED R1");
    }
  }

  @Test
  void aSuspensionRefusedInTheRunExcludesNoOne() {
    // a suspension of more than 12 months is refused: P1 is not suspended
    AllocationResult result =
        allocate(
            twoRequests(free("B1", 1, "S", "2016-03-01"))
                .addRequests(suspension("2017-02-01"))
                .build());

    assertThat(result.request("D1").get().rule()).contains(Rule.SUSPENSION_TOO_LONG);
    assertThat(words(result.batch("B1").get())).containsExactly("CANDIDATE R1", "RECOMMENDED R1");
  }

  @Test
  void placesFromASuspendedProviderAreItsOwnPlacesFirst() {
    // B1 came from P1, and P1 is suspended on its availability date: OWN_PLACES wins
    AllocationResult result =
        allocate(
            twoRequests(from(free("B1", 1, "S", "2016-03-01"), "P1"))
                .addRequests(suspension("2016-04-30"))
                .build());

    assertThat(result.batch("B1").get().trail().head())
        .isEqualTo(excluded("R1", "P1", ExclusionReason.OWN_PLACES));
  }

  @Test
  void theSuspensionsOwnTemporaryBatchDoesNotGoBackToItsProvider() {
    // the suspension's places, in sector S this time, would otherwise go to P1's request
    Request inS = Request.builder().from(suspension("2016-04-30")).sector("S").build();
    AllocationResult result = allocate(twoRequests().addRequests(inS).build());

    BatchResult batch = result.batch("D1").get();
    assertThat(batch.trail().head()).isEqualTo(excluded("R1", "P1", ExclusionReason.OWN_PLACES));
    assertThat(batch.allocations().map(Allocation::request)).containsExactly("R2");
  }

  @Test
  void anExcludedRequestKeepsItsPlaceInTheRegisterAndIsServedByALaterBatch() {
    AllocationResult result =
        allocate(
            twoRequests(
                    free("B1", 1, "S", "2016-03-01"), // during the suspension
                    from(free("B2", 1, "S", "2016-03-02"), "P2"), // P2's own places
                    free("B3", 1, "S", "2016-05-02")) // after the suspension
                .addRequests(suspension("2016-04-30"), increase("R3", "P3", "S", "2015-01-03", 1))
                .addProviders(conforming("P3", "S", 1))
                .addBoardDecisions(Given.board("B3", "R1", true))
                .build());

    assertThat(words(result.batch("B1").get()))
        .containsExactly("PROVIDER_EXCLUDED R1", "CANDIDATE R2", "RECOMMENDED R2");
    // R2 is served already: B2 passes it over silently, and R1 still before R3
    assertThat(words(result.batch("B2").get()))
        .containsExactly("PROVIDER_EXCLUDED R1", "CANDIDATE R3", "RECOMMENDED R3");
    assertThat(words(result.batch("B3").get()))
        .containsExactly("CANDIDATE R1", "RECOMMENDED R1", "AUTHORIZED R1");
    assertThat(result.request("R1").get().status()).isEqualTo(RequestStatus.ACCEPTED);
  }

  @Test
  void answersForAnExcludedOfferAreNeverAsked() {
    // P1 has no answers for B1: excluded first, B1 does not wait for them
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(from(free("B1", 1, "S", "2016-01-04"), "P1"))
                .addRequests(
                    increase("R1", "P1", "S", "2015-01-01", 1),
                    increase("R2", "P2", "S", "2015-01-02", 1))
                .addProviders(Given.byBatch("P1", "S", HashMap.empty()), conforming("P2", "S", 1))
                .build());

    assertThat(result.batch("B1").get().outcome()).isEqualTo(BatchOutcome.ALLOCATED);
    assertThat(result.request("R1").get().status()).isEqualTo(RequestStatus.WAITING);
  }
}
