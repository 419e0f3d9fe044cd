package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.coverage.Finding;
import io.github.childcarerules.occupation.coverage.RowAudit;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * FORMAT.md's JSON of the care unit, the unoccupied places and the coverage audit, indented as the
 * other documents and written as they are produced ({@link JsonDocuments}). Decimals are printed
 * exactly as given or computed ({@code 25.00}, {@code 2.5}, {@code 23917}), never through binary
 * floating point.
 */
public final class PlacesJson {
  private PlacesJson() {}

  /**
   * FORMAT.md, "Care unit".
   *
   * @param assessment the care unit of one day
   * @return the JSON document, indented
   */
  public static String careUnit(CareUnitAssessment assessment) {
    return JsonDocuments.indented(json -> careUnit(json, assessment));
  }

  /**
   * FORMAT.md, "Care unit", written to {@code out}.
   *
   * @param assessment the care unit of one day
   * @param out where to write the document, indented, in UTF-8
   */
  public static void careUnit(CareUnitAssessment assessment, OutputStream out) {
    JsonDocuments.indented(json -> careUnit(json, assessment), out);
  }

  /**
   * FORMAT.md, "Unoccupied places": the runs.
   *
   * @param runs the runs of unoccupied places, in order
   * @return the JSON document, indented
   */
  public static String unoccupiedPlaces(Seq<UnoccupiedRun> runs) {
    return JsonDocuments.indented(json -> unoccupiedPlaces(json, runs));
  }

  /**
   * FORMAT.md, "Unoccupied places": the runs, written to {@code out} as they are written.
   *
   * @param runs the runs of unoccupied places, in order
   * @param out where to write the document, indented, in UTF-8
   */
  public static void unoccupiedPlaces(Seq<UnoccupiedRun> runs, OutputStream out) {
    JsonDocuments.indented(json -> unoccupiedPlaces(json, runs), out);
  }

  /**
   * FORMAT.md, "Coverage table": the audit.
   *
   * @param audit the audit of a coverage table
   * @return the JSON document, indented
   */
  public static String coverageAudit(CoverageAudit audit) {
    return JsonDocuments.indented(json -> coverageAudit(json, audit));
  }

  /**
   * FORMAT.md, "Coverage table": the audit, written to {@code out} row by row.
   *
   * @param audit the audit of a coverage table
   * @param out where to write the document, indented, in UTF-8
   */
  public static void coverageAudit(CoverageAudit audit, OutputStream out) {
    JsonDocuments.indented(json -> coverageAudit(json, audit), out);
  }

  private static void careUnit(JsonGenerator json, CareUnitAssessment assessment)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("unit", assessment.unit().name());
    json.writeStringField("ageRule", assessment.ageRule().name());
    json.writeNumberField("minutes", assessment.minutes());
    json.writeBooleanField("overTenHours", assessment.overTenHours());
    json.writeEndObject();
  }

  private static void unoccupiedPlaces(JsonGenerator json, Seq<UnoccupiedRun> runs)
      throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("runs");
    for (UnoccupiedRun run : runs) {
      json.writeStartObject();
      json.writeNumberField("places", run.places());
      json.writeStringField("from", run.from().toString());
      json.writeStringField("to", run.to().toString());
      json.writeNumberField("days", run.days());
      json.writeBooleanField("reachesStart", run.reachesStart());
      json.writeBooleanField("reachesEnd", run.reachesEnd());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void coverageAudit(JsonGenerator json, CoverageAudit audit) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("rows");
    for (RowAudit row : audit.rows()) {
      row(json, row);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("total");
    findings(json, audit.totalFindings());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void row(JsonGenerator json, RowAudit row) throws IOException {
    json.writeStartObject();
    json.writeStringField("sector", row.sector());
    json.writeFieldName("rate");
    if (row.rate().isDefined()) {
      decimal(json, row.rate().get());
    } else {
      json.writeNull();
    }
    if (row.belowSaturation().isDefined()) {
      json.writeBooleanField("belowSaturation", row.belowSaturation().get());
    } else {
      json.writeNullField("belowSaturation");
    }
    findings(json, row.findings());
    json.writeEndObject();
  }

  private static void findings(JsonGenerator json, Seq<Finding> findings) throws IOException {
    json.writeArrayFieldStart("findings");
    for (Finding finding : findings) {
      json.writeStartObject();
      json.writeStringField("code", finding.code().name());
      json.writeStringField("column", finding.column().header());
      json.writeFieldName("stated");
      decimal(json, finding.stated());
      json.writeFieldName("computed");
      decimal(json, finding.computed());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * A decimal written exactly as given, whatever its scale: Jackson refuses to write plain a
   * decimal of more than 9,999 decimals, a table may state one.
   */
  private static void decimal(JsonGenerator json, BigDecimal value) throws IOException {
    json.writeRawValue(value.toPlainString());
  }
}
