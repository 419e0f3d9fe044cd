package io.github.childcarerules.report.internal;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.Departure;
import io.github.childcarerules.allocation.PendingRecommendation;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * What the audit page shows, the template {@code audit.jte} lays it out: for each batch, the
 * departures of the board's decisions about it (RULES.md §10: rule id, message, evidence) and the
 * recommendations it has yet to decide, beside the batch's analysis grid as §9's run fills it; then
 * the departures about letters and answers; then every request's real outcome in the replay. The
 * departures are the audit's, the grids the run's: nothing is decided here.
 *
 * @param words the page's words
 * @param title the page's title
 * @param summary the audit in a sentence: its departures and pending recommendations
 * @param analyst the analyst's line; empty when the scenario names none
 * @param batches one per grid of the run, in its order
 * @param others the departures about no batch of the run (letters, answers), by the audit's order
 * @param othersMark the marks of their block
 * @param requests every request's real outcome, by id
 */
public record AuditPage(
    Words words,
    String title,
    String summary,
    String analyst,
    List<BatchAudit> batches,
    List<DepartureView> others,
    String othersMark,
    List<Outcome> requests) {

  /**
   * A batch of the run: what the audit found about it, beside its grid.
   *
   * @param grid its grid, printed with the departures and the pending recommendations in its first
   *     block
   * @param departures the departures about it, in the audit's order
   * @param pending the recommendations of the policy's walk the board has yet to decide
   */
  public record BatchAudit(GridView grid, List<DepartureView> departures, List<String> pending) {}

  /**
   * A departure, with its evidence.
   *
   * @param rule its {@code AUDIT_*} id
   * @param batch its batch's id (control characters made visible); empty for a departure about
   *     letters or answers
   * @param request its request's id (control characters made visible)
   * @param message the departure in a sentence, citing the policy
   * @param evidence its evidence, each field with its name in the audit document
   */
  public record DepartureView(
      String rule, String batch, String request, String message, List<Evidence> evidence) {}

  /**
   * A field of a departure's evidence.
   *
   * @param field its name in the audit document ({@code earlier}, {@code due}…)
   * @param label its words on the page
   * @param value its value as printed
   */
  public record Evidence(String field, String label, String value) {}

  /**
   * A request's real outcome in the replay.
   *
   * @param request its id, as entered
   * @param status its status, in words
   * @param granted the places the board authorized
   * @param remaining the places it still asks for
   * @param decisionDue the date its written answer was due by
   * @param late whether that answer is late, in words
   */
  public record Outcome(
      String request, String status, int granted, int remaining, String decisionDue, String late) {}

  /**
   * The page of an audit.
   *
   * @param audit the audit of the scenario's decisions
   * @param allocation §9's run of the same scenario, whose grids the departures are shown beside
   * @param scenario the scenario
   * @param words the page's words
   * @return the page's content
   */
  public static AuditPage of(
      AuditResult audit, AllocationResult allocation, Scenario scenario, Words words) {
    List<GridView> grids = AllocationPage.grids(allocation, words);
    List<String> batches = grids.map(GridView::batch);
    List<BatchAudit> laidOut =
        grids.map(
            grid ->
                new BatchAudit(
                    grid,
                    audit
                        .departures()
                        .filter(d -> d.batch().contains(grid.batch()))
                        .map(d -> view(d, words)),
                    audit
                        .pending()
                        .filter(p -> p.batch().equals(grid.batch()))
                        .map(p -> pending(p, words))));
    List<DepartureView> others =
        audit
            .departures()
            .filter(d -> d.batch().isEmpty() || !batches.contains(d.batch().get()))
            .map(d -> view(d, words));
    return new AuditPage(
        words,
        words.get("audit.title"),
        words.get("audit.summary", audit.departures().size(), audit.pending().size()),
        AllocationPage.analyst(scenario, words),
        laidOut,
        others,
        "D-L",
        audit.requests().map(r -> outcome(r, words)));
  }

  private static String pending(PendingRecommendation pending, Words words) {
    return words.get(
        "audit.pending.one", words.entered(Option.some(pending.request())), pending.places());
  }

  private static Outcome outcome(RequestResult request, Words words) {
    return new Outcome(
        request.id(),
        request.status().label(words.locale()),
        request.placesGranted(),
        request.placesRemaining(),
        request.decisionDue().toString(),
        words.yesNo(request.late()));
  }

  /** A departure and its evidence, field by field as the audit document names them. */
  static DepartureView view(Departure departure, Words words) {
    Fields fields = new Fields(words);
    departure.batch().forEach(batch -> fields.add("batch", batch));
    fields.add("request", departure.request());
    if (departure instanceof Departure.GrantNotEligible grant) {
      fields.add("on", grant.on());
      fields.add(
          "breaks", words.get("evidence.rule", grant.breaks().name(), grant.breaks().source()));
      fields.add("instead", ids(grant.instead(), words));
    } else if (departure instanceof Departure.SkippedEarlier skipped) {
      fields.add("on", skipped.on());
      fields.add("earlier", ids(skipped.earlier(), words));
    } else if (departure instanceof Departure.GrantExceeds exceeds) {
      fields.add("places", String.valueOf(exceeds.places()));
      fields.add("limit", String.valueOf(exceeds.limit()));
    } else if (departure instanceof Departure.LetterMissing missing) {
      fields.add("letter", missing.letter().label(words.locale()));
      fields.add("due", missing.due());
    } else if (departure instanceof Departure.LetterLate late) {
      fields.add("letter", late.letter().label(words.locale()));
      fields.add("due", late.due());
      fields.add("sentOn", late.sentOn());
    } else if (departure instanceof Departure.AnswerLate answer) {
      fields.add("decisionDue", answer.decisionDue());
      fields.add(
          "answeredOn",
          answer.answeredOn().map(LocalDate::toString).getOrElse(words.get("evidence.none")));
    }
    departure.reason().forEach(reason -> fields.add("reason", reason));
    Rule rule = departure.rule();
    return new DepartureView(
        rule.name(),
        words.visible(departure.batch().getOrElse("")),
        words.visible(departure.request()),
        words.visible(departure.message(words.locale())),
        List.ofAll(fields.list));
  }

  private static String ids(List<String> ids, Words words) {
    return ids.isEmpty() ? words.get("evidence.none") : ids.mkString(", ");
  }

  /** The evidence of one departure, as it is gathered. */
  private static final class Fields {
    private final Words words;
    private final java.util.List<Evidence> list = new java.util.ArrayList<>();

    Fields(Words words) {
      this.words = words;
    }

    void add(String field, String value) {
      list.add(new Evidence(field, words.get("evidence." + field), words.visible(value)));
    }

    void add(String field, LocalDate date) {
      add(field, date.toString());
    }
  }
}
