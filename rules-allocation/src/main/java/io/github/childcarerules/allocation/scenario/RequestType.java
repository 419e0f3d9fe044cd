package io.github.childcarerules.allocation.scenario;

/**
 * A modification request (add or remove places) or an obtention request of a provider without
 * subsidized places.
 */
public enum RequestType {
  INCREASE,
  DECREASE,
  OBTENTION
}
