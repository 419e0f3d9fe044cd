package io.github.childcarerules.allocation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.core.rule.Rule;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an application maps onto a scenario from its own classes: a {@code Boolean} that may be
 * {@code null} (absent), and a whole list given as {@code null} refused by its name.
 */
class MappedValuesTest {
  private static final Boolean NO_FLAG = null;

  @Test
  void aNullBooleanGivenToEmergencyIsAbsentThatIsFalse() {
    assertThat(Request.builder().emergency(NO_FLAG).build().emergency()).isFalse();
    assertThat(Request.builder().emergency(Boolean.TRUE).build().emergency()).isTrue();
    assertThat(Request.builder().emergency(true).build().withEmergency(NO_FLAG).emergency())
        .isFalse();
    assertThat(Request.builder().build().withEmergency(Boolean.TRUE).emergency()).isTrue();
  }

  @Test
  void aBoardDecisionWithANullAuthorizationIsAbsentAndReported() {
    BoardDecision absent = BoardDecision.of("B1", "R1", NO_FLAG, LocalDate.of(2016, 3, 15));
    BoardDecision refused = BoardDecision.of("B1", "R1", Boolean.FALSE, "2016-03-15");

    assertThat(absent.authorized()).isEmpty();
    assertThat(refused.authorized()).contains(false);
    assertThat(Allocator.check(Scenario.builder().addBoardDecisions(absent).build()).violations())
        .anySatisfy(
            v -> {
              assertThat(v.rule()).isEqualTo(Rule.SCENARIO_FIELD_REQUIRED);
              assertThat(v.path()).isEqualTo("boardDecisions[0].authorized");
            });
  }

  static Stream<Arguments> nullLists() {
    Scenario empty = Scenario.builder().build();
    return Stream.of(
        Arguments.of("sectors", (Supplier<Object>) () -> empty.withSectors(null)),
        Arguments.of("batches", (Supplier<Object>) () -> Scenario.builder().batches(null).build()),
        Arguments.of("requests", (Supplier<Object>) () -> empty.withRequests(null)),
        Arguments.of("providers", (Supplier<Object>) () -> empty.withProviders(null)),
        Arguments.of("sectorOrder", (Supplier<Object>) () -> empty.withSectorOrder(null)),
        Arguments.of("boardDecisions", (Supplier<Object>) () -> empty.withBoardDecisions(null)),
        Arguments.of(
            "answersByBatch",
            (Supplier<Object>) () -> Provider.builder().build().withAnswersByBatch(null)),
        Arguments.of(
            "characteristics",
            (Supplier<Object>) () -> Offer.builder().characteristics(null).build()),
        Arguments.of(
            "needs", (Supplier<Object>) () -> ChildProfile.builder().build().withNeeds(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullLists")
  void aNullListIsRefusedNamingIt(String field, Supplier<Object> build) {
    assertThatThrownBy(build::get)
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith(field + ": a ")
        .hasMessageContaining("cannot be null");
  }
}
