package io.github.childcarerules.cli.report;

import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * How {@code care-unit}, {@code unoccupied-places} and {@code coverage-audit} show their results:
 * FORMAT.md's JSON documents ({@code --json}) or text for a person, without the final line break.
 */
public sealed interface PlacesRenderer permits PlacesJsonOutput, PlacesTextRenderer {
  static PlacesRenderer of(boolean json, Locale locale) {
    return json ? new PlacesJsonOutput() : new PlacesTextRenderer(locale);
  }

  /** FORMAT.md, "Care unit". */
  String careUnit(CareUnitAssessment assessment);

  /** FORMAT.md, "Unoccupied places". */
  String unoccupiedPlaces(Seq<UnoccupiedRun> runs);

  /** FORMAT.md, "Coverage table". */
  String coverageAudit(CoverageAudit audit);
}
