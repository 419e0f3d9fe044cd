package io.github.childcarerules.allocation.scenario;

/**
 * A batch's places are used by a child who keeps them, or free.
 *
 * @since 0.1.0
 */
public enum BatchStatus {
  /** A child occupies the places and keeps them: the batch names its profile. */
  USED,
  /** No child occupies the places. */
  FREE
}
