package io.github.childcarerules.occupation.careunit;

/**
 * The unit of care a day's stays make (RCR art. 1).
 *
 * @since 0.1.0
 */
public enum CareUnit {
  /** A day (journée). */
  DAY,
  /** A half-day (demi-journée): only for a child under 5 on 30 September. */
  HALF_DAY,
  /** Too short to count. */
  NONE
}
