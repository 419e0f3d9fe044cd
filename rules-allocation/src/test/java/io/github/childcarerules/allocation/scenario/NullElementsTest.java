package io.github.childcarerules.allocation.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.allocation.Allocator;
import io.vavr.collection.LinkedHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code null} element of a scenario's lists, or a {@code null} key or value of {@code
 * answersByBatch}, given through the Java API: refused when the value is built, with a {@code
 * NullPointerException} naming the element, so that {@code Allocator.check} and {@code allocate}
 * never meet it (docs/decisions.md, "Hostile input").
 */
class NullElementsTest {
  static Stream<Arguments> nulls() {
    return Stream.of(
        Arguments.of(
            "sectors[0]",
            (Supplier<Object>) () -> Scenario.builder().addSectors((Sector) null).build()),
        Arguments.of(
            "batches[1]",
            (Supplier<Object>)
                () -> Scenario.builder().addBatches(Batch.builder().build(), null).build()),
        Arguments.of(
            "requests[0]",
            (Supplier<Object>) () -> Scenario.builder().addRequests((Request) null).build()),
        Arguments.of(
            "providers[0]",
            (Supplier<Object>) () -> Scenario.builder().addProviders((Provider) null).build()),
        Arguments.of(
            "sectorOrder[0]",
            (Supplier<Object>) () -> Scenario.builder().addSectorOrder((String) null).build()),
        Arguments.of(
            "boardDecisions[0]",
            (Supplier<Object>)
                () -> Scenario.builder().addBoardDecisions((BoardDecision) null).build()),
        Arguments.of(
            "answersByBatch.B1",
            (Supplier<Object>) () -> Provider.builder().putAnswersByBatch("B1", null).build()),
        Arguments.of(
            "answersByBatch",
            (Supplier<Object>)
                () ->
                    Provider.builder()
                        .answersByBatch(LinkedHashMap.of(null, Answers.builder().build()))
                        .build()),
        Arguments.of(
            "ageGroups[0]",
            (Supplier<Object>) () -> Offer.builder().addAgeGroups((String) null).build()),
        Arguments.of(
            "needs[0]", (Supplier<Object>) () -> Offer.builder().addNeeds((String) null).build()),
        Arguments.of(
            "characteristics[0]",
            (Supplier<Object>) () -> Offer.builder().addCharacteristics((String) null).build()),
        Arguments.of(
            "needs[0]",
            (Supplier<Object>) () -> ChildProfile.builder().addNeeds((String) null).build()),
        Arguments.of(
            "characteristics[1]",
            (Supplier<Object>) () -> ChildProfile.builder().addCharacteristics("x", null).build()),
        // a null list given to any builder method is refused by name, not inside Vavr
        Arguments.of(
            "batches",
            (Supplier<Object>)
                () -> Scenario.builder().addAllBatches((Iterable<Batch>) null).build()),
        Arguments.of(
            "lettersSent",
            (Supplier<Object>)
                () ->
                    Scenario.builder()
                        .lettersSent((io.vavr.collection.List<LetterSent>) null)
                        .build()),
        Arguments.of(
            "ministerialPriorities",
            (Supplier<Object>)
                () ->
                    Scenario.builder()
                        .addAllMinisterialPriorities((Iterable<String>) null)
                        .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulls")
  void aNullElementIsRefusedWhereItIsBuiltNamingIt(String element, Supplier<Object> build) {
    assertThatThrownBy(
            () -> {
              Object value = build.get();
              // Before the check, the value was built and the allocation threw a bare NPE.
              if (value instanceof Scenario scenario) {
                Allocator.check(scenario);
                Allocator.allocate(scenario);
              }
            })
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith(element + ":");
  }
}
