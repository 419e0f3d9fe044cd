package io.github.childcarerules.allocation.scenario;

/**
 * Why a provider gives places back (POL "Places retournées").
 *
 * @since 0.1.0
 */
public enum DecreaseReason {
  /** The provider lowers its ratio of children. */
  RATIO_DECREASE,
  /** The provider's recognition ends (30 days' notice, RSGEE art. 78). */
  END_OF_RECOGNITION,
  /** The provider suspends its services until a date, 12 months at most (30 days' notice). */
  SUSPENSION
}
