package io.github.childcarerules.allocation;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What became of one batch: its outcome, the places left ({@code remainder}), the places given in
 * the order they were given, the provider awaited when the batch stopped, and its trail in the
 * order things happened.
 */
public record BatchResult(
    String id,
    BatchOutcome outcome,
    int remainder,
    List<Allocation> allocations,
    Option<String> pendingProvider,
    List<TrailEvent> trail) {
  public BatchResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(allocations, "allocations");
    Objects.requireNonNull(pendingProvider, "pendingProvider");
    Objects.requireNonNull(trail, "trail");
  }
}
