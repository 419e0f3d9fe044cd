package io.github.childcarerules.allocation.scenario;

/** A batch's places are used by a child who keeps them, or free. */
public enum BatchStatus {
  USED,
  FREE
}
