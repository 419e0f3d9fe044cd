package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.YesNo;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * {@code {"grids": [...]}}: the analysis grid (POL annex 6) of every batch, sorted by batch id in
 * natural order (field names: docs/grid.md). No JSON boolean: every yes/no item is {@code "YES"},
 * {@code "NO"}, {@code "N/A"} or {@code null} (not reached), so that the four stay apart
 * (FORMAT.md).
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
    node.put("batch", grid.batch())
        .put("analyst", grid.analyst().getOrNull())
        .put("date", grid.date().toString());
    AnalysisGrid.Places places = grid.places();
    ObjectNode a = node.putObject("places");
    a.put("count", places.count())
        .put("sector", places.sector())
        .put("availableOn", places.availableOn().toString())
        .put("usedPlaces", places.usedPlaces());
    if (places.child().isDefined()) {
      AnalysisGrid.Child child = places.child().get();
      ObjectNode c = a.putObject("child");
      c.put("ageMonths", child.ageMonths()).put("sex", child.sex().getOrNull());
      child.needs().forEach(c.putArray("needs")::add);
      child.characteristics().forEach(c.putArray("characteristics")::add);
    } else {
      a.putNull("child");
    }
    a.put("freePlaces", places.freePlaces())
        .put("temporary", mark(places.temporary()))
        .put("permanent", mark(places.permanent()))
        .put("until", date(places.until()));
    AnalysisGrid.Distribution distribution = grid.distribution();
    ObjectNode b = node.putObject("distribution");
    b.put("waitingInSector", mark(distribution.waitingInSector()));
    ArrayNode sectors = b.putArray("otherSectors");
    distribution
        .otherSectors()
        .forEach(
            sector ->
                sectors
                    .addObject()
                    .put("sector", sector.sector())
                    .put("coverage", sector.coverage().toPlainString()));
    b.put("coverageBelow70", mark(distribution.coverageBelow70()))
        .put("ministerialPriorities", mark(distribution.ministerialPriorities()))
        .put("kindOfCare", mark(distribution.kindOfCare()))
        .put("particularNeeds", mark(distribution.particularNeeds()));
    node.putObject("results")
        .put("keptInSector", mark(grid.results().keptInSector()))
        .put("placesKept", grid.results().placesKept());
    ArrayNode selections = node.putArray("selections");
    for (AnalysisGrid.Selection selection : grid.selections()) {
      ObjectNode s = selections.addObject();
      s.put("request", selection.request())
          .put("provider", selection.provider())
          .put("providerName", selection.providerName().getOrNull())
          .put("providerAddress", selection.providerAddress().getOrNull())
          .put("sector", selection.sector())
          .put("requestDate", selection.requestDate().toString())
          .put("increase", mark(selection.increase()))
          .put("obtention", mark(selection.obtention()))
          .put("complaintsOnFile", mark(selection.complaintsOnFile()))
          .put("complaintDetails", selection.complaintDetails().getOrNull())
          .put("followUp", selection.followUp().getOrNull());
      AnalysisGrid.StepTwo two = selection.stepTwo();
      s.putObject("stepTwo")
          .put("maintained", mark(two.maintained()))
          .put("usedPlacesAccepted", mark(two.usedPlacesAccepted()))
          .put("usedPlaces", two.usedPlaces().getOrNull())
          .put("freePlacesAccepted", mark(two.freePlacesAccepted()))
          .put("freePlaces", two.freePlaces().getOrNull())
          .put("needsConcordance", mark(two.needsConcordance()))
          .put("annex1Documents", mark(two.annex1Documents()))
          .put("tenHourPeriod", mark(two.tenHourPeriod()))
          .put("annex2OfferChange", mark(two.annex2OfferChange()))
          .put("offerPlannedOn", date(two.offerPlannedOn()));
      AnalysisGrid.Confirmation confirmation = selection.confirmation();
      s.putObject("confirmation")
          .put("recommended", mark(confirmation.recommended()))
          .put("places", confirmation.places())
          .put("boardDate", date(confirmation.boardDate()))
          .put("authorized", mark(confirmation.authorized()))
          .put("confirmationSentOn", date(confirmation.confirmationSentOn()));
    }
  }

  private static String mark(YesNo answer) {
    return answer.code().getOrNull();
  }

  private static String date(Option<LocalDate> date) {
    return date.map(LocalDate::toString).getOrNull();
  }
}
