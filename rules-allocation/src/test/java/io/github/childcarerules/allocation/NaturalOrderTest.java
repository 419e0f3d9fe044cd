package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.allocate;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.scenario;
import static io.github.childcarerules.allocation.Given.unanswered;
import static io.github.childcarerules.allocation.Given.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RULES.md §9 "Places to allocate": the natural order of ids, which breaks the ties of the register
 * (requests received the same day), of the batches (available the same day) and sorts the result.
 */
class NaturalOrderTest {
  @ParameterizedTest(name = "{0} before {1}")
  @CsvSource({
    "R9, R10", // digit runs by value, not as text
    "B2, B10",
    "-1, 1", // a text run against a digit run: as text, '-' before '1'
    "7, 07", // the same value: the shorter run first
    "R, R1", // a prefix in runs comes first
    "R1, R1a",
    "R10, R11",
    "R2a, R10", // the digit run decides before the text that follows
    "A1, a1", // text by UTF-16 code unit: upper case first
    "1, A", // '1' before 'A' as text
    "R9, S1"
  })
  void theFirstIdComesBeforeTheSecond(String first, String second) {
    assertThat(NaturalOrder.IDS.compare(first, second)).isNegative();
    assertThat(NaturalOrder.IDS.compare(second, first)).isPositive();
  }

  @ParameterizedTest(name = "{0} equals itself")
  @ValueSource(strings = {"R9", "R10", "07", "-1", "", "B2x3"})
  void onlyAnIdItselfComparesAsEqual(String id) {
    assertThat(NaturalOrder.IDS.compare(id, id)).isZero();
    assertThat(NaturalOrder.IDS.compare(id, id + "0")).isNegative();
  }

  @Test
  void zerosInFrontOfANumberCountOnlyToBreakATie() {
    assertThat(List.of("R010", "R9", "R10", "R09", "R1").sorted(NaturalOrder.IDS))
        .containsExactly("R1", "R9", "R09", "R10", "R010");
  }

  /** R9 and R10 received {@code r9} and {@code r10}, competing for one place. */
  private static Scenario twoRequests(String r9, String r10) {
    return scenario()
        .addBatches(free("B1", 1, "S", "2016-01-04"))
        // the input lists R10 first: the order comes from the run, not from the input
        .addRequests(increase("R10", "P10", "S", r10, 1), increase("R9", "P9", "S", r9, 1))
        .addProviders(conforming("P10", "S", 1), conforming("P9", "S", 1))
        .build();
  }

  @Test
  void requestsReceivedTheSameDayAreServedInNaturalOrderOfTheirIds() {
    AllocationResult result = allocate(twoRequests("2015-01-01", "2015-01-01"));

    assertThat(words(result.batch("B1").get())).containsExactly("CANDIDATE R9", "RECOMMENDED R9");
    assertThat(result.batch("B1").get().trail().head().rule())
        .isEqualTo(Rule.ALLOC_STEP1_SAME_SECTOR);
    assertThat(result.request("R10").get().status()).isEqualTo(RequestStatus.WAITING);
  }

  @Test
  void aRequestReceivedADayEarlierComesFirstWhateverItsId() {
    AllocationResult result = allocate(twoRequests("2015-01-02", "2015-01-01"));

    assertThat(words(result.batch("B1").get())).containsExactly("CANDIDATE R10", "RECOMMENDED R10");
    assertThat(result.request("R9").get().status()).isEqualTo(RequestStatus.WAITING);
  }

  /** B10 and B2 available {@code b10} and {@code b2}, R1 before R2 in the register. */
  private static Scenario twoBatches(String b2, String b10) {
    return scenario()
        .addBatches(free("B10", 1, "S", b10), free("B2", 1, "S", b2))
        .addRequests(
            increase("R1", "P1", "S", "2015-01-01", 1), increase("R2", "P2", "S", "2015-01-02", 1))
        .addProviders(conforming("P1", "S", 1), conforming("P2", "S", 1))
        .build();
  }

  @Test
  void batchesAvailableTheSameDayRunInNaturalOrderOfTheirIds() {
    AllocationResult result = allocate(twoBatches("2016-01-04", "2016-01-04"));

    // B2 runs first and serves the first request of the register
    assertThat(words(result.batch("B2").get())).containsExactly("CANDIDATE R1", "RECOMMENDED R1");
    assertThat(words(result.batch("B10").get())).containsExactly("CANDIDATE R2", "RECOMMENDED R2");
  }

  @Test
  void aBatchAvailableADayEarlierRunsFirstWhateverItsId() {
    AllocationResult result = allocate(twoBatches("2016-01-05", "2016-01-04"));

    assertThat(words(result.batch("B10").get())).containsExactly("CANDIDATE R1", "RECOMMENDED R1");
    assertThat(words(result.batch("B2").get())).containsExactly("CANDIDATE R2", "RECOMMENDED R2");
  }

  @Test
  void theResultListsBatchesRequestsAndGridsInNaturalOrder() {
    Batch temporary =
        Batch.builder()
            .from(free("B9", 1, "S", "2016-01-01"))
            .kind("TEMPORARY")
            .until("2016-06-30")
            .build();
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(
                    free("B10", 1, "S", "2016-01-04"), temporary, free("B1", 1, "S", "2016-02-01"))
                .addRequests(
                    increase("R10", "P1", "S", "2015-01-01", 1),
                    increase("R9", "P1", "S", "2015-01-01", 1),
                    increase("R100", "P1", "S", "2015-01-01", 1))
                .addProviders(conforming("P1", "S", 1))
                .build());

    assertThat(result.batches().map(BatchResult::id)).containsExactly("B1", "B9", "B10");
    assertThat(result.grids().map(AnalysisGrid::batch)).containsExactly("B1", "B9", "B10");
    assertThat(result.requests().map(RequestResult::id)).containsExactly("R9", "R10", "R100");
  }

  @Test
  void lettersAreSortedByProviderThenRequestInNaturalOrder() {
    AllocationResult result =
        allocate(
            scenario()
                .addRequests(
                    increase("R10", "P9", "S", "2015-01-01", 1),
                    increase("R9", "P9", "S", "2015-01-01", 1),
                    increase("R2", "P10", "S", "2015-01-01", 1),
                    Request.builder()
                        .from(increase("R1", "P10", "S", "2015-01-01", 1))
                        .type("OBTENTION")
                        .build())
                .addProviders(unanswered("P9", "S"), unanswered("P10", "S"))
                .build());

    // no batch: every request waits; a waiting-register letter or a decision for each
    assertThat(result.letters().map(l -> l.provider() + " " + l.request() + " " + l.letter()))
        .containsExactly(
            "P9 R9 WAITING_REGISTER",
            "P9 R10 WAITING_REGISTER",
            "P10 R1 DECISION",
            "P10 R2 WAITING_REGISTER");
  }
}
