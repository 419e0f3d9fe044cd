package io.github.childcarerules.occupation.coverage;

/** What an audit of a coverage table finds (FORMAT.md, "Coverage table"), in reporting order. */
public enum FindingCode {
  /** The stated rate differs from the exact rate by 0.1 point or more. */
  RATE_MISMATCH,
  /** The three age-bracket columns, all given, do not add up to the row's places. */
  BRACKETS_DO_NOT_ADD_UP,
  /** A cell of the {@code TOTAL} row is not the sum of that column over the other rows. */
  TOTAL_MISMATCH,
  /**
   * A count or an area of a sector row (every column but {@code stated_rate}) is below zero; {@code
   * computed} is 0, the least it may be (docs/decisions.md: the contract's codes say nothing of
   * negative counts, which no rate or sum could judge).
   */
  NEGATIVE_COUNT
}
