package io.github.childcarerules.json.internal;

import static io.github.childcarerules.json.internal.JsonDocuments.stringOrNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.Departure;
import io.github.childcarerules.allocation.PendingRecommendation;
import io.github.childcarerules.allocation.RequestResult;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * FORMAT.md's "Audit of a BC's decisions" document: the departures with their evidence, the
 * recommendations awaiting the board, the requests' real outcomes; keys in the contract's order,
 * written as it is produced ({@link JsonDocuments}).
 */
public final class AuditJson {
  private AuditJson() {}

  /**
   * FORMAT.md's document, messages in {@code locale}'s language.
   *
   * @param audit the audit
   * @param locale the language of the messages
   * @return the document, indented
   */
  public static String json(AuditResult audit, Locale locale) {
    return JsonDocuments.indented(json -> audit(json, audit, locale));
  }

  /**
   * FORMAT.md's document, messages in {@code locale}'s language, written to {@code out} as it is
   * produced.
   *
   * @param audit the audit
   * @param locale the language of the messages
   * @param out where to write the document, indented, in UTF-8
   */
  public static void json(AuditResult audit, Locale locale, OutputStream out) {
    JsonDocuments.indented(json -> audit(json, audit, locale), out);
  }

  private static void audit(JsonGenerator json, AuditResult audit, Locale locale)
      throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("departures");
    for (Departure departure : audit.departures()) {
      departure(json, departure, locale);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("pending");
    for (PendingRecommendation recommendation : audit.pending()) {
      json.writeStartObject();
      json.writeStringField("batch", recommendation.batch());
      json.writeStringField("request", recommendation.request());
      json.writeNumberField("places", recommendation.places());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("requests");
    for (RequestResult request : audit.requests()) {
      AllocationJson.request(json, request);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void departure(JsonGenerator json, Departure departure, Locale locale)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("id", departure.rule().name());
    for (String batch : departure.batch()) {
      json.writeStringField("batch", batch);
    }
    json.writeStringField("request", departure.request());
    if (departure instanceof Departure.GrantNotEligible grant) {
      json.writeStringField("on", grant.on().toString());
      json.writeStringField("breaks", grant.breaks().name());
      ids(json, "instead", grant.instead());
    } else if (departure instanceof Departure.SkippedEarlier skipped) {
      json.writeStringField("on", skipped.on().toString());
      ids(json, "earlier", skipped.earlier());
    } else if (departure instanceof Departure.GrantExceeds exceeds) {
      json.writeNumberField("places", exceeds.places());
      json.writeNumberField("limit", exceeds.limit());
    } else if (departure instanceof Departure.LetterMissing missing) {
      json.writeStringField("letter", missing.letter().name());
      json.writeStringField("due", missing.due().toString());
    } else if (departure instanceof Departure.LetterLate late) {
      json.writeStringField("letter", late.letter().name());
      json.writeStringField("due", late.due().toString());
      json.writeStringField("sentOn", late.sentOn().toString());
    } else if (departure instanceof Departure.AnswerLate answer) {
      json.writeStringField("decisionDue", answer.decisionDue().toString());
      stringOrNull(json, "answeredOn", AllocationJson.date(answer.answeredOn()));
    }
    for (String reason : departure.reason()) {
      json.writeStringField("reason", reason);
    }
    json.writeStringField("message", departure.message(locale));
    json.writeEndObject();
  }

  private static void ids(JsonGenerator json, String field, List<String> ids) throws IOException {
    json.writeArrayFieldStart(field);
    for (String id : ids) {
      json.writeString(id);
    }
    json.writeEndArray();
  }
}
