package io.github.childcarerules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Severity;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.RecordValidator;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MutationsTest {
  @Property
  void everyMutationYieldsExactlyOneViolationOfItsRuleAtItsPath(
      @ForAll("mutations") Mutated mutated) {
    assertExactlyItsViolation(mutated);
  }

  @Example
  void everyKindOfMutationFindsAPlaceInGeneratedRecords() {
    assertThat(Mutations.names()).hasSizeGreaterThan(80).doesNotHaveDuplicates();
    for (String kind : Mutations.names()) {
      assertThat(Mutations.named(kind).sampleStream().limit(5))
          .as(kind)
          .hasSize(5)
          .allSatisfy(MutationsTest::assertExactlyItsViolation);
    }
  }

  @Property(tries = 300)
  void everyChangeOfASavedRecordYieldsExactlyItsWarningAndNothingAlone(
      @ForAll("changes") Mutated mutated) {
    assertThat(mutated.isChange()).isTrue();
    assertThat(RecordValidator.validate(mutated.record()).violations()).isEmpty();
    assertThat(RecordValidator.validateChange(mutated.valid(), mutated.record()).violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(mutated.rule(), mutated.path()));
    assertExactlyItsViolation(mutated);
  }

  private static void assertExactlyItsViolation(Mutated mutated) {
    assertThat(RecordValidator.validate(mutated.valid()).violations()).isEmpty();
    if (mutated.isChange()) {
      assertThat(RecordValidator.validate(mutated.record()).violations()).isEmpty();
    } else {
      assertThat(RecordValidator.validate(mutated.record()).violations())
          .extracting(Violation::rule, Violation::path)
          .containsExactly(tuple(mutated.rule(), mutated.path()));
    }
    assertThat(mutated.report().violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(mutated.rule(), mutated.path()));
  }

  @Provide
  Arbitrary<Mutated> mutations() {
    return Mutations.any();
  }

  @Provide
  Arbitrary<Mutated> changes() {
    return Mutations.changes();
  }

  @Example
  void anyMutationIsOfOneRecordAndChangesAreApart() {
    assertThat(Mutations.any().sampleStream().limit(200)).noneMatch(Mutated::isChange);
    assertThat(Mutations.changes().sampleStream().limit(50))
        .extracting(Mutated::rule)
        .containsOnly(Rule.SCHOOL_AGE_DATE_CHANGED, Rule.REDUCED_CONTRIBUTION_CHANGED)
        .contains(Rule.SCHOOL_AGE_DATE_CHANGED, Rule.REDUCED_CONTRIBUTION_CHANGED);
  }

  @Example
  void mutationsCoverEveryRuleOfARecordButTheImmutableOnes() {
    EnumSet<Rule> expected = EnumSet.allOf(Rule.class);
    expected.removeAll(
        List.of(
            Rule.CHILD_BIRTH_DATE_IMMUTABLE,
            Rule.CHILD_NIREC_IMMUTABLE,
            Rule.CHILD_NECSG_IMMUTABLE));
    // the rules of an allocation scenario (RULES.md §9) are not about a record
    expected.removeIf(
        rule -> rule.name().startsWith("SCENARIO_") || rule.severity() == Severity.INFO);

    assertThat(Mutations.rules()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Example
  void mutationsBreakingOneRuleBreakOnlyThatOne() {
    assertThat(Mutations.breaking(Rule.AGREEMENTS_OVERLAP).sampleStream().limit(50))
        .allSatisfy(
            mutated -> {
              assertThat(mutated.rule()).isEqualTo(Rule.AGREEMENTS_OVERLAP);
              assertThat(mutated.path()).matches("agreements\\[\\d]");
            });
  }

  @Example
  void noMutationBreaksTheRulesOfAChange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Mutations.breaking(Rule.CHILD_NIREC_IMMUTABLE))
        .withMessageContaining("CHILD_NIREC_IMMUTABLE");
  }

  @Example
  void aMutationNamesWhatItDidAndChangesTheRecord() {
    assertThat(Mutations.breaking(Rule.ADDRESS_POSTAL_CODE_FORMAT).sampleStream().limit(50))
        .allSatisfy(
            mutated -> {
              assertThat(mutated.mutation()).isEqualTo("postal code not A1A 1A1");
              assertThat(mutated.path()).isEqualTo("address.postalCode");
              assertThat(mutated.record()).isNotEqualTo(mutated.valid());
              assertThat(mutated.record().withAddress(mutated.valid().address()))
                  .isEqualTo(mutated.valid());
            });
  }

  @Example
  void aDateMutationIsReportedAsDateFormatAlone() {
    assertThat(Mutations.breaking(Rule.DATE_FORMAT).sampleStream().limit(200))
        .extracting(Mutated::path)
        .anyMatch(path -> path.equals("child.birthDate"))
        .anyMatch(path -> path.startsWith("ageBrackets."))
        .anyMatch(path -> path.matches("agreements\\[\\d]\\.(start|end|terminatedOn)"))
        .anyMatch(path -> path.contains(".specialSchedules["))
        .anyMatch(path -> path.matches("(ecp|disability|cisss)Periods\\[\\d]\\.(start|end)"))
        .anyMatch(path -> path.startsWith("transitionalMeasure."));
  }
}
