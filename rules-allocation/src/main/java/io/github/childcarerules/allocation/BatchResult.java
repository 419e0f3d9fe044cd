package io.github.childcarerules.allocation;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What became of one batch: its outcome, the places left ({@code remainder}), the places given in
 * the order they were given, the provider awaited when the batch stopped, and its trail in the
 * order things happened.
 *
 * @param id the batch's id
 * @param outcome how the batch ended
 * @param remainder the places no request received
 * @param allocations the places given, in the order they were given
 * @param pendingProvider the provider whose answer stopped the batch, none when nothing is awaited
 * @param trail the trail, in the order things happened
 * @since 0.1.0
 */
public record BatchResult(
    String id,
    BatchOutcome outcome,
    int remainder,
    List<Allocation> allocations,
    Option<String> pendingProvider,
    List<TrailEvent> trail) {
  /**
   * What became of a batch; every argument is required (absent values are none, never null).
   *
   * @param id the batch's id
   * @param outcome how the batch ended
   * @param remainder the places no request received
   * @param allocations the places given, in the order they were given
   * @param pendingProvider the provider whose answer stopped the batch, none when nothing is
   *     awaited
   * @param trail the trail, in the order things happened
   */
  public BatchResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(allocations, "allocations");
    Objects.requireNonNull(pendingProvider, "pendingProvider");
    Objects.requireNonNull(trail, "trail");
  }
}
