package io.github.childcarerules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule names its section of the form, and every section has a name in both languages. */
class SectionTest {
  @Test
  void everyRuleHasASectionAndEverySectionHasRules() {
    for (Rule rule : Rule.values()) {
      assertThat(rule.section()).as(rule.name()).isNotNull();
    }
    assertThat(Rule.catalogue().map(Rule::section).distinct()).containsExactly(Section.values());
  }

  @Test
  void everySectionHasADistinctNameInFrenchAndInEnglish() {
    for (Section section : Section.values()) {
      assertThat(section.label(Locale.ENGLISH))
          .as(section.name())
          .isNotBlank()
          .isNotEqualTo(section.label(Locale.FRENCH));
      assertThat(section.label()).isEqualTo(section.label(Locale.CANADA_FRENCH)).isNotBlank();
      assertThat(section.label(Locale.GERMAN)).isEqualTo(section.label(Locale.FRENCH));
    }
    assertThat(List.of(Section.values()).map(section -> section.label(Locale.ENGLISH)).distinct())
        .hasSize(Section.values().length);
    assertThat(List.of(Section.values()).map(Section::label).distinct())
        .hasSize(Section.values().length);
  }

  /** The catalogue lists rules section by section, as RULES.md does. */
  @Test
  void rulesFollowTheFormsOrderOfSections() {
    assertThat(Rule.catalogue().map(Rule::section).toJavaList())
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
  }

  @Test
  void rulesAreInTheSectionOfRulesMd() {
    assertThat(Rule.DATE_FORMAT.section()).isEqualTo(Section.WHOLE_RECORD);
    assertThat(Rule.VALUE_NOT_ALLOWED.section()).isEqualTo(Section.WHOLE_RECORD);
    assertThat(Rule.CHILD_NECSG_NOT_APPLICABLE.section()).isEqualTo(Section.CHILD);
    assertThat(Rule.OTHER_RESPONSIBLE_ROLE_REQUIRED.section()).isEqualTo(Section.RESPONSIBLES);
    assertThat(Rule.PARENT_NOT_APPLICABLE.section()).isEqualTo(Section.PARENT);
    assertThat(Rule.ADDRESS_POSTAL_CODE_FORMAT.section()).isEqualTo(Section.ADDRESS);
    assertThat(Rule.AGREEMENT_SPANS_SCHOOL_AGE.section()).isEqualTo(Section.AGE_BRACKETS);
    assertThat(Rule.PERIOD_END_BEFORE_START.section()).isEqualTo(Section.SPECIAL_PERIODS);
    assertThat(Rule.TRANSITIONAL_MEASURE_END_REQUIRED.section()).isEqualTo(Section.SPECIAL_PERIODS);
    assertThat(Rule.AGREEMENT_REQUIRED.section()).isEqualTo(Section.AGREEMENTS);
    assertThat(Rule.REFERENCE_YEAR_261_DAYS.section()).isEqualTo(Section.AGREEMENTS);
    assertThat(Rule.SCENARIO_FIELD_REQUIRED.section()).isEqualTo(Section.ALLOCATION);
    assertThat(Rule.SUSPENSION_TOO_LONG.section()).isEqualTo(Section.ALLOCATION);
    assertThat(Rule.catalogue().filter(rule -> rule.section() == Section.ALLOCATION))
        .allMatch(
            rule ->
                rule.name().startsWith("SCENARIO_")
                    || rule.name().startsWith("ALLOC_")
                    || rule == Rule.SUSPENSION_TOO_LONG);
  }

  /** docs/guide/records.md, "Messages and sections": the same code, its printed lines captured. */
  @Test
  void theReadmeExampleGroupsViolationsBySectionInTheFormsOrder() {
    ParentChildRecord record =
        ParentChildRecord.builder()
            .child(Child.builder().lastName("G".repeat(51)).firstName("Émile").build())
            .build();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int violationCount;
    try {
      // README snippet: sections — spotless:off
      ValidationReport report = RecordValidator.validate(record);
      Map<Section, List<Violation>> bySection =
          report.violations().groupBy(v -> v.rule().section());  // Vavr Map
      for (Section section : Section.values()) {                 // the form's order
        for (List<Violation> violations : bySection.get(section)) {
          System.out.println(section.label(Locale.ENGLISH));     // "Child identification"
          violations.forEach(v -> System.out.println("  " + v.path() + ": " + v.message(Locale.ENGLISH)));
        }
      }
      // README snippet end — spotless:on
      violationCount = report.violations().size();
    } finally {
      System.setOut(stdout);
    }
    java.util.List<String> printed =
        captured.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());

    assertThat(printed).first().isEqualTo("Child identification");
    assertThat(printed)
        .anyMatch(line -> line.startsWith("  child.lastName: ") && line.contains("51"))
        .contains(
            Section.RESPONSIBLES.label(Locale.ENGLISH), Section.AGREEMENTS.label(Locale.ENGLISH))
        .doesNotContain(Section.ALLOCATION.label(Locale.ENGLISH));
    assertThat(printed.indexOf(Section.RESPONSIBLES.label(Locale.ENGLISH)))
        .isLessThan(printed.indexOf(Section.AGREEMENTS.label(Locale.ENGLISH)));
    assertThat(printed.stream().filter(line -> line.startsWith("  ")).count())
        .isEqualTo(violationCount);
  }
}
