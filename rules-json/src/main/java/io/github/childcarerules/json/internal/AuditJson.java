package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.Departure;
import io.github.childcarerules.allocation.PendingRecommendation;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Locale;

/**
 * FORMAT.md's "Audit of a BC's decisions" document: the departures with their evidence, the
 * recommendations awaiting the board, the requests' real outcomes; keys in the contract's order.
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
    ObjectNode root = ReportJson.object();
    ArrayNode departures = root.putArray("departures");
    audit.departures().forEach(departure -> departure(departures.addObject(), departure, locale));
    ArrayNode pending = root.putArray("pending");
    audit.pending().forEach(recommendation -> pending(pending.addObject(), recommendation));
    ArrayNode requests = root.putArray("requests");
    audit.requests().forEach(request -> AllocationJson.request(requests.addObject(), request));
    return ReportJson.document(root);
  }

  private static void departure(ObjectNode node, Departure departure, Locale locale) {
    node.put("id", departure.rule().name());
    departure.batch().forEach(batch -> node.put("batch", batch));
    node.put("request", departure.request());
    if (departure instanceof Departure.GrantNotEligible grant) {
      node.put("on", grant.on().toString()).put("breaks", grant.breaks().name());
      ids(node.putArray("instead"), grant.instead());
    } else if (departure instanceof Departure.SkippedEarlier skipped) {
      node.put("on", skipped.on().toString());
      ids(node.putArray("earlier"), skipped.earlier());
    } else if (departure instanceof Departure.GrantExceeds exceeds) {
      node.put("places", exceeds.places()).put("limit", exceeds.limit());
    } else if (departure instanceof Departure.LetterMissing missing) {
      node.put("letter", missing.letter().name()).put("due", missing.due().toString());
    } else if (departure instanceof Departure.LetterLate late) {
      node.put("letter", late.letter().name())
          .put("due", late.due().toString())
          .put("sentOn", late.sentOn().toString());
    } else if (departure instanceof Departure.AnswerLate answer) {
      node.put("decisionDue", answer.decisionDue().toString())
          .put("answeredOn", answer.answeredOn().map(LocalDate::toString).getOrNull());
    }
    departure.reason().forEach(reason -> node.put("reason", reason));
    node.put("message", departure.message(locale));
  }

  private static void pending(ObjectNode node, PendingRecommendation recommendation) {
    node.put("batch", recommendation.batch())
        .put("request", recommendation.request())
        .put("places", recommendation.places());
  }

  private static void ids(ArrayNode array, List<String> ids) {
    ids.forEach(array::add);
  }
}
