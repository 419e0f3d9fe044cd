package io.github.childcarerules.allocation;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The result of a run as text an auditor can follow: each batch with its trail in words and rule
 * ids and the places given, then every request's status, then the letters due with their rule and
 * the places a confirmation confirms. Values entered by people (ids) are escaped ({@link
 * AllocationTexts#text}): none can start or hide a line.
 */
final class ResultText {
  private final Locale locale;
  private final Consumer<String> lines;

  private ResultText(Locale locale, Consumer<String> lines) {
    this.locale = locale;
    this.lines = lines;
  }

  /** Gives {@code lines} the result's lines one by one, without their ends. */
  static void write(AllocationResult result, Locale locale, Consumer<String> lines) {
    new ResultText(locale, lines).result(result);
  }

  /** Gives {@code lines} every grid's lines one by one, a blank line between two grids. */
  static void grids(AllocationResult result, Locale locale, Consumer<String> lines) {
    boolean first = true;
    for (AnalysisGrid grid : result.grids()) {
      if (!first) {
        lines.accept("");
      }
      first = false;
      GridText.write(grid, locale, lines);
    }
    if (first) {
      lines.accept(AllocationTexts.text(locale, "grid.none"));
    }
  }

  private void result(AllocationResult result) {
    lines.accept(text("allocation.title", result.batches().size(), result.requests().size()));
    for (BatchResult batch : result.batches()) {
      lines.accept("");
      lines.accept(
          text("allocation.batch", batch.id(), batch.outcome().label(locale), batch.remainder())
              + batch
                  .pendingProvider()
                  .map(provider -> text("allocation.pending", provider))
                  .getOrElse(""));
      List<TrailEvent> trail = batch.trail();
      for (int i = 0; i < trail.size(); i++) {
        TrailEvent event = trail.get(i);
        lines.accept(text("allocation.step", i + 1, event.message(locale), event.rule().name()));
      }
      for (Allocation allocation : batch.allocations()) {
        lines.accept(
            text(
                "allocation.granted",
                allocation.places(),
                allocation.provider(),
                allocation.request(),
                until(allocation.until()),
                text(
                    allocation.authorized()
                        ? "allocation.authorized"
                        : "allocation.awaitingBoard")));
      }
    }
    lines.accept("");
    lines.accept(text("allocation.requests"));
    for (RequestResult request : result.requests()) {
      lines.accept(request(request));
    }
    lines.accept("");
    lines.accept(text("allocation.letters", result.letters().size()));
    for (Letter letter : result.letters()) {
      lines.accept(
          text(
              "allocation.letter",
              letter.provider(),
              letter.request(),
              letter.letter().label(locale),
              letter.due().toString(),
              letter.grants().isEmpty()
                  ? ""
                  : text(
                      "allocation.letter.grants",
                      letter
                          .grants()
                          .map(
                              grant ->
                                  text(
                                      "allocation.letter.grant",
                                      grant.batch(),
                                      grant.places(),
                                      until(grant.until())))
                          .mkString(", ")),
              letter.rule().name()));
    }
  }

  private String request(RequestResult request) {
    StringBuilder line =
        new StringBuilder(
            text(
                "allocation.request",
                request.id(),
                request.status().label(locale),
                request.placesGranted(),
                request.decisionDue().toString(),
                request.late() ? 1 : 0,
                request.placesRemaining()));
    request
        .keptInRegister()
        .forEach(kept -> line.append(text(kept ? "allocation.kept" : "allocation.notKept")));
    request.effectiveOn().forEach(day -> line.append(text("allocation.effective", day.toString())));
    request.rule().forEach(rule -> line.append(" [").append(rule.name()).append(']'));
    return line.toString();
  }

  private String until(io.vavr.control.Option<LocalDate> until) {
    return until.map(day -> text("allocation.until", day.toString())).getOrElse("");
  }

  private String text(String key, Object... arguments) {
    return AllocationTexts.text(locale, key, arguments);
  }
}
