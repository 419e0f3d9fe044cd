package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.internal.TextEscapes;
import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.coverage.Finding;
import io.github.childcarerules.occupation.coverage.RowAudit;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.Seq;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Text for a person of the care unit, the unoccupied places and the coverage audit, in the
 * renderer's language (labels {@code unit.*}, {@code places.*} and {@code coverage.*}), printed
 * line by line; a sector's name and a column's header through {@link TextEscapes}.
 */
public final class PlacesTextRenderer implements PlacesRenderer {
  private final Labels labels;

  public PlacesTextRenderer(Locale locale) {
    this.labels = new Labels(locale);
  }

  @Override
  public void careUnit(CareUnitAssessment assessment, PrintStream out) {
    out.println(labels.text("unit.unit", labels.text("unit." + assessment.unit().name())));
    out.println(labels.text("unit.ageRule", labels.text("unit." + assessment.ageRule().name())));
    out.println(labels.text("unit.minutes", assessment.minutes()));
    out.println(
        labels.text("unit.overTenHours", labels.text(assessment.overTenHours() ? "yes" : "no")));
  }

  @Override
  public void unoccupiedPlaces(Seq<UnoccupiedRun> runs, PrintStream out) {
    out.println(labels.text("places.summary", runs.size()));
    for (UnoccupiedRun run : runs) {
      out.println(run(run));
    }
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
  public void coverageAudit(CoverageAudit audit, PrintStream out) {
    long count = audit.totalFindings().size();
    for (RowAudit row : audit.rows()) {
      count += row.findings().size();
    }
    out.println(labels.text("coverage.summary", count));
    for (RowAudit row : audit.rows()) {
      out.println(row(row));
      for (Finding finding : row.findings()) {
        out.println(finding(finding));
      }
    }
    if (!audit.totalFindings().isEmpty()) {
      out.println(labels.text("coverage.total"));
      for (Finding finding : audit.totalFindings()) {
        out.println(finding(finding));
      }
    }
  }

  private String row(RowAudit row) {
    String sector = TextEscapes.escape(row.sector());
    if (row.rate().isEmpty()) {
      return row.emptyCellForRate()
          .map(column -> labels.text("coverage.emptyCell", sector, column.header()))
          .getOrElse(() -> labels.text("coverage.noRate", sector));
    }
    return labels.text(
        row.belowSaturation().getOrElse(false) ? "coverage.rateBelow" : "coverage.rate",
        sector,
        row.rate().get().toPlainString());
  }

  private String finding(Finding finding) {
    return labels.text(
        "coverage.finding",
        finding.code().name(),
        TextEscapes.escape(finding.column().header()),
        plain(finding.stated()),
        plain(finding.computed()));
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
