package io.github.childcarerules.cli.report;

import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.Seq;
import java.io.PrintStream;

/** {@code --json} of the care unit, the unoccupied places and the coverage audit (rules-json). */
final class PlacesJsonOutput implements PlacesRenderer {
  @Override
  public void careUnit(CareUnitAssessment assessment, PrintStream out) {
    ChildcareJson.writeCareUnit(assessment, out);
    out.println();
  }

  @Override
  public void unoccupiedPlaces(Seq<UnoccupiedRun> runs, PrintStream out) {
    ChildcareJson.writeUnoccupiedPlaces(runs, out);
    out.println();
  }

  @Override
  public void coverageAudit(CoverageAudit audit, PrintStream out) {
    ChildcareJson.writeCoverageAudit(audit, out);
    out.println();
  }
}
