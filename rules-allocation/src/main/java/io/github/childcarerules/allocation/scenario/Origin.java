package io.github.childcarerules.allocation.scenario;

/**
 * Where a batch comes from: given back by a provider, withdrawn for a breach, unoccupied more than
 * 90 days, or new places of the BC's permit.
 */
public enum Origin {
  RETURNED,
  WITHDRAWN,
  UNOCCUPIED,
  GRANTED
}
