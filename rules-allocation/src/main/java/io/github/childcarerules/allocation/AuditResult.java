package io.github.childcarerules.allocation;

import io.vavr.collection.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * What the audit of a coordinating office's decisions found (RULES.md §10; FORMAT.md "Audit of a
 * BC's decisions"): the departures from the policy, sorted as §10 says; the recommendations the
 * board has yet to decide; and the real outcome of every request in the replay.
 *
 * @param departures the departures, by batch in the order of the run, then request as judged, then
 *     id; letter and answer departures last, by request, id and letter
 * @param pending the recommendations awaiting the board, by batch then in the walk's order
 * @param requests every request's real outcome, by id in natural order
 * @since 0.1.0
 */
public record AuditResult(
    List<Departure> departures, List<PendingRecommendation> pending, List<RequestResult> requests) {
  /**
   * Every list is required (empty when there is nothing).
   *
   * @param departures the departures
   * @param pending the recommendations awaiting the board
   * @param requests every request's real outcome
   */
  public AuditResult {
    Objects.requireNonNull(departures, "departures");
    Objects.requireNonNull(pending, "pending");
    Objects.requireNonNull(requests, "requests");
  }

  /**
   * Whether the decisions follow the policy.
   *
   * @return true when there is no departure
   */
  public boolean isClean() {
    return departures.isEmpty();
  }

  /**
   * The audit as text for a person, in {@code locale}'s language (English when asked, French
   * otherwise): each departure with its evidence and message, then the pending recommendations.
   * What {@code childcare-rules audit} prints.
   *
   * @param locale the language
   * @return the lines, joined by the platform's line separator
   */
  public String text(Locale locale) {
    StringJoiner text = new StringJoiner(System.lineSeparator());
    writeText(locale, text::add);
    return text.toString();
  }

  /**
   * The lines of {@link #text(Locale)}, given one by one to {@code line} as they are produced
   * (without their line ends).
   *
   * @param locale the language
   * @param line what receives each line, in order
   */
  public void writeText(Locale locale, Consumer<String> line) {
    DepartureTexts.write(
        this, Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(line, "line"));
  }

  /**
   * The audit as text in French.
   *
   * @return {@code text(Locale.CANADA_FRENCH)}
   */
  @Override
  public String toString() {
    return text(Locale.CANADA_FRENCH);
  }
}
