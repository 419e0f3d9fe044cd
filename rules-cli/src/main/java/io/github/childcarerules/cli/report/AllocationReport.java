package io.github.childcarerules.cli.report;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.TrailEvent;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The result of {@code allocate}: FORMAT.md's "Allocation result" document ({@code --json}, written
 * by rules-json), or text an auditor can follow: each batch with its trail in words and rule ids,
 * then every request's status and the letters due.
 */
public final class AllocationReport {
  private static final String NEW_LINE = System.lineSeparator();

  private AllocationReport() {}

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
