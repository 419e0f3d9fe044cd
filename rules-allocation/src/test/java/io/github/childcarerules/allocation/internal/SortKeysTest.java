package io.github.childcarerules.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The numbers the register and the letters are sorted on: exactly the day and the id's number, and
 * the provider's, the request's numbers and the letter's rank, up to what each part holds; none
 * beyond. And a request's written answer is due by 9999-12-31 at the latest.
 */
class SortKeysTest {
  private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();

  private static Register.Keyed ask(String id, LocalDate received) {
    return new Register.Keyed(
        new Ask(
            id,
            io.github.childcarerules.allocation.scenario.RequestType.INCREASE,
            "P1",
            "A",
            received,
            1,
            Option.none(),
            0));
  }

  @Test
  void aRequestsKeyIsItsDayThenItsNumber() {
    LocalDate day = LocalDate.of(2015, 3, 2);
    long days = day.toEpochDay() - FIRST_DAY;

    assertThat(ask("R12", day).key("R")).isEqualTo(days << 40 | 12);
    assertThat(ask("R0", LocalDate.of(0, 1, 1)).key("R")).isZero();
    assertThat(ask("R1099511627775", day).key("R")).isEqualTo(days << 40 | ((1L << 40) - 1));
    assertThat(ask("R12", LocalDate.of(9999, 12, 31)).key("R"))
        .isEqualTo((LocalDate.of(9999, 12, 31).toEpochDay() - FIRST_DAY) << 40 | 12);
  }

  @Test
  void aRequestWithoutAKeyIsOneOfAnotherShapeOrBeyondWhatAKeyHolds() {
    LocalDate day = LocalDate.of(2015, 3, 2);

    assertThat(ask("R12", day).key("P")).isEqualTo(KeySort.NONE);
    assertThat(ask("R012", day).key("R")).isEqualTo(KeySort.NONE);
    assertThat(ask("R1099511627776", day).key("R")).isEqualTo(KeySort.NONE);
    assertThat(ask("R12", LocalDate.of(-1, 12, 31)).key("R")).isEqualTo(KeySort.NONE);
    assertThat(ask("R12", LocalDate.ofEpochDay(FIRST_DAY + (1L << 22) - 1)).key("R"))
        .isEqualTo(((1L << 22) - 1) << 40 | 12);
    assertThat(ask("R12", LocalDate.ofEpochDay(FIRST_DAY + (1L << 22))).key("R"))
        .isEqualTo(KeySort.NONE);
  }

  private static Engine.Keyed letter(String provider, String request, LetterKind kind) {
    Letter letter =
        new Letter(
            provider,
            request,
            kind,
            LocalDate.of(2016, 1, 1),
            Rule.ALLOC_BOARD_DECISION,
            List.empty());
    return new Engine.Keyed(letter, new IdKey(provider), new IdKey(request));
  }

  @Test
  void aLettersKeyIsItsProviderThenItsRequestThenItsLettersRankByName() {
    assertThat(letter("P3", "R5", LetterKind.CONFIRMATION).key("P", "R"))
        .isEqualTo(3L << 35 | 5 << 3);
    assertThat(letter("P3", "R5", LetterKind.DECISION).key("P", "R"))
        .isEqualTo(3L << 35 | 5 << 3 | 1);
    assertThat(letter("P3", "R5", LetterKind.DECREASE_DECISION).key("P", "R"))
        .isEqualTo(3L << 35 | 5 << 3 | 2);
    assertThat(letter("P3", "R5", LetterKind.REFUSAL).key("P", "R"))
        .isEqualTo(3L << 35 | 5 << 3 | 3);
    assertThat(letter("P3", "R5", LetterKind.WAITING_REGISTER).key("P", "R"))
        .isEqualTo(3L << 35 | 5 << 3 | 4);
    assertThat(letter("P268435455", "R4294967295", LetterKind.CONFIRMATION).key("P", "R"))
        .isEqualTo(((1L << 28) - 1) << 35 | ((1L << 32) - 1) << 3);
  }

  @Test
  void aLetterWithoutAKeyHasIdsOfAnotherShapeOrBeyondWhatAKeyHolds() {
    assertThat(letter("P3", "R5", LetterKind.REFUSAL).key("X", "R")).isEqualTo(KeySort.NONE);
    assertThat(letter("P3", "R5", LetterKind.REFUSAL).key("P", "X")).isEqualTo(KeySort.NONE);
    assertThat(letter("P268435456", "R5", LetterKind.REFUSAL).key("P", "R"))
        .isEqualTo(KeySort.NONE);
    assertThat(letter("P3", "R4294967296", LetterKind.REFUSAL).key("P", "R"))
        .isEqualTo(KeySort.NONE);
  }

  private static Scenario receivedOn(String day) {
    return Scenario.builder()
        .asOf("9999-12-31")
        .sectors(List.of(Sector.builder().name("A").children(10).places(1).parentNeeds(1).build()))
        .requests(
            List.of(
                Request.builder()
                    .id("R1")
                    .type("INCREASE")
                    .provider("P1")
                    .sector("A")
                    .receivedOn(day)
                    .places(1)
                    .build()))
        .providers(
            List.of(
                Provider.builder()
                    .id("P1")
                    .sector("A")
                    .offer(Offer.builder().ageGroups(List.of("MONTHS_18_59")).build())
                    .build()))
        .build();
  }

  @Test
  void aRequestReceivedByDecemberFirstOf9999IsAnsweredInTime() {
    assertThat(Allocator.allocate(receivedOn("9999-12-01")).isValid()).isTrue();
  }

  @Test
  void aRequestReceivedAfterThatIsRefusedNamingItsPath() {
    assertThatThrownBy(() -> Allocator.allocate(receivedOn("9999-12-02")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "requests[0].receivedOn: 9999-12-02 plus the 30 days of the written answer passes"
                + " 9999-12-31");
  }
}
