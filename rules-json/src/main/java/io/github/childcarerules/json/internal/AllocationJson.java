package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.core.rule.Rule;
import java.time.LocalDate;

/**
 * FORMAT.md's "Allocation result" document (moved from rules-cli's {@code AllocationReport}, whose
 * text stays there): keys in the contract's order.
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
    ObjectNode root = Jackson.NODES.objectNode();
    ArrayNode batches = root.putArray("batches");
    result.batches().forEach(batch -> batch(batches.addObject(), batch));
    ArrayNode requests = root.putArray("requests");
    result.requests().forEach(request -> request(requests.addObject(), request));
    ArrayNode letters = root.putArray("letters");
    result.letters().forEach(letter -> letter(letters.addObject(), letter));
    return ReportJson.document(root);
  }

  private static void letter(ObjectNode node, Letter letter) {
    node.put("provider", letter.provider())
        .put("request", letter.request())
        .put("letter", letter.letter().name())
        .put("annex", letter.letter().annex().getOrNull())
        .put("due", letter.due().toString())
        .put("rule", letter.rule().name());
    ArrayNode grants = node.putArray("grants");
    letter
        .grants()
        .forEach(
            grant ->
                grants
                    .addObject()
                    .put("batch", grant.batch())
                    .put("places", grant.places())
                    .put("until", grant.until().map(LocalDate::toString).getOrNull()));
  }

  private static void batch(ObjectNode node, BatchResult batch) {
    node.put("id", batch.id()).put("outcome", batch.outcome().name());
    node.put("remainder", batch.remainder());
    ArrayNode allocations = node.putArray("allocations");
    batch
        .allocations()
        .forEach(
            allocation ->
                allocations
                    .addObject()
                    .put("request", allocation.request())
                    .put("provider", allocation.provider())
                    .put("places", allocation.places())
                    .put("until", allocation.until().map(LocalDate::toString).getOrNull())
                    .put("authorized", allocation.authorized() ? Boolean.TRUE : null));
    node.put("pendingProvider", batch.pendingProvider().getOrNull());
    ArrayNode trail = node.putArray("trail");
    batch.trail().forEach(event -> event(trail.addObject(), event));
  }

  private static void event(ObjectNode node, TrailEvent event) {
    node.put("event", event.event());
    event.request().forEach(request -> node.put("request", request));
    event.provider().forEach(provider -> node.put("provider", provider));
    if (event instanceof TrailEvent.Candidate candidate) {
      node.put("source", candidate.source().name());
    } else if (event instanceof TrailEvent.ProviderExcluded excluded) {
      node.put("reason", excluded.reason().name());
    } else if (event instanceof TrailEvent.NotMaintained notMaintained) {
      node.put("kept", notMaintained.kept());
    } else if (event instanceof TrailEvent.NotConform notConform) {
      ArrayNode failed = node.putArray("failed");
      notConform.failed().forEach(failed::add);
      node.put("kept", notConform.kept());
    } else if (event instanceof TrailEvent.Recommended recommended) {
      node.put("places", recommended.places());
      recommended.until().forEach(until -> node.put("until", until.toString()));
    } else if (event instanceof TrailEvent.Authorized authorized) {
      node.put("places", authorized.places()).put("on", authorized.on().toString());
    } else if (event instanceof TrailEvent.BoardRefused refused) {
      node.put("places", refused.places()).put("on", refused.on().toString());
    } else if (event instanceof TrailEvent.SectorLeft left) {
      node.put("to", left.to()).put("coverage", left.coverage().toPlainString());
    }
    node.put("rule", event.rule().name());
  }

  static void request(ObjectNode node, RequestResult request) {
    node.put("id", request.id())
        .put("status", request.status().name())
        .put("placesGranted", request.placesGranted())
        .put("placesRemaining", request.placesRemaining())
        .put("decisionDue", request.decisionDue().toString())
        .put("late", request.late());
    node.put("keptInRegister", request.keptInRegister().getOrNull());
    node.put("effectiveOn", request.effectiveOn().map(LocalDate::toString).getOrNull());
    node.put("rule", request.rule().map(Rule::name).getOrNull());
  }
}
