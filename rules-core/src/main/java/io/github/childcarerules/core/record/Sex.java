package io.github.childcarerules.core.record;

/**
 * Sex as written on the birth certificate (RULES.md §1, {@code CHILD_SEX_REQUIRED}).
 *
 * @since 0.1.0
 */
public enum Sex {
  /** Female. */
  F,
  /** Male. */
  M,
  /** Neither, as a certificate may write it. */
  X
}
