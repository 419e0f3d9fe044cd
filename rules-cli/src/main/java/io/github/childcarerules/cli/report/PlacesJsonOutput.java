package io.github.childcarerules.cli.report;

import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.Seq;

/** {@code --json} of the care unit, the unoccupied places and the coverage audit (rules-json). */
final class PlacesJsonOutput implements PlacesRenderer {
  @Override
  public String careUnit(CareUnitAssessment assessment) {
    return ChildcareJson.writeCareUnit(assessment);
  }

  @Override
  public String unoccupiedPlaces(Seq<UnoccupiedRun> runs) {
    return ChildcareJson.writeUnoccupiedPlaces(runs);
  }

  @Override
  public String coverageAudit(CoverageAudit audit) {
    return ChildcareJson.writeCoverageAudit(audit);
  }
}
