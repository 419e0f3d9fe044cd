package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * FORMAT.md's "Allocation result" document (moved from rules-cli's {@code AllocationReport}, whose
 * text stays there): keys in the contract's order, written as it is produced ({@link
 * JsonDocuments}), a batch's trail event by event.
 */
public final class AllocationJson {
  // the contract's field names, encoded once (plain ASCII: written exactly as their String form)
  private static final SerializedString ALLOCATIONS = new SerializedString("allocations");
  private static final SerializedString ANNEX = new SerializedString("annex");
  private static final SerializedString AUTHORIZED = new SerializedString("authorized");
  private static final SerializedString BATCH = new SerializedString("batch");
  private static final SerializedString BATCHES = new SerializedString("batches");
  private static final SerializedString COVERAGE = new SerializedString("coverage");
  private static final SerializedString DECISION_DUE = new SerializedString("decisionDue");
  private static final SerializedString DUE = new SerializedString("due");
  private static final SerializedString EFFECTIVE_ON = new SerializedString("effectiveOn");
  private static final SerializedString EVENT = new SerializedString("event");
  private static final SerializedString FAILED = new SerializedString("failed");
  private static final SerializedString GRANTS = new SerializedString("grants");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString KEPT = new SerializedString("kept");
  private static final SerializedString KEPT_IN_REGISTER = new SerializedString("keptInRegister");
  private static final SerializedString LATE = new SerializedString("late");
  private static final SerializedString LETTER = new SerializedString("letter");
  private static final SerializedString LETTERS = new SerializedString("letters");
  private static final SerializedString ON = new SerializedString("on");
  private static final SerializedString OUTCOME = new SerializedString("outcome");
  private static final SerializedString PENDING_PROVIDER = new SerializedString("pendingProvider");
  private static final SerializedString PLACES = new SerializedString("places");
  private static final SerializedString PLACES_GRANTED = new SerializedString("placesGranted");
  private static final SerializedString PLACES_REMAINING = new SerializedString("placesRemaining");
  private static final SerializedString PROVIDER = new SerializedString("provider");
  private static final SerializedString REASON = new SerializedString("reason");
  private static final SerializedString REMAINDER = new SerializedString("remainder");
  private static final SerializedString REQUEST = new SerializedString("request");
  private static final SerializedString REQUESTS = new SerializedString("requests");
  private static final SerializedString RULE = new SerializedString("rule");
  private static final SerializedString SOURCE = new SerializedString("source");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final SerializedString TO = new SerializedString("to");
  private static final SerializedString TRAIL = new SerializedString("trail");
  private static final SerializedString UNTIL = new SerializedString("until");

  private AllocationJson() {}

  /**
   * FORMAT.md's document, keys in the contract's order.
   *
   * @param result the decisions of a run
   * @return the "Allocation result" document, indented
   */
  public static String json(AllocationResult result) {
    return JsonDocuments.indented(json -> result(json, result));
  }

  /**
   * FORMAT.md's document, written to {@code out} as it is produced.
   *
   * @param result the decisions of a run
   * @param out where to write the document, indented, in UTF-8
   */
  public static void json(AllocationResult result, OutputStream out) {
    JsonDocuments.indented(json -> result(json, result), out);
  }

