package io.github.childcarerules.occupation.coverage;

/**
 * What an audit of a coverage table finds (FORMAT.md, "Coverage table"), in reporting order.
 *
 * @since 0.1.0
 */
public enum FindingCode {
  /** The stated rate differs from the exact rate by 0.1 point or more. */
  RATE_MISMATCH,
  /** The three age-bracket columns, all given, do not add up to the row's places. */
  BRACKETS_DO_NOT_ADD_UP,
  /** A cell of the {@code TOTAL} row is not the sum of that column over the other rows. */
  TOTAL_MISMATCH
}
