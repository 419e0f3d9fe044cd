package io.github.childcarerules.allocation;

import java.util.Objects;

/**
 * A recommendation of the policy's walk that the board has yet to decide, with the places it
 * reserves (RULES.md §10, step 2 of the replay).
 *
 * @param batch the batch
 * @param request the request recommended
 * @param places the places reserved for it, at least 1
 * @since 0.1.0
 */
public record PendingRecommendation(String batch, String request, int places) {
  /**
   * Every component is required (not null).
   *
   * @param batch the batch
   * @param request the request recommended
   * @param places the places reserved for it
   */
  public PendingRecommendation {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(request, "request");
  }
}
