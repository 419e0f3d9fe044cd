package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.coverage.Finding;
import io.github.childcarerules.occupation.coverage.RowAudit;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.Seq;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * FORMAT.md's JSON of the care unit, the unoccupied places and the coverage audit, indented as the
 * other documents. Decimals are printed exactly as given or computed ({@code 25.00}, {@code 2.5},
 * {@code 23917}), never through binary floating point.
 */
public final class PlacesJson {
  private static final JsonNodeFactory NODES = Jackson.NODES;

  private PlacesJson() {}

  /**
   * FORMAT.md, "Care unit".
   *
   * @param assessment the care unit of one day
   * @return the JSON document, indented
   */
  public static String careUnit(CareUnitAssessment assessment) {
    return write(
        NODES
            .objectNode()
            .put("unit", assessment.unit().name())
            .put("ageRule", assessment.ageRule().name())
            .put("minutes", assessment.minutes())
            .put("overTenHours", assessment.overTenHours()));
  }

  /**
   * FORMAT.md, "Unoccupied places": the runs.
   *
   * @param runs the runs of unoccupied places, in order
   * @return the JSON document, indented
   */
  public static String unoccupiedPlaces(Seq<UnoccupiedRun> runs) {
    ObjectNode document = NODES.objectNode();
    ArrayNode array = document.putArray("runs");
    runs.forEach(
        run ->
            array
                .addObject()
                .put("places", run.places())
                .put("from", run.from().toString())
                .put("to", run.to().toString())
                .put("days", run.days())
                .put("reachesStart", run.reachesStart())
                .put("reachesEnd", run.reachesEnd()));
    return write(document);
  }

  /**
   * FORMAT.md, "Coverage table": the audit.
   *
   * @param audit the audit of a coverage table
   * @return the JSON document, indented
   */
  public static String coverageAudit(CoverageAudit audit) {
    ObjectNode document = NODES.objectNode();
    ArrayNode rows = document.putArray("rows");
    audit.rows().forEach(row -> row(rows.addObject(), row));
    findings(document.putObject("total").putArray("findings"), audit.totalFindings());
    return write(document);
  }

  private static void row(ObjectNode node, RowAudit row) {
    node.put("sector", row.sector());
    node.set("rate", row.rate().map(PlacesJson::decimal).getOrElse(NODES.nullNode()));
    node.set(
        "belowSaturation",
        row.belowSaturation().<JsonNode>map(NODES::booleanNode).getOrElse(NODES.nullNode()));
    findings(node.putArray("findings"), row.findings());
  }

  private static void findings(ArrayNode array, Seq<Finding> findings) {
    findings.forEach(
        finding -> {
          ObjectNode node =
              array
                  .addObject()
                  .put("code", finding.code().name())
                  .put("column", finding.column().header());
          node.set("stated", decimal(finding.stated()));
          node.set("computed", decimal(finding.computed()));
        });
  }

  /**
   * A decimal written exactly as given, whatever its scale: Jackson refuses to write plain a
   * decimal of more than 9,999 decimals, a table may state one (docs/decisions.md, "Hostile
   * input").
   */
  private static JsonNode decimal(BigDecimal value) {
    return NODES.rawValueNode(new RawValue(value.toPlainString()));
  }

  private static String write(JsonNode node) {
    try {
      return Jackson.PLAIN_DOCUMENT.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
