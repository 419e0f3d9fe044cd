package io.github.childcarerules.core.rule;

import java.util.Locale;

/** Renders the rule catalogue as the Markdown table of docs/rules.md. */
final class RuleCatalogueDocument {
  /**
   * RULES.md §8 produces counts, not violations, so it has no ids; the catalogue still says what
   * each counting rule is, where it comes from and which type decides it.
   */
  private static final String COUNTING =
      """

      ## Counting rules (RULES.md §8, rules-occupation)

      These rules produce counts, not violations, so they have no ids and no message. Each one is \
      decided in one place:

      | rule | source | decided by |
      |---|---|---|
      | Planned occupation: on each day from an agreement's start to its effective end (termination \
      date, else end), the occupied slots (half-days) of that weekday in the schedule week the day \
      falls in, week 1 being the calendar week of the start; a special schedule replaces the normal \
      one on its days, its own week 1 being the week of its own start; a replacement agreement plans \
      nothing. Counting never steps through days. | CSG Horaire normal, Horaire particulier | \
      `core.internal.reading.PlannedOccupation`, `occupation.Occupation` |
      | Splits of a count: by the age bracket in force, reduced or full contribution, ECP exemption \
      (half-days of reduced-contribution agreements only, also counted under reducedContribution), \
      disability; grouped by month, reference year (1 September – 31 August) or fiscal year \
      (1 April – 31 March), each period with the same complete split. | CSG Tranches d'âge, \
      Périodes ECP, Périodes de handicap; RCR | `occupation.Occupation`, `OccupationCount`, \
      `Grouping` |
      | Care days: a date with two or more occupied slots is one care day, with one slot half a day. \
      | RCR art. 6 | `occupation.attestation.Attestation`; the warnings \
      `TWENTY_DAYS_PER_FOUR_WEEKS` and `REFERENCE_YEAR_261_DAYS` above |
      | Attestation of services provided: first and last days of attendance, days and half-days at \
      the reduced contribution or ECP-exempt in the reference year; due when an agreement ended in \
      the reference year or after more than 90 days without service (91 yes, 90 no). | RCR art. 20; \
      POL Places inoccupées | `occupation.attestation.Attestation` |
      | Unoccupied places: every maximal run of more than 90 consecutive days with k or more \
      subsidized places that no non-replacement, reduced-contribution agreement covers (a child at \
      the full contribution occupies an unsubsidized place), clipped to the window. | POL Places \
      inoccupées | `occupation.places.UnoccupiedPlaces` |
      | Coverage rate: places / children × 100 in exact decimals, 70 % being the saturation ceiling; \
      the audit of a table flags `RATE_MISMATCH` (0.1 point or more), `BRACKETS_DO_NOT_ADD_UP` and \
      `TOTAL_MISMATCH` (finding codes, not rule ids). | POL Tableau 1 | \
      `occupation.coverage.CoverageTables`, `CoverageRate` |
      | Nominal age brackets (a helper, not a rule): 0-17 months from birth, 18-59 months from 18 \
      months of age, school age from 1 September of the year the child is 5 on 30 September; the \
      warning `TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE` reads it. | RCR art. 1 and 14 (RULES.md §5) \
      | `core.record.NominalAgeBrackets` |
      | Care unit of a day's stays: under 5 on 30 September of the reference year, the longest \
      continuous stay decides (more than 4 h a day, 2 h 30 to 4 h a half-day); 5 or older, stays \
      totalling 2 h 30 make a day; more than 10 hours in all is flagged. | RCR art. 1 and 6; CSG \
      Horaire normal | `occupation.careunit.CareUnits` |
      """;

  private RuleCatalogueDocument() {}

  static String render() {
    StringBuilder doc = new StringBuilder();
    doc.append("# Rule catalogue\n\n")
        .append(
            "Generated from `Rule` (rules-core) by `RuleCatalogueTest`; the same list is printed ")
        .append(
            "by `./childcare-rules rules`. Ids are stable: auditors cite them and applications ")
        .append("switch on them. Sources: CSG = the CSG user guide, page \"Ajouter dossier ")
        .append(
            "parent-enfant\" (v3 09-2023), constraint `c<n>` of a field; RCR = Règlement sur la ")
        .append(
            "contribution réduite; POL = the BC's allocation policy. Messages and descriptions ")
        .append("exist in French (default) and English. Rules are grouped by `Rule.section()`, ")
        .append("the part of the form they belong to (`Section.label(Locale)` names it in ")
        .append("English and French, as the headings below do).\n");
    for (Section section : Section.values()) {
      doc.append("\n## ")
          .append(section.label(Locale.ENGLISH))
          .append(" — ")
          .append(section.label(Locale.CANADA_FRENCH))
          .append(" (`")
          .append(section.name())
          .append("`)\n\n")
          .append("| id | severity | source | description | description (français) |\n")
          .append("|---|---|---|---|---|\n");
      for (Rule rule : Rule.catalogue().filter(r -> r.section() == section)) {
        doc.append("| `")
            .append(rule.name())
            .append("` | ")
            .append(rule.severity())
            .append(" | ")
            .append(escape(rule.source()))
            .append(" | ")
            .append(escape(rule.description(Locale.ENGLISH)))
            .append(" | ")
            .append(escape(rule.description(Locale.CANADA_FRENCH)))
            .append(" |\n");
      }
    }
    return doc.append(COUNTING).toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
