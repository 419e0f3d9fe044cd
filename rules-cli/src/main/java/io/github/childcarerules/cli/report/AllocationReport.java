package io.github.childcarerules.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The result of {@code allocate}: FORMAT.md's "Allocation result" document ({@code --json}), or
 * text an auditor can follow: each batch with its trail in words and rule ids, then every request's
 * status and the letters due.
 */
public final class AllocationReport {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String NEW_LINE = System.lineSeparator();

  private AllocationReport() {}

  /** FORMAT.md's document, keys in the contract's order. */
  public static String json(AllocationResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode batches = root.putArray("batches");
    result.batches().forEach(batch -> batch(batches.addObject(), batch));
    ArrayNode requests = root.putArray("requests");
    result.requests().forEach(request -> request(requests.addObject(), request));
    ArrayNode letters = root.putArray("letters");
    result
        .letters()
        .forEach(
            letter ->
                letters
                    .addObject()
                    .put("provider", letter.provider())
                    .put("request", letter.request())
                    .put("letter", letter.letter().name())
                    .put("annex", letter.letter().annex().getOrNull())
                    .put("due", letter.due().toString()));
    return JsonRenderer.document(root);
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

  private static void request(ObjectNode node, RequestResult request) {
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

  /** Text for a person, in {@code locale}'s language (French unless English is asked). */
  public static String text(AllocationResult result, Locale locale) {
    Labels labels = new Labels(locale);
    java.util.List<String> lines = new java.util.ArrayList<>();
    lines.add(labels.text("allocation.title", result.batches().size(), result.requests().size()));
    for (BatchResult batch : result.batches()) {
      lines.add("");
      lines.add(
          labels.text(
                  "allocation.batch",
                  batch.id(),
                  labels.text("outcome." + batch.outcome().name()),
                  batch.remainder())
              + batch
                  .pendingProvider()
                  .map(provider -> labels.text("allocation.pending", provider))
                  .getOrElse(""));
      List<TrailEvent> trail = batch.trail();
      for (int i = 0; i < trail.size(); i++) {
        TrailEvent event = trail.get(i);
        lines.add(
            labels.text("allocation.step", i + 1, event.message(locale), event.rule().name()));
      }
      for (Allocation allocation : batch.allocations()) {
        lines.add(
            labels.text(
                "allocation.granted",
                allocation.places(),
                allocation.provider(),
                allocation.request(),
                allocation
                    .until()
                    .map(day -> labels.text("allocation.until", day.toString()))
                    .getOrElse(""),
                labels.text(
                    allocation.authorized()
                        ? "allocation.authorized"
                        : "allocation.awaitingBoard")));
      }
    }
    lines.add("");
    lines.add(labels.text("allocation.requests"));
    for (RequestResult request : result.requests()) {
      lines.add(requestText(labels, request));
    }
    lines.add("");
    lines.add(labels.text("allocation.letters", result.letters().size()));
    for (Letter letter : result.letters()) {
      lines.add(
          labels.text(
              "allocation.letter",
              letter.provider(),
              letter.request(),
              labels.text("letter." + letter.letter().name()),
              letter.due().toString()));
    }
    return String.join(NEW_LINE, lines);
  }

  private static String requestText(Labels labels, RequestResult request) {
    StringBuilder text =
        new StringBuilder(
            labels.text(
                "allocation.request",
                request.id(),
                labels.text("status." + request.status().name()),
                request.placesGranted(),
                request.decisionDue().toString(),
                request.late() ? 1 : 0,
                request.placesRemaining()));
    request
        .keptInRegister()
        .forEach(kept -> text.append(labels.text(kept ? "allocation.kept" : "allocation.notKept")));
    Option<LocalDate> effective = request.effectiveOn();
    effective.forEach(day -> text.append(labels.text("allocation.effective", day.toString())));
    request.rule().forEach(rule -> text.append(" [").append(rule.name()).append(']'));
    return text.toString();
  }
}
