package io.github.childcarerules.json.internal;

import static io.github.childcarerules.json.internal.AllocationJson.date;
import static io.github.childcarerules.json.internal.JsonDocuments.stringOrNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.YesNo;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * {@code {"grids": [...]}}: the analysis grid (POL annex 6) of every batch, sorted by batch id in
 * natural order (field names: docs/grid.md), written as it is produced ({@link JsonDocuments}). No
 * JSON boolean: every yes/no item is {@code "YES"}, {@code "NO"}, {@code "N/A"} or {@code null}
 * (not reached), so that the four stay apart (FORMAT.md).
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
    return JsonDocuments.indented(json -> grids(json, result));
  }

  /**
   * {@code {"grids": [...]}}, one object per batch, written to {@code out} as it is produced.
   *
   * @param result the decisions of a run, whose grids are written
   * @param out where to write the document, indented, in UTF-8
   */
  public static void json(AllocationResult result, OutputStream out) {
    JsonDocuments.indented(json -> grids(json, result), out);
  }

  private static void grids(JsonGenerator json, AllocationResult result) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("grids");
    for (AnalysisGrid grid : result.grids()) {
      grid(json, grid);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void grid(JsonGenerator json, AnalysisGrid grid) throws IOException {
    json.writeStartObject();
    json.writeStringField("batch", grid.batch());
    stringOrNull(json, "analyst", grid.analyst().getOrNull());
    json.writeStringField("date", grid.date().toString());
    AnalysisGrid.Places places = grid.places();
    json.writeObjectFieldStart("places");
    json.writeNumberField("count", places.count());
    json.writeStringField("sector", places.sector());
    json.writeStringField("availableOn", places.availableOn().toString());
    json.writeNumberField("usedPlaces", places.usedPlaces());
    if (places.child().isDefined()) {
      AnalysisGrid.Child child = places.child().get();
      json.writeObjectFieldStart("child");
      json.writeNumberField("ageMonths", child.ageMonths());
      stringOrNull(json, "sex", child.sex().getOrNull());
      strings(json, "needs", child.needs());
      strings(json, "characteristics", child.characteristics());
      json.writeEndObject();
    } else {
      json.writeNullField("child");
    }
    json.writeNumberField("freePlaces", places.freePlaces());
    mark(json, "temporary", places.temporary());
    mark(json, "permanent", places.permanent());
    stringOrNull(json, "until", date(places.until()));
    json.writeEndObject();
    AnalysisGrid.Distribution distribution = grid.distribution();
    json.writeObjectFieldStart("distribution");
    mark(json, "waitingInSector", distribution.waitingInSector());
    json.writeArrayFieldStart("otherSectors");
    for (AnalysisGrid.SectorSearched sector : distribution.otherSectors()) {
      json.writeStartObject();
      json.writeStringField("sector", sector.sector());
      json.writeStringField("coverage", sector.coverage().toPlainString());
      json.writeEndObject();
    }
    json.writeEndArray();
    mark(json, "coverageBelow70", distribution.coverageBelow70());
    mark(json, "ministerialPriorities", distribution.ministerialPriorities());
    mark(json, "kindOfCare", distribution.kindOfCare());
    mark(json, "particularNeeds", distribution.particularNeeds());
    json.writeEndObject();
    json.writeObjectFieldStart("results");
    mark(json, "keptInSector", grid.results().keptInSector());
    json.writeNumberField("placesKept", grid.results().placesKept());
    json.writeEndObject();
    json.writeArrayFieldStart("selections");
    for (AnalysisGrid.Selection selection : grid.selections()) {
      selection(json, selection);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void selection(JsonGenerator json, AnalysisGrid.Selection selection)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("request", selection.request());
    json.writeStringField("provider", selection.provider());
    stringOrNull(json, "providerName", selection.providerName().getOrNull());
    stringOrNull(json, "providerAddress", selection.providerAddress().getOrNull());
    json.writeStringField("sector", selection.sector());
    json.writeStringField("requestDate", selection.requestDate().toString());
    mark(json, "increase", selection.increase());
    mark(json, "obtention", selection.obtention());
    mark(json, "complaintsOnFile", selection.complaintsOnFile());
    stringOrNull(json, "complaintDetails", selection.complaintDetails().getOrNull());
    stringOrNull(json, "followUp", selection.followUp().getOrNull());
    AnalysisGrid.StepTwo two = selection.stepTwo();
    json.writeObjectFieldStart("stepTwo");
    mark(json, "maintained", two.maintained());
    mark(json, "usedPlacesAccepted", two.usedPlacesAccepted());
    numberOrNull(json, "usedPlaces", two.usedPlaces().getOrNull());
    mark(json, "freePlacesAccepted", two.freePlacesAccepted());
    numberOrNull(json, "freePlaces", two.freePlaces().getOrNull());
    mark(json, "needsConcordance", two.needsConcordance());
    mark(json, "annex1Documents", two.annex1Documents());
    mark(json, "tenHourPeriod", two.tenHourPeriod());
    mark(json, "annex2OfferChange", two.annex2OfferChange());
    stringOrNull(json, "offerPlannedOn", date(two.offerPlannedOn()));
    json.writeEndObject();
    AnalysisGrid.Confirmation confirmation = selection.confirmation();
    json.writeObjectFieldStart("confirmation");
    mark(json, "recommended", confirmation.recommended());
    json.writeNumberField("places", confirmation.places());
    stringOrNull(json, "boardDate", date(confirmation.boardDate()));
    mark(json, "authorized", confirmation.authorized());
    stringOrNull(json, "confirmationSentOn", date(confirmation.confirmationSentOn()));
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void mark(JsonGenerator json, String field, YesNo answer) throws IOException {
    stringOrNull(json, field, answer.code().getOrNull());
  }

  private static void numberOrNull(JsonGenerator json, String field, @Nullable Integer value)
      throws IOException {
    if (value == null) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, value.intValue());
    }
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
