package io.github.childcarerules.core.rule;

/**
 * How a violation weighs: a record is valid when it has no {@link #ERROR}.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The record cannot be saved as it is. */
  ERROR,
  /** Worth a look (a justification may be needed); the record stays valid. */
  WARNING,
  /** A step of a decision, for the trail (allocation). */
  INFO
}
