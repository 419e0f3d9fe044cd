package io.github.childcarerules.allocation.scenario;

/**
 * The kind of a batch: permanent, or temporary until its end date (a suspension).
 *
 * @since 0.1.0
 */
public enum BatchKind {
  /** The places are allocated for good. */
  PERMANENT,
  /** The places come back to their provider after the batch's {@code until} date. */
  TEMPORARY
}
