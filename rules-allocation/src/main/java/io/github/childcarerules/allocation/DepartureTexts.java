package io.github.childcarerules.allocation;

import io.github.childcarerules.core.rule.Rule;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The audit's words: each departure in a sentence that gives its evidence and cites the policy
 * passage it comes from (the source of the §9 rule a grant breaks, or of the {@code AUDIT_*} rule),
 * and the audit as text.
 */
final class DepartureTexts {
  private DepartureTexts() {}

  static String message(Departure departure, Locale locale) {
    String key = "departure." + departure.rule().name();
    String text;
    if (departure instanceof Departure.GrantNotEligible grant) {
      text =
          AllocationTexts.text(
              locale,
              key,
              grant.batchId(),
              grant.request(),
              grant.on().toString(),
              grant.breaks().name(),
              grant.instead().isEmpty()
                  ? ""
                  : AllocationTexts.text(
                      locale, "departure.instead", grant.instead().mkString(", ")),
              grant.breaks().source());
    } else if (departure instanceof Departure.SkippedEarlier skipped) {
      text =
          AllocationTexts.text(
              locale,
              key,
              skipped.batchId(),
              skipped.request(),
              skipped.on().toString(),
              skipped.earlier().mkString(", "),
              skipped.rule().source());
    } else if (departure instanceof Departure.GrantExceeds exceeds) {
      text =
          AllocationTexts.text(
              locale,
              key,
              exceeds.batchId(),
              exceeds.request(),
              exceeds.places(),
              exceeds.limit(),
              exceeds.rule().source());
    } else if (departure instanceof Departure.LetterMissing missing) {
      text =
          AllocationTexts.text(
              locale,
              key,
              missing.request(),
              missing.letter().label(locale),
              missing.due().toString(),
              missing.rule().source());
    } else if (departure instanceof Departure.LetterLate late) {
      text =
          AllocationTexts.text(
              locale,
              key,
              late.request(),
              late.letter().label(locale),
              late.due().toString(),
              late.sentOn().toString(),
              late.rule().source());
    } else {
      Departure.AnswerLate answer = (Departure.AnswerLate) departure;
      text =
          AllocationTexts.text(
              locale,
              key,
              answer.request(),
              answer.decisionDue().toString(),
              answer
                  .answeredOn()
                  .map(day -> AllocationTexts.text(locale, "departure.answeredOn", day.toString()))
                  .getOrElse(AllocationTexts.text(locale, "departure.notAnswered")),
              answer.rule().source());
    }
    return text
        + departure
            .reason()
            .map(reason -> AllocationTexts.text(locale, "departure.reason", reason))
            .getOrElse("");
  }

  /** Gives {@code lines} the audit's lines one by one, without their ends. */
  static void write(AuditResult audit, Locale locale, Consumer<String> lines) {
    lines.accept(AllocationTexts.text(locale, "audit.title", audit.departures().size()));
    for (Departure departure : audit.departures()) {
      Rule rule = departure.rule();
      lines.accept(
          departure
              .batch()
              .map(
                  batch ->
                      AllocationTexts.text(
                          locale,
                          "audit.departure",
                          batch,
                          departure.request(),
                          departure.message(locale),
                          rule.name()))
              .getOrElse(
                  () ->
                      AllocationTexts.text(
                          locale,
                          "audit.departure.request",
                          departure.request(),
                          departure.message(locale),
                          rule.name())));
    }
    lines.accept("");
    lines.accept(
        AllocationTexts.text(
            locale,
            audit.pending().isEmpty() ? "audit.noPending" : "audit.pending",
            audit.pending().size()));
    for (PendingRecommendation pending : audit.pending()) {
      lines.accept(
          AllocationTexts.text(
              locale, "audit.pendingOne", pending.batch(), pending.request(), pending.places()));
    }
  }
}
