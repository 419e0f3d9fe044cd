package io.github.childcarerules.allocation;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * The decisions of one run (FORMAT.md "Allocation result"): every batch and every request sorted by
 * id, the letters due sorted by provider, request and letter, and the analysis grid (annex 6) of
 * every batch sorted by batch id.
 *
 * @param batches what became of every batch, by id
 * @param requests what became of every request, by id
 * @param letters the letters due, by provider, request and letter
 * @param grids the analysis grid of every batch, by batch id
 * @since 0.1.0
 */
public record AllocationResult(
    List<BatchResult> batches,
    List<RequestResult> requests,
    List<Letter> letters,
    List<AnalysisGrid> grids) {
  /**
   * The decisions of a run; every list is required (empty when there is nothing).
   *
   * @param batches what became of every batch, by id
   * @param requests what became of every request, by id
   * @param letters the letters due, by provider, request and letter
   * @param grids the analysis grid of every batch, by batch id
   */
  public AllocationResult {
    Objects.requireNonNull(batches, "batches");
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(letters, "letters");
    Objects.requireNonNull(grids, "grids");
  }

  /**
   * The result as text an auditor can follow, in {@code locale}'s language (English when asked,
   * French otherwise): each batch with its trail in words and rule ids and the places given, every
   * request's status, and the letters due with their rule and the places a confirmation confirms.
   * What {@code childcare-rules allocate} prints.
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
   * (without their line ends), so that a long trail can be printed without the whole text in
   * memory.
   *
   * @param locale the language
   * @param line what receives each line, in order
   */
  public void writeText(Locale locale, Consumer<String> line) {
    ResultText.write(
        this, Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(line, "line"));
  }

  /**
   * The analysis grid of every batch as text ({@link AnalysisGrid#text(Locale)}), separated by a
   * blank line, or a line saying there is none: what {@code childcare-rules allocate --grid}
   * prints.
   *
   * @param locale the language
   * @return the lines, joined by the platform's line separator
   */
  public String gridsText(Locale locale) {
    StringJoiner text = new StringJoiner(System.lineSeparator());
    writeGridsText(locale, text::add);
    return text.toString();
  }

  /**
   * The lines of {@link #gridsText(Locale)}, given one by one to {@code line} as they are produced
   * (without their line ends).
   *
   * @param locale the language
   * @param line what receives each line, in order
   */
  public void writeGridsText(Locale locale, Consumer<String> line) {
    ResultText.grids(
        this, Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(line, "line"));
  }

  /**
   * The result as text in French, the default language.
   *
   * @return {@code text(Locale.CANADA_FRENCH)}
   */
  @Override
  public String toString() {
    return text(Locale.CANADA_FRENCH);
  }

  /**
   * The result of the batch with this id.
   *
   * @param id a batch id of the scenario
   * @return its result, none when no batch of the run has this id
   */
  public Option<BatchResult> batch(String id) {
    return batches.find(batch -> batch.id().equals(id));
  }

  /**
   * The result of the request with this id.
   *
   * @param id a request id of the scenario
   * @return its result, none when no request of the run has this id
   */
  public Option<RequestResult> request(String id) {
    return requests.find(request -> request.id().equals(id));
  }
}
