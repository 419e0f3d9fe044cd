package io.github.childcarerules.core.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.record.AgeBracket;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The age brackets in force, as the rules and the counts read them (RULES.md §5). */
class BracketsInForceTest {
  private static final LocalDate BIRTH = LocalDate.of(2020, 3, 10);
  private static final LocalDate EIGHTEEN_MONTHS = LocalDate.of(2021, 9, 10);
  private static final LocalDate SCHOOL_AGE = LocalDate.of(2025, 9, 1);

  private static BracketsInForce of(Map<String, String> entered) {
    return BracketsInForce.of(entered);
  }

  private static final Map<String, String> ALL =
      LinkedHashMap.of(
          "MONTHS_0_17", BIRTH.toString(),
          "MONTHS_18_59", EIGHTEEN_MONTHS.toString(),
          "SCHOOL_AGE", SCHOOL_AGE.toString());

  @Test
  void noBracketIsInForceBeforeTheEarliestDateAndEachFromItsOwnDate() {
    BracketsInForce brackets = of(ALL);
    assertThat(brackets.inForceOn(BIRTH.minusDays(1))).isEmpty();
    assertThat(brackets.inForceOn(BIRTH)).contains(AgeBracket.MONTHS_0_17);
    assertThat(brackets.inForceOn(EIGHTEEN_MONTHS.minusDays(1))).contains(AgeBracket.MONTHS_0_17);
    assertThat(brackets.inForceOn(EIGHTEEN_MONTHS)).contains(AgeBracket.MONTHS_18_59);
    assertThat(brackets.inForceOn(SCHOOL_AGE.minusDays(1))).contains(AgeBracket.MONTHS_18_59);
    assertThat(brackets.inForceOn(SCHOOL_AGE)).contains(AgeBracket.SCHOOL_AGE);
    assertThat(brackets.size()).isEqualTo(3);
    assertThat(brackets.start(2)).isEqualTo(SCHOOL_AGE.toEpochDay());
    assertThat(brackets.bracket(2)).isEqualTo(AgeBracket.SCHOOL_AGE);
  }

  @Test
  void onEqualDatesTheOlderBracketIsInForce() {
    BracketsInForce brackets =
        of(LinkedHashMap.of("SCHOOL_AGE", BIRTH.toString(), "MONTHS_0_17", BIRTH.toString()));
    assertThat(brackets.inForceOn(BIRTH)).contains(AgeBracket.SCHOOL_AGE);
    assertThat(brackets.size()).isEqualTo(1);
    assertThat(brackets.earliest()).contains(BIRTH);
  }

  @Test
  void unknownKeysAndBlankOrMalformedDatesAreLeftOut() {
    BracketsInForce brackets =
        of(
            LinkedHashMap.of(
                "MONTHS_0_17", " ",
                "MONTHS_18_59", "2021-9-10",
                "TODDLER", "2021-01-01",
                "SCHOOL_AGE", SCHOOL_AGE.toString()));
    assertThat(brackets.effectiveDates())
        .isEqualTo(LinkedHashMap.of(AgeBracket.SCHOOL_AGE, SCHOOL_AGE));
    assertThat(brackets.earliest()).contains(SCHOOL_AGE);
    assertThat(brackets.schoolAge()).contains(SCHOOL_AGE);
    assertThat(brackets.inForceOn(SCHOOL_AGE.minusDays(1))).isEmpty();
  }

  @Test
  void effectiveDatesAreListedYoungestFirstWhateverTheOrderEntered() {
    BracketsInForce brackets =
        of(LinkedHashMap.of("SCHOOL_AGE", SCHOOL_AGE.toString(), "MONTHS_0_17", BIRTH.toString()));
    assertThat(brackets.effectiveDates().keySet().toList())
        .containsExactly(AgeBracket.MONTHS_0_17, AgeBracket.SCHOOL_AGE);
    assertThat(brackets.schoolAge()).isEqualTo(Option.some(SCHOOL_AGE));
  }

  @Test
  void noBracketEnteredMeansNoneInForce() {
    BracketsInForce brackets = of(LinkedHashMap.empty());
    assertThat(brackets.size()).isZero();
    assertThat(brackets.earliest()).isEmpty();
    assertThat(brackets.schoolAge()).isEmpty();
    assertThat(brackets.inForceOn(BIRTH)).isEmpty();
  }
}
