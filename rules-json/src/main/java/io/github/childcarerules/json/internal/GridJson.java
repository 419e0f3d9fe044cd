package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * {@code {"grids": [...]}}: the analysis grid (POL annex 6) of every batch, sorted by batch id
 * (field names: docs/grid.md; moved from rules-cli's {@code GridReport}, whose text stays there).
 */
public final class GridJson {

  private GridJson() {}

  /**
   * {@code {"grids": [...]}}, one object per batch.
   *
   * @param result the decisions of a run, whose grids are written
   * @return the JSON document, indented
   */
  public static String json(AllocationResult result) {
    ObjectNode root = Jackson.NODES.objectNode();
    ArrayNode grids = root.putArray("grids");
    result.grids().forEach(grid -> grid(grids.addObject(), grid));
    return ReportJson.document(root);
  }

  private static void grid(ObjectNode node, AnalysisGrid grid) {
    node.put("batch", grid.batch());
    AnalysisGrid.Places places = grid.places();
    ObjectNode a = node.putObject("places");
    a.put("count", places.count())
        .put("sector", places.sector())
        .put("availableOn", places.availableOn().toString())
        .put("usedPlaces", places.usedPlaces());
    if (places.child().isDefined()) {
      AnalysisGrid.Child child = places.child().get();
      ObjectNode c = a.putObject("child");
      c.put("ageMonths", child.ageMonths());
      child.needs().forEach(c.putArray("needs")::add);
      child.characteristics().forEach(c.putArray("characteristics")::add);
    } else {
      a.putNull("child");
    }
    a.put("freePlaces", places.freePlaces())
        .put("temporary", places.temporary())
        .put("permanent", !places.temporary())
        .put("until", date(places.until()));
    AnalysisGrid.Distribution distribution = grid.distribution();
    ObjectNode b = node.putObject("distribution");
    b.put("waitingInSector", distribution.waitingInSector());
    ArrayNode sectors = b.putArray("otherSectors");
    distribution
        .otherSectors()
        .forEach(
            sector ->
                sectors
                    .addObject()
                    .put("sector", sector.sector())
                    .put("coverage", sector.coverage().toPlainString()));
    b.put("coverageBelow70", distribution.coverageBelow70().getOrNull())
        .put("ministerialPriorities", distribution.ministerialPriorities().getOrNull())
        .put("kindOfCare", distribution.kindOfCare().getOrNull())
        .put("particularNeeds", distribution.particularNeeds().getOrNull());
    node.putObject("results")
        .put("keptInSector", grid.results().keptInSector())
        .put("placesKept", grid.results().placesKept());
    ArrayNode selections = node.putArray("selections");
    for (AnalysisGrid.Selection selection : grid.selections()) {
      ObjectNode s = selections.addObject();
      s.put("request", selection.request())
          .put("provider", selection.provider())
          .put("sector", selection.sector())
          .put("requestDate", selection.requestDate().toString())
          .put("increase", selection.increase())
          .put("obtention", !selection.increase())
          .put("complaintsOnFile", selection.complaintsOnFile().getOrNull());
      AnalysisGrid.StepTwo two = selection.stepTwo();
      s.putObject("stepTwo")
          .put("maintained", two.maintained().getOrNull())
          .put("usedPlacesAccepted", two.usedPlacesAccepted().getOrNull())
          .put("usedPlaces", two.usedPlaces().getOrNull())
          .put("freePlacesAccepted", two.freePlacesAccepted().getOrNull())
          .put("freePlaces", two.freePlaces().getOrNull())
          .put("needsConcordance", two.needsConcordance().getOrNull())
          .put("annex1Documents", two.annex1Documents().getOrNull())
          .put("tenHourPeriod", two.tenHourPeriod().getOrNull())
          .put("annex2OfferChange", two.annex2OfferChange().getOrNull())
          .put("offerPlannedOn", date(two.offerPlannedOn()));
      AnalysisGrid.Confirmation confirmation = selection.confirmation();
      s.putObject("confirmation")
          .put("recommended", confirmation.recommended().getOrNull())
          .put("places", confirmation.places())
          .put("boardDate", date(confirmation.boardDate()))
          .put("authorized", confirmation.authorized().getOrNull());
    }
  }

  private static String date(Option<LocalDate> date) {
    return date.map(LocalDate::toString).getOrNull();
  }
}
