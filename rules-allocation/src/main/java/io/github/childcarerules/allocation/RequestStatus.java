package io.github.childcarerules.allocation;

/** The outcome of a request (RULES.md §9 "Request outcomes"). */
public enum RequestStatus {
  /** It received places. */
  ACCEPTED,
  /** Its file failed a conformity check, or (a {@code DECREASE}) the suspension is too long. */
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
