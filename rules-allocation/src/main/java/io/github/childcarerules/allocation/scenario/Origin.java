package io.github.childcarerules.allocation.scenario;

/**
 * Where a batch comes from: given back by a provider, withdrawn for a breach, unoccupied more than
 * 90 days, or new places of the BC's permit.
 *
 * @since 0.1.0
 */
public enum Origin {
  /** Given back by a provider (a {@code DECREASE} request). */
  RETURNED,
  /** Withdrawn from a provider for a breach. */
  WITHDRAWN,
  /** Withdrawn after more than 90 consecutive days unoccupied. */
  UNOCCUPIED,
  /** New places granted to the BC. */
  GRANTED
}