  private static void result(JsonGenerator json, AllocationResult result) throws IOException {
    json.writeStartObject();
    json.writeFieldName(BATCHES);
    json.writeStartArray();
    for (BatchResult batch : result.batches()) {
      batch(json, batch);
    }
    json.writeEndArray();
    json.writeFieldName(REQUESTS);
    json.writeStartArray();
    for (RequestResult request : result.requests()) {
      request(json, request);
    }
    json.writeEndArray();
    json.writeFieldName(LETTERS);
    json.writeStartArray();
    for (Letter letter : result.letters()) {
      letter(json, letter);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void letter(JsonGenerator json, Letter letter) throws IOException {
    json.writeStartObject();
    json.writeFieldName(PROVIDER);
    json.writeString(letter.provider());
    json.writeFieldName(REQUEST);
    json.writeString(letter.request());
    json.writeFieldName(LETTER);
    json.writeString(letter.letter().name());
    stringOrNull(json, ANNEX, letter.letter().annex().getOrNull());
    json.writeFieldName(DUE);
    json.writeString(letter.due().toString());
    json.writeFieldName(RULE);
    json.writeString(letter.rule().name());
    json.writeFieldName(GRANTS);
    json.writeStartArray();
    for (Letter.Grant grant : letter.grants()) {
      json.writeStartObject();
      json.writeFieldName(BATCH);
      json.writeString(grant.batch());
      json.writeFieldName(PLACES);
      json.writeNumber(grant.places());
      stringOrNull(json, UNTIL, date(grant.until()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void batch(JsonGenerator json, BatchResult batch) throws IOException {
    json.writeStartObject();
    json.writeFieldName(ID);
    json.writeString(batch.id());
    json.writeFieldName(OUTCOME);
    json.writeString(batch.outcome().name());
    json.writeFieldName(REMAINDER);
    json.writeNumber(batch.remainder());
    json.writeFieldName(ALLOCATIONS);
    json.writeStartArray();
    for (Allocation allocation : batch.allocations()) {
      json.writeStartObject();
      json.writeFieldName(REQUEST);
      json.writeString(allocation.request());
      json.writeFieldName(PROVIDER);
      json.writeString(allocation.provider());
      json.writeFieldName(PLACES);
      json.writeNumber(allocation.places());
      stringOrNull(json, UNTIL, date(allocation.until()));
      if (allocation.authorized()) {
        json.writeFieldName(AUTHORIZED);
        json.writeBoolean(true);
      } else {
        json.writeFieldName(AUTHORIZED);
        json.writeNull();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    stringOrNull(json, PENDING_PROVIDER, batch.pendingProvider().getOrNull());
    json.writeFieldName(TRAIL);
    json.writeStartArray();
    for (TrailEvent event : batch.trail()) {
      event(json, event);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void event(JsonGenerator json, TrailEvent event) throws IOException {
    json.writeStartObject();
    json.writeFieldName(EVENT);
    json.writeString(event.event());
    for (String request : event.request()) {
      json.writeFieldName(REQUEST);
      json.writeString(request);
    }
    for (String provider : event.provider()) {
      json.writeFieldName(PROVIDER);
      json.writeString(provider);
    }
    if (event instanceof TrailEvent.Candidate candidate) {
      json.writeFieldName(SOURCE);
      json.writeString(candidate.source().name());
    } else if (event instanceof TrailEvent.ProviderExcluded excluded) {
      json.writeFieldName(REASON);
      json.writeString(excluded.reason().name());
    } else if (event instanceof TrailEvent.NotMaintained notMaintained) {
      json.writeFieldName(KEPT);
      json.writeBoolean(notMaintained.kept());
    } else if (event instanceof TrailEvent.NotConform notConform) {
      json.writeFieldName(FAILED);
      json.writeStartArray();
      for (String failed : notConform.failed()) {
        json.writeString(failed);
      }
      json.writeEndArray();
      json.writeFieldName(KEPT);
      json.writeBoolean(notConform.kept());
    } else if (event instanceof TrailEvent.Recommended recommended) {
      json.writeFieldName(PLACES);
      json.writeNumber(recommended.places());
      for (LocalDate until : recommended.until()) {
        json.writeFieldName(UNTIL);
        json.writeString(until.toString());
      }
    } else if (event instanceof TrailEvent.Authorized authorized) {
      json.writeFieldName(PLACES);
      json.writeNumber(authorized.places());
      json.writeFieldName(ON);
      json.writeString(authorized.on().toString());
    } else if (event instanceof TrailEvent.BoardRefused refused) {
      json.writeFieldName(PLACES);
      json.writeNumber(refused.places());
      json.writeFieldName(ON);
      json.writeString(refused.on().toString());
    } else if (event instanceof TrailEvent.SectorLeft left) {
      json.writeFieldName(TO);
      json.writeString(left.to());
      json.writeFieldName(COVERAGE);
      json.writeString(left.coverage().toPlainString());
    }
    json.writeFieldName(RULE);
    json.writeString(event.rule().name());
    json.writeEndObject();
  }

  /** A request's outcome, shared with the audit's {@code requests}. */
  static void request(JsonGenerator json, RequestResult request) throws IOException {
    json.writeStartObject();
    json.writeFieldName(ID);
    json.writeString(request.id());
    json.writeFieldName(STATUS);
    json.writeString(request.status().name());
    json.writeFieldName(PLACES_GRANTED);
    json.writeNumber(request.placesGranted());
    json.writeFieldName(PLACES_REMAINING);
    json.writeNumber(request.placesRemaining());
    json.writeFieldName(DECISION_DUE);
    json.writeString(request.decisionDue().toString());
    json.writeFieldName(LATE);
    json.writeBoolean(request.late());
    Boolean kept = request.keptInRegister().getOrNull();
    if (kept == null) {
      json.writeFieldName(KEPT_IN_REGISTER);
      json.writeNull();
    } else {
      json.writeFieldName(KEPT_IN_REGISTER);
      json.writeBoolean(kept);
    }
    stringOrNull(json, EFFECTIVE_ON, date(request.effectiveOn()));
    stringOrNull(json, RULE, request.rule().map(Rule::name).getOrNull());
    json.writeEndObject();
  }

  /** Writes {@code value} as a string, or {@code null} when there is none. */
  private static void stringOrNull(
      JsonGenerator json, SerializedString field, @Nullable String value) throws IOException {
    json.writeFieldName(field);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }

  /** An ISO date, or {@code null} when there is none. */
  static @Nullable String date(Option<LocalDate> date) {
    return date.map(LocalDate::toString).getOrNull();
  }
}
