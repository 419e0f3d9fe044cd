package io.github.childcarerules.allocation;

/**
 * Why step 1 passes over a request because of its provider (RULES.md §9 step 1, {@code
 * ALLOC_STEP1_PROVIDER_EXCLUDED}).
 *
 * @since 0.1.0
 */
public enum ExclusionReason {
  /**
   * The places came from this provider (given back, withdrawn or left unoccupied): they do not go
   * back to it. Wins when both reasons apply.
   */
  OWN_PLACES,
  /** A suspension of this provider granted in the run is in force on the batch's availability. */
  SUSPENDED
}
