package io.github.childcarerules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The limits each rule states once, where the deciding code and the testkit read them. */
class RuleLimitsTest {
  @Test
  void everyNameIsLimitedToFiftyCharactersByItsTooLongRule() {
    List<Rule> tooLong =
        List.of(Rule.values()).filter(rule -> rule.name().endsWith("_NAME_TOO_LONG"));

    assertThat(tooLong).hasSize(8);
    assertThat(tooLong.map(Rule::maximum)).containsOnly(Option.some(50));
  }

  @Test
  void theCareDayWarningsStateTheirWindowAndTheirMaximum() {
    assertThat(Rule.TWENTY_DAYS_PER_FOUR_WEEKS.limit()).contains(Period.ofDays(28));
    assertThat(Rule.TWENTY_DAYS_PER_FOUR_WEEKS.maximum()).contains(20);
    assertThat(Rule.REFERENCE_YEAR_261_DAYS.maximum()).contains(261);
    assertThat(Rule.REFERENCE_YEAR_261_DAYS.limit()).isEmpty();
  }

  @Test
  void aRuleThatCountsNothingHasNoMaximum() {
    assertThat(Rule.CHILD_NIREC_REQUIRED.maximum()).isEmpty();
    assertThat(Rule.ALLOC_DECISION_DELAY.maximum()).isEmpty();
    assertThat(Rule.ALLOC_DECISION_DELAY.limit()).contains(Period.ofDays(30));
    assertThat(List.of(Rule.values()).filter(rule -> rule.maximum().isDefined())).hasSize(10);
  }
}
