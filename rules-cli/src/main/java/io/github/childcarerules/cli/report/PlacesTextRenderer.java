package io.github.childcarerules.cli.report;

import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.coverage.Finding;
import io.github.childcarerules.occupation.coverage.RowAudit;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Text for a person of the care unit, the unoccupied places and the coverage audit, in the
 * renderer's language (labels {@code unit.*}, {@code places.*} and {@code coverage.*}).
 */
public final class PlacesTextRenderer implements PlacesRenderer {
  private static final String NEW_LINE = System.lineSeparator();

  private final Labels labels;

  public PlacesTextRenderer(Locale locale) {
    this.labels = new Labels(locale);
  }

  @Override
  public String careUnit(CareUnitAssessment assessment) {
    return List.of(
            labels.text("unit.unit", labels.text("unit." + assessment.unit().name())),
            labels.text("unit.ageRule", labels.text("unit." + assessment.ageRule().name())),
            labels.text("unit.minutes", assessment.minutes()),
            labels.text("unit.overTenHours", labels.text(assessment.overTenHours() ? "yes" : "no")))
        .mkString(NEW_LINE);
  }

  @Override
  public String unoccupiedPlaces(Seq<UnoccupiedRun> runs) {
    return runs.map(this::run)
        .prepend(labels.text("places.summary", runs.size()))
        .mkString(NEW_LINE);
  }

  private String run(UnoccupiedRun run) {
    String line =
        labels.text(
            "places.run", run.places(), run.from().toString(), run.to().toString(), run.days());
    if (run.reachesStart()) {
      line += labels.text("places.reachesStart");
    }
    if (run.reachesEnd()) {
      line += labels.text("places.reachesEnd");
    }
    return line;
  }

  @Override
  public String coverageAudit(CoverageAudit audit) {
    int count =
        audit.rows().map(row -> row.findings().size()).sum().intValue()
            + audit.totalFindings().size();
    // a StringJoiner, not a Vavr List appended in the loop: that copied the list on every row
    StringJoiner lines = new StringJoiner(NEW_LINE);
    lines.add(labels.text("coverage.summary", count));
    for (RowAudit row : audit.rows()) {
      lines.add(row(row));
      row.findings().forEach(finding -> lines.add(finding(finding)));
    }
    if (!audit.totalFindings().isEmpty()) {
      lines.add(labels.text("coverage.total"));
      audit.totalFindings().forEach(finding -> lines.add(finding(finding)));
    }
    return lines.toString();
  }

  private String row(RowAudit row) {
    if (row.rate().isEmpty()) {
      return row.emptyCellForRate()
          .map(column -> labels.text("coverage.emptyCell", row.sector(), column.header()))
          .getOrElse(() -> labels.text("coverage.noRate", row.sector()));
    }
    return labels.text(
        row.belowSaturation().getOrElse(false) ? "coverage.rateBelow" : "coverage.rate",
        row.sector(),
        row.rate().get().toPlainString());
  }

  private String finding(Finding finding) {
    return labels.text(
        "coverage.finding",
        finding.code().name(),
        finding.column().header(),
        plain(finding.stated()),
        plain(finding.computed()));
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
