package io.github.childcarerules.json.internal;

import static io.github.childcarerules.json.internal.JsonDocuments.stringOrNull;

import com.fasterxml.jackson.core.JsonGenerator;
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
    json.writeArrayFieldStart("batches");
    for (BatchResult batch : result.batches()) {
      batch(json, batch);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("requests");
    for (RequestResult request : result.requests()) {
      request(json, request);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("letters");
    for (Letter letter : result.letters()) {
      letter(json, letter);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void letter(JsonGenerator json, Letter letter) throws IOException {
    json.writeStartObject();
    json.writeStringField("provider", letter.provider());
    json.writeStringField("request", letter.request());
    json.writeStringField("letter", letter.letter().name());
    stringOrNull(json, "annex", letter.letter().annex().getOrNull());
    json.writeStringField("due", letter.due().toString());
    json.writeStringField("rule", letter.rule().name());
    json.writeArrayFieldStart("grants");
    for (Letter.Grant grant : letter.grants()) {
      json.writeStartObject();
      json.writeStringField("batch", grant.batch());
      json.writeNumberField("places", grant.places());
      stringOrNull(json, "until", date(grant.until()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void batch(JsonGenerator json, BatchResult batch) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", batch.id());
    json.writeStringField("outcome", batch.outcome().name());
    json.writeNumberField("remainder", batch.remainder());
    json.writeArrayFieldStart("allocations");
    for (Allocation allocation : batch.allocations()) {
      json.writeStartObject();
      json.writeStringField("request", allocation.request());
      json.writeStringField("provider", allocation.provider());
      json.writeNumberField("places", allocation.places());
      stringOrNull(json, "until", date(allocation.until()));
      if (allocation.authorized()) {
        json.writeBooleanField("authorized", true);
      } else {
        json.writeNullField("authorized");
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    stringOrNull(json, "pendingProvider", batch.pendingProvider().getOrNull());
    json.writeArrayFieldStart("trail");
    for (TrailEvent event : batch.trail()) {
      event(json, event);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void event(JsonGenerator json, TrailEvent event) throws IOException {
    json.writeStartObject();
    json.writeStringField("event", event.event());
    for (String request : event.request()) {
      json.writeStringField("request", request);
    }
    for (String provider : event.provider()) {
      json.writeStringField("provider", provider);
    }
    if (event instanceof TrailEvent.Candidate candidate) {
      json.writeStringField("source", candidate.source().name());
    } else if (event instanceof TrailEvent.ProviderExcluded excluded) {
      json.writeStringField("reason", excluded.reason().name());
    } else if (event instanceof TrailEvent.NotMaintained notMaintained) {
      json.writeBooleanField("kept", notMaintained.kept());
    } else if (event instanceof TrailEvent.NotConform notConform) {
      json.writeArrayFieldStart("failed");
      for (String failed : notConform.failed()) {
        json.writeString(failed);
      }
      json.writeEndArray();
      json.writeBooleanField("kept", notConform.kept());
    } else if (event instanceof TrailEvent.Recommended recommended) {
      json.writeNumberField("places", recommended.places());
      for (LocalDate until : recommended.until()) {
        json.writeStringField("until", until.toString());
      }
    } else if (event instanceof TrailEvent.Authorized authorized) {
      json.writeNumberField("places", authorized.places());
      json.writeStringField("on", authorized.on().toString());
    } else if (event instanceof TrailEvent.BoardRefused refused) {
      json.writeNumberField("places", refused.places());
      json.writeStringField("on", refused.on().toString());
    } else if (event instanceof TrailEvent.SectorLeft left) {
      json.writeStringField("to", left.to());
      json.writeStringField("coverage", left.coverage().toPlainString());
    }
    json.writeStringField("rule", event.rule().name());
    json.writeEndObject();
  }

  /** A request's outcome, shared with the audit's {@code requests}. */
  static void request(JsonGenerator json, RequestResult request) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", request.id());
    json.writeStringField("status", request.status().name());
    json.writeNumberField("placesGranted", request.placesGranted());
    json.writeNumberField("placesRemaining", request.placesRemaining());
    json.writeStringField("decisionDue", request.decisionDue().toString());
    json.writeBooleanField("late", request.late());
    Boolean kept = request.keptInRegister().getOrNull();
    if (kept == null) {
      json.writeNullField("keptInRegister");
    } else {
      json.writeBooleanField("keptInRegister", kept);
    }
    stringOrNull(json, "effectiveOn", date(request.effectiveOn()));
    stringOrNull(json, "rule", request.rule().map(Rule::name).getOrNull());
    json.writeEndObject();
  }

  /** An ISO date, or {@code null} when there is none. */
  static @Nullable String date(Option<LocalDate> date) {
    return date.map(LocalDate::toString).getOrNull();
  }
}
