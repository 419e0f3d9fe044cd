package io.github.childcarerules.allocation.scenario;

/**
 * A modification request (add or remove places) or an obtention request of a provider without
 * subsidized places.
 *
 * @since 0.1.0
 */
public enum RequestType {
  /** A provider asks for more places. */
  INCREASE,
  /** A provider gives places back, for a {@link DecreaseReason}. */
  DECREASE,
  /** A provider without subsidized places asks for some. */
  OBTENTION
}
