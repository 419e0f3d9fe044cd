package io.github.childcarerules.occupation;

import static io.github.childcarerules.occupation.Build.agreement;
import static io.github.childcarerules.occupation.Build.day;
import static io.github.childcarerules.occupation.Build.fullDays;
import static io.github.childcarerules.occupation.Build.range;
import static io.github.childcarerules.occupation.Build.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.internal.MessageBundle;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.github.childcarerules.occupation.internal.OccupationTexts;
import io.vavr.collection.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A count and an attestation in words, French (the default) and English. */
class OccupationTextsTest {
  private static final String NL = System.lineSeparator();

  /** Full days Monday to Friday in January 2024: 23 weekdays, 46 half-days. */
  private static final ParentChildRecord RECORD =
      record(
              agreement(
                      "2024-01-01",
                      "2024-01-31",
                      fullDays(Day.MON, Day.TUE, Day.WED, Day.THU, Day.FRI))
                  .build())
          .build();

  @Test
  void everyBundleOfTheModuleHasTheSameKeysInFrenchAndEnglish() {
    for (MessageBundle bundle :
        List.of(
            OccupationTexts.bundle(),
            MessageBundle.of(
                locale ->
                    ResourceBundle.getBundle(
                        "io.github.childcarerules.occupation.careunit.messages", locale)))) {
      assertThat(bundle.keys(Locale.FRENCH))
          .isNotEmpty()
          .containsExactlyInAnyOrderElementsOf(bundle.keys(Locale.ENGLISH));
    }
  }

  @Test
  void aCountSaysItsRangeItsSplitAndNoTableWhenNotGrouped() {
    OccupationCount count = Occupation.of(RECORD).count(range("2024-01-01", "2024-01-31"));
    assertThat(count.text(Locale.ENGLISH))
        .isEqualTo(
            String.join(
                NL,
                "Planned occupation from 2024-01-01 to 2024-01-31: 46 half-days (23 days)",
                "  0 to 17 months: 46",
                "  18 to 59 months: 0",
                "  school age: 0",
                "  reduced contribution: 46",
                "  full contribution: 0",
                "  exempted from the contribution (ECP): 0",
                "  disability: 0"));
    assertThat(count.text()).isEqualTo(count.text(Locale.CANADA_FRENCH));
    assertThat(count).hasToString(count.text());
    assertThat(count.text().split(NL))
        .hasSize(8)
        .startsWith("Occupation prévue du 2024-01-01 au 2024-01-31 : 46 demi-journées (23 jours)");
    assertThat(count.text(Locale.GERMAN)).isEqualTo(count.text(Locale.FRENCH));
  }

  @Test
  void aGroupedCountEndsWithATableOfItsPeriods() {
    OccupationCount count =
        Occupation.of(RECORD).count(range("2024-01-15", "2024-02-29"), Grouping.MONTH);
    String[] lines = count.text(Locale.ENGLISH).split(NL);
    assertThat(lines).hasSize(8 + 1 + 1 + 2);
    assertThat(lines[8]).isEqualTo("  by period (half-days):");
    assertThat(lines[9]).startsWith("    period").contains("0-17 months", "disability");
    assertThat(lines[10]).startsWith("    2024-01-15 – 2024-01-31").endsWith("  0");
    assertThat(lines[10].split(" +")).contains("26");
    assertThat(lines[11]).startsWith("    2024-02-01 – 2024-02-29");
    assertThat(count.text().split(NL)[8]).isEqualTo("  par période (demi-journées) :");
  }

  @Test
  void theLinesOfATextAreItsTextLineByLine() {
    OccupationCount grouped =
        Occupation.of(RECORD).count(range("2023-11-15", "2024-03-31"), Grouping.MONTH);
    OccupationCount whole = Occupation.of(RECORD).count(range("2024-01-01", "2024-01-31"));
    Attestation attestation = Attestation.of(RECORD, day("2024-06-30"));

    for (Locale locale : List.of(Locale.ENGLISH, Locale.CANADA_FRENCH)) {
      assertThat(grouped.textLines(locale).mkString(NL)).isEqualTo(grouped.text(locale));
      assertThat(grouped.textLines(locale).size()).isEqualTo(8 + 1 + 1 + 5);
      assertThat(whole.textLines(locale).mkString(NL)).isEqualTo(whole.text(locale));
      assertThat(attestation.textLines(locale).mkString(NL)).isEqualTo(attestation.text(locale));
    }
  }

  @Test
  void aTableColumnIsAsWideAsItsWidestCellWhereverItIs() {
    OccupationCount count =
        Occupation.of(RECORD).count(range("2023-12-01", "2024-02-29"), Grouping.MONTH);
    java.util.List<String> table = count.textLines(Locale.ENGLISH).drop(9).toJavaList();

    assertThat(table).hasSize(4);
    int end = table.get(0).indexOf("total") + "total".length();
    assertThat(table.get(2).substring(0, end)).endsWith(" 46");
    assertThat(table.get(1).substring(0, end)).endsWith("  0");
  }

  @Test
  void anAttestationSaysItsDaysAndWhetherItIsDue() {
    Attestation attestation = Attestation.of(RECORD, day("2024-06-30"));
    assertThat(attestation.text(Locale.ENGLISH))
        .isEqualTo(
            String.join(
                NL,
                "Attestation of services provided as of 2024-06-30 (reference year from 2023-09-01"
                    + " to 2024-08-31)",
                "  first day: 2024-01-01; last day: 2024-01-31",
                "  reduced contribution: 23 days and 0 half-days",
                "  exempted (ECP): 0 days and 0 half-days",
                "  agreements ended this year: agreements[0]",
                "  days without service: 151",
                "  attestation due: yes"));
    assertThat(attestation.text()).isEqualTo(attestation.text(Locale.CANADA_FRENCH));
    assertThat(attestation).hasToString(attestation.text());
    assertThat(attestation.text().split(NL))
        .contains("  attestation à remettre : oui", "  jours sans service : 151");
    Attestation none = Attestation.of(record().build(), day("2024-06-30"));
    assertThat(none.text(Locale.ENGLISH))
        .contains("first day: none; last day: none", "agreements ended this year: none")
        .endsWith("attestation due: no");
  }

  @Test
  void bracketsHaveANameInEachLanguage() {
    for (AgeBracket bracket : AgeBracket.values()) {
      assertThat(bracket.label(Locale.ENGLISH))
          .isNotBlank()
          .isNotEqualTo(bracket.label(Locale.FRENCH));
    }
    assertThat(AgeBracket.MONTHS_0_17.label(Locale.CANADA_FRENCH)).isEqualTo("0 à 17 mois");
  }
}
