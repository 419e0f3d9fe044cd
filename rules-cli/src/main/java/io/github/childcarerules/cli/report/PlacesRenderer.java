package io.github.childcarerules.cli.report;

import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.Seq;
import java.io.PrintStream;
import java.util.Locale;

/**
 * How {@code care-unit}, {@code unoccupied-places} and {@code coverage-audit} show their results:
 * FORMAT.md's JSON documents ({@code --json}) or text for a person, printed on {@code out} as they
 * are produced, ending with a line break.
 */
public sealed interface PlacesRenderer permits PlacesJsonOutput, PlacesTextRenderer {
  static PlacesRenderer of(boolean json, Locale locale) {
    return json ? new PlacesJsonOutput() : new PlacesTextRenderer(locale);
  }

  /** FORMAT.md, "Care unit". */
  void careUnit(CareUnitAssessment assessment, PrintStream out);

  /** FORMAT.md, "Unoccupied places". */
  void unoccupiedPlaces(Seq<UnoccupiedRun> runs, PrintStream out);

  /** FORMAT.md, "Coverage table". */
  void coverageAudit(CoverageAudit audit, PrintStream out);
}
