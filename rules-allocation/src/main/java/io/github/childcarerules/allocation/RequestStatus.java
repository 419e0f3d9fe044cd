package io.github.childcarerules.allocation;

/**
 * The outcome of a request (RULES.md §9 "Request outcomes"): the first row of the table that
 * applies, in the order of these constants for increase and obtention requests.
 *
 * @since 0.1.0
 */
public enum RequestStatus {
  /** The board authorized places for it. */
  ACCEPTED,
  /** Recommended for places, the board's decision awaited. */
  RECOMMENDED,
  /**
   * Its file failed a conformity check, or the board refused it, or (a {@code DECREASE}) the
   * suspension is too long.
   */
  REFUSED,
  /** Not maintained, and not kept in the register. */
  WITHDRAWN,
  /** In the register without places. */
  WAITING,
  /** Its provider's answers are awaited. */
  PENDING_VERIFICATION,
  /** A {@code DECREASE} that takes effect. */
  GRANTED
}
