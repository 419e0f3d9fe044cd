package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.vavr.collection.List;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The occupation report and the attestation (FORMAT.md "Occupation report", "Attestation"): JSON
 * documents as rules-json writes them, or text for a person in French or English.
 */
public final class OccupationRenderer {
  private static final String NEW_LINE = System.lineSeparator();

  private final boolean json;
  private final Labels labels;
  private final NumberFormat days;

  public OccupationRenderer(boolean json, Locale locale) {
    this.json = json;
    this.labels = new Labels(locale);
    this.days = NumberFormat.getNumberInstance(locale);
    days.setMaximumFractionDigits(1);
  }

  /** The count; {@code byPeriod} only when {@code grouped}. */
  public String occupation(OccupationCount count, boolean grouped) {
    return json ? ChildcareJson.writeOccupation(count, grouped) : occupationText(count, grouped);
  }

  public String attestation(Attestation attestation) {
    return json ? ChildcareJson.writeAttestation(attestation) : attestationText(attestation);
  }

  private String occupationText(OccupationCount count, boolean grouped) {
    List<String> lines =
        List.of(
            labels.text(
                "occupation.summary",
                range(count.range()),
                count.halfDays(),
                count.halfDays() / 2.0,
                days.format(count.halfDays() / 2.0)),
            labels.text(
                "occupation.bracket",
                labels.text("bracket." + AgeBracket.MONTHS_0_17.name()),
                count.halfDaysIn(AgeBracket.MONTHS_0_17)),
            labels.text(
                "occupation.bracket",
                labels.text("bracket." + AgeBracket.MONTHS_18_59.name()),
                count.halfDaysIn(AgeBracket.MONTHS_18_59)),
            labels.text(
                "occupation.bracket",
                labels.text("bracket." + AgeBracket.SCHOOL_AGE.name()),
                count.halfDaysIn(AgeBracket.SCHOOL_AGE)),
            labels.text("occupation.reduced", count.reducedContribution()),
            labels.text("occupation.full", count.fullContribution()),
            labels.text("occupation.ecp", count.ecpExempt()),
            labels.text("occupation.disability", count.disability()));
    if (grouped) {
      lines = lines.append(labels.text("occupation.byPeriod")).appendAll(periodTable(count));
    }
    return lines.mkString(NEW_LINE);
  }

  /**
   * One row per period, one column per count of the split (half-days), under a header: the first
   * column left-aligned, the numbers right-aligned, each column as wide as its widest cell.
   */
  private List<String> periodTable(OccupationCount count) {
    List<String> header =
        List.of(
            labels.text("occupation.column.period"),
            labels.text("occupation.column.halfDays"),
            labels.text("occupation.column." + AgeBracket.MONTHS_0_17.name()),
            labels.text("occupation.column." + AgeBracket.MONTHS_18_59.name()),
            labels.text("occupation.column." + AgeBracket.SCHOOL_AGE.name()),
            labels.text("occupation.column.reduced"),
            labels.text("occupation.column.full"),
            labels.text("occupation.column.ecp"),
            labels.text("occupation.column.disability"));
    List<List<String>> rows =
        count
            .byPeriod()
            .map(
                period ->
                    List.of(
                            labels.text(
                                "occupation.column.range",
                                period.range().startInclusive().toString(),
                                period.range().endInclusive().get().toString()),
                            period.halfDays(),
                            period.halfDaysIn(AgeBracket.MONTHS_0_17),
                            period.halfDaysIn(AgeBracket.MONTHS_18_59),
                            period.halfDaysIn(AgeBracket.SCHOOL_AGE),
                            period.reducedContribution(),
                            period.fullContribution(),
                            period.ecpExempt(),
                            period.disability())
                        .map(Object::toString));
    List<List<String>> table = rows.prepend(header);
    List<Integer> widths =
        List.range(0, header.size())
            .map(column -> table.map(row -> row.get(column).length()).max().getOrElse(0));
    return table.map(
        row ->
            "    "
                + List.range(0, row.size())
                    .map(
                        column ->
                            column == 0
                                ? pad(row.get(column), widths.get(column), false)
                                : pad(row.get(column), widths.get(column), true))
                    .mkString("  ")
                    .stripTrailing());
  }

  private static String pad(String cell, int width, boolean right) {
    String space = " ".repeat(Math.max(0, width - cell.length()));
    return right ? space + cell : cell + space;
  }

  private String attestationText(Attestation attestation) {
    String none = labels.text("attestation.none");
    return List.of(
            labels.text(
                "attestation.summary",
                attestation.asOf().toString(),
                range(attestation.referenceYear())),
            labels.text(
                "attestation.days",
                attestation.firstDay().map(LocalDate::toString).getOrElse(none),
                attestation.lastDay().map(LocalDate::toString).getOrElse(none)),
            labels.text(
                "attestation.reduced",
                attestation.reducedContributionDays(),
                attestation.reducedContributionHalfDays()),
            labels.text(
                "attestation.ecp", attestation.ecpExemptDays(), attestation.ecpExemptHalfDays()),
            labels.text(
                "attestation.ended",
                attestation.endedAgreements().isEmpty()
                    ? labels.text("attestation.noneEnded")
                    : attestation
                        .endedAgreements()
                        .map(i -> "agreements[" + i + "]")
                        .mkString(", ")),
            labels.text(
                "attestation.withoutService",
                attestation.daysWithoutService().map(String::valueOf).getOrElse(none)),
            labels.text(attestation.attestationDue() ? "attestation.due" : "attestation.notDue"))
        .mkString(NEW_LINE);
  }

  private String range(DatePeriod period) {
    return labels.text(
        "occupation.range",
        period.startInclusive().toString(),
        period.endInclusive().get().toString());
  }
}
