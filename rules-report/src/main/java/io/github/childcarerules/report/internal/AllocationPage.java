package io.github.childcarerules.report.internal;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What the allocation page shows, the template {@code allocation.jte} lays it out: a heading, the
 * analysis grid of every batch (annex 6, one document each, in the result's order), every letter of
 * the run (one sheet each), then the sector chart. Everything is read from the run's result and the
 * scenario's entered values; nothing is decided again.
 *
 * @param words the page's words
 * @param title the page's title
 * @param summary the run in a sentence: its date, batches, requests and letters
 * @param analyst the analyst's line; empty when the scenario names none
 * @param grids the grids, by batch id
 * @param letters the letters, by provider, request and letter
 * @param chart the sector chart
 */
public record AllocationPage(
    Words words,
    String title,
    String summary,
    String analyst,
    List<GridView> grids,
    List<LetterView> letters,
    SectorChart chart) {

  /** The marks of the sector chart's block. */
  public static final String CHART_MARK = "S-C";

  /** The marks of the block of where the places went. */
  public static final String FLOWS_MARK = "S-F";

  /**
   * The page of a run.
   *
   * @param result the run
   * @param scenario the scenario it ran on
   * @param words the page's words
   * @return the page's content
   */
  public static AllocationPage of(AllocationResult result, Scenario scenario, Words words) {
    return new AllocationPage(
        words,
        words.get("allocation.title"),
        words.get(
            "allocation.summary",
            result
                .grids()
                .headOption()
                .map(g -> g.date().toString())
                .getOrElse(words.entered(scenario.asOf())),
            result.batches().size(),
            result.requests().size(),
            result.letters().size()),
        analyst(scenario, words),
        grids(result, words),
        LetterView.of(result, scenario, words),
        SectorChart.of(result, scenario, words));
  }

  /** The analyst's line, empty when the scenario names none. */
  static String analyst(Scenario scenario, Words words) {
    return scenario
        .analyst()
        .filter(a -> !a.isBlank())
        .map(a -> words.get("allocation.analyst", words.entered(Option.some(a))))
        .getOrElse("");
  }

  /** Every grid of the run, with what became of its batch. */
  static List<GridView> grids(AllocationResult result, Words words) {
    return result
        .grids()
        .zipWithIndex()
        .map(pair -> GridView.of(pair._1, pair._2 + 1, outcome(result, pair._1, words), words));
  }

  private static String outcome(AllocationResult result, AnalysisGrid grid, Words words) {
    return result
        .batch(grid.batch())
        .map(
            (BatchResult batch) ->
                batch.pendingProvider().isEmpty()
                    ? words.get(
                        "grid.outcome", batch.outcome().label(words.locale()), batch.remainder())
                    : words.get(
                        "grid.outcome.pending",
                        batch.outcome().label(words.locale()),
                        batch.remainder(),
                        words.value(batch.pendingProvider().get())))
        .getOrElse("");
  }
}
