package io.github.childcarerules.allocation;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

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
