package io.github.childcarerules.allocation;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The decisions of one run (FORMAT.md "Allocation result"): every batch and every request sorted by
 * id, the letters due sorted by provider, request and letter, and the analysis grid (annex 6) of
 * every batch sorted by batch id.
 */
public record AllocationResult(
    List<BatchResult> batches,
    List<RequestResult> requests,
    List<Letter> letters,
    List<AnalysisGrid> grids) {
  public AllocationResult {
    Objects.requireNonNull(batches, "batches");
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(letters, "letters");
    Objects.requireNonNull(grids, "grids");
  }

  /** The result of the batch with this id. */
  public Option<BatchResult> batch(String id) {
    return batches.find(batch -> batch.id().equals(id));
  }

  /** The result of the request with this id. */
  public Option<RequestResult> request(String id) {
    return requests.find(request -> request.id().equals(id));
  }
}
