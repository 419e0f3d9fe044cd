package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * A request's progress through a run, as one immutable value: what the board granted and what is
 * reserved for it (permanent and temporary places apart, since temporary places do not settle a
 * request), whether its provider's answers were awaited, whether it was kept after declining or
 * failing its checks, and why it was withdrawn. Each transition names a step of RULES.md §9 and
 * returns the next state; {@link Outcomes} reads the status table from it row by row, and the
 * letters.
 *
 * @param ask the request
 * @param grantedPermanent places authorized from permanent batches
 * @param grantedTemporary places authorized from temporary batches
 * @param reservedPermanent places recommended from permanent batches, the board's decision awaited
 * @param reservedTemporary places recommended from temporary batches, the board's decision awaited
 * @param awaited its provider's answers were missing for a batch
 * @param declinedKept not maintained for a batch, and kept in the register
 * @param failedKept failed its checks for a batch, and kept in the register
 * @param withdrawal why it left the register, none while it is in it
 * @param grants the places authorized, in the order they were
 */
record RequestLife(
    Ask ask,
    int grantedPermanent,
    int grantedTemporary,
    int reservedPermanent,
    int reservedTemporary,
    boolean awaited,
    boolean declinedKept,
    boolean failedKept,
    Option<Withdrawal> withdrawal,
    List<Grant> grants) {

  /** Why a request was withdrawn in the run. */
  enum Cause {
    /** Not maintained, and not kept. */
    DECLINED,
    /** Failed its checks, and not kept. */
    FAILED,
    /** Refused by the board. */
    BOARD_REFUSED
  }

  /** A withdrawal: its cause, and the board's date for a refusal by the board. */
  record Withdrawal(Cause cause, Option<LocalDate> on) {}

  /** Places the board authorized, from one batch, on a date. */
  record Grant(String batch, int places, Option<LocalDate> until, LocalDate on) {}

  /** A request in the register, nothing done to it yet. */
  static RequestLife of(Ask ask) {
    return new RequestLife(ask, 0, 0, 0, 0, false, false, false, Option.none(), List.empty());
  }

  // ---- the transitions

  /** Step 2: its provider's answers for a batch are awaited. */
  RequestLife awaitingAnswers() {
    return new RequestLife(
        ask,
        grantedPermanent,
        grantedTemporary,
        reservedPermanent,
        reservedTemporary,
        true,
        declinedKept,
        failedKept,
        withdrawal,
        grants);
  }

  /** Step 2: not maintained for a batch; kept in the register, or withdrawn. */
  RequestLife declined(boolean kept) {
    return kept ? keptAfter(true, false) : withdrawn(Cause.DECLINED, Option.none());
  }

  /** Step 2: its file failed a check for a batch; kept in the register, or withdrawn. */
  RequestLife failedChecks(boolean kept) {
    return kept ? keptAfter(false, true) : withdrawn(Cause.FAILED, Option.none());
  }

  /** Step 2: recommended to the board for {@code places}, its decision awaited. */
  RequestLife reserved(int places, boolean temporary) {
    return new RequestLife(
        ask,
        grantedPermanent,
        grantedTemporary,
        reservedPermanent + (temporary ? 0 : places),
        reservedTemporary + (temporary ? places : 0),
        awaited,
        declinedKept,
        failedKept,
        withdrawal,
        grants);
  }

  /** The board authorized places. */
  RequestLife authorized(Grant grant) {
    boolean temporary = grant.until().isDefined();
    return new RequestLife(
        ask,
        grantedPermanent + (temporary ? 0 : grant.places()),
        grantedTemporary + (temporary ? grant.places() : 0),
        reservedPermanent,
        reservedTemporary,
        awaited,
        declinedKept,
        failedKept,
        withdrawal,
        grants.append(grant));
  }

  /** The board refused its recommendation: the request is refused and withdrawn. */
  RequestLife refusedByBoard(LocalDate on) {
    return withdrawn(Cause.BOARD_REFUSED, Option.some(on));
  }

  private RequestLife keptAfter(boolean declined, boolean failed) {
    return new RequestLife(
        ask,
        grantedPermanent,
        grantedTemporary,
        reservedPermanent,
        reservedTemporary,
        awaited,
        declinedKept || declined,
        failedKept || failed,
        withdrawal,
        grants);
  }

  /** Withdrawn; a request withdrawn already keeps its first cause. */
  private RequestLife withdrawn(Cause cause, Option<LocalDate> on) {
    return new RequestLife(
        ask,
        grantedPermanent,
        grantedTemporary,
        reservedPermanent,
        reservedTemporary,
        awaited,
        declinedKept,
        failedKept,
        withdrawal.orElse(Option.some(new Withdrawal(cause, on))),
        grants);
  }

  // ---- what it asks and holds

  boolean withdrawn() {
    return withdrawal.isDefined();
  }

  int granted() {
    return grantedPermanent + grantedTemporary;
  }

  int reserved() {
    return reservedPermanent + reservedTemporary;
  }

  /**
   * The places it still asks for from a batch (RULES.md §9, "Places a request still asks for"):
   * from a permanent batch, its places less those granted or reserved from permanent batches
   * (temporary places go back, they do not settle it); from a temporary batch, less every place
   * granted or reserved. Never below 0.
   */
  int asks(boolean temporaryBatch) {
    int held =
        grantedPermanent
            + reservedPermanent
            + (temporaryBatch ? grantedTemporary + reservedTemporary : 0);
    return Math.max(0, ask.places() - held);
  }
}
