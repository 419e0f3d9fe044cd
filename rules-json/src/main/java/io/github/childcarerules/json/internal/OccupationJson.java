package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The occupation report and the attestation (FORMAT.md "Occupation report", "Attestation"): the
 * contract's fields in its order (moved from rules-cli's {@code OccupationRenderer}, whose text
 * stays there), each document written as it is produced ({@link JsonDocuments}).
 */
public final class OccupationJson {
  private OccupationJson() {}

  /**
   * The count; {@code byPeriod} only when {@code grouped}.
   *
   * @param count the occupation counted from a record
   * @param grouped whether to write the count of each period too
   * @return the JSON document, indented
   */
  public static String occupation(OccupationCount count, boolean grouped) {
    return JsonDocuments.indented(json -> occupation(json, count, grouped, null));
  }

  /**
   * The count, written to {@code out} as it is produced; {@code byPeriod} only when {@code
   * grouped}.
   *
   * @param count the occupation counted from a record
   * @param grouped whether to write the count of each period too
   * @param out where to write the document, indented, in UTF-8
   */
  public static void occupation(OccupationCount count, boolean grouped, OutputStream out) {
    JsonDocuments.indented(json -> occupation(json, count, grouped, null), out);
  }

  /**
   * The count of the record at {@code line} of a batch, on one line written to {@code out}: {@code
   * {"line": N}} followed by the fields of the document; {@code byPeriod} only when {@code
   * grouped}.
   *
   * @param line the line's number, from 1
   * @param count the occupation counted from the line's record
   * @param grouped whether to write the count of each period too
   * @param out where to write the line (without its end), in UTF-8
   */
  public static void occupationLine(
      long line, OccupationCount count, boolean grouped, OutputStream out) {
    JsonDocuments.compact(json -> occupation(json, count, grouped, line), out);
  }

  /**
   * The attestation.
   *
   * @param attestation the attestation of a record
   * @return the JSON document, indented
   */
  public static String attestation(Attestation attestation) {
    return JsonDocuments.indented(json -> attestation(json, attestation));
  }

  /**
   * The attestation, written to {@code out}.
   *
   * @param attestation the attestation of a record
   * @param out where to write the document, indented, in UTF-8
   */
  public static void attestation(Attestation attestation, OutputStream out) {
    JsonDocuments.indented(json -> attestation(json, attestation), out);
  }

  private static void occupation(
      JsonGenerator json, OccupationCount count, boolean grouped, @Nullable Long line)
      throws IOException {
    json.writeStartObject();
    if (line != null) {
      json.writeNumberField("line", line.longValue());
    }
    split(json, count);
    if (grouped) {
      json.writeArrayFieldStart("byPeriod");
      for (OccupationCount period : count.byPeriod()) {
        json.writeStartObject();
        split(json, period);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /**
   * {@code from}, {@code to}, {@code halfDays} and the split, in FORMAT.md's order: the same for
   * the whole range and for each period.
   */
  private static void split(JsonGenerator json, OccupationCount count) throws IOException {
    json.writeStringField("from", count.range().startInclusive().toString());
    json.writeStringField("to", count.range().endInclusive().get().toString());
    json.writeNumberField("halfDays", count.halfDays());
    json.writeObjectFieldStart("byAgeBracket");
    for (AgeBracket bracket : AgeBracket.values()) {
      json.writeNumberField(bracket.name(), count.halfDaysIn(bracket));
    }
    json.writeEndObject();
    json.writeNumberField("reducedContribution", count.reducedContribution());
    json.writeNumberField("fullContribution", count.fullContribution());
    json.writeNumberField("ecpExempt", count.ecpExempt());
    json.writeNumberField("disability", count.disability());
  }

  private static void attestation(JsonGenerator json, Attestation attestation) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("referenceYear");
    json.writeStringField("from", attestation.referenceYear().startInclusive().toString());
    json.writeStringField("to", attestation.referenceYear().endInclusive().get().toString());
    json.writeEndObject();
    JsonDocuments.stringOrNull(
        json, "firstDay", attestation.firstDay().map(LocalDate::toString).getOrNull());
    JsonDocuments.stringOrNull(
        json, "lastDay", attestation.lastDay().map(LocalDate::toString).getOrNull());
    json.writeNumberField("reducedContributionDays", attestation.reducedContributionDays());
    json.writeNumberField("reducedContributionHalfDays", attestation.reducedContributionHalfDays());
    json.writeNumberField("ecpExemptDays", attestation.ecpExemptDays());
    json.writeNumberField("ecpExemptHalfDays", attestation.ecpExemptHalfDays());
    json.writeArrayFieldStart("endedAgreements");
    for (Integer index : attestation.endedAgreements()) {
      json.writeNumber(index.intValue());
    }
    json.writeEndArray();
    if (attestation.daysWithoutService().isDefined()) {
      json.writeNumberField("daysWithoutService", attestation.daysWithoutService().get());
    } else {
      json.writeNullField("daysWithoutService");
    }
    json.writeBooleanField("attestationDue", attestation.attestationDue());
    json.writeEndObject();
  }
}
