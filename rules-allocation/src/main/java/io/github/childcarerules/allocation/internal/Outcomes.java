package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.internal.Reading.Cut;
import io.github.childcarerules.allocation.internal.RequestLife.Cause;
import io.github.childcarerules.allocation.internal.RequestLife.Grant;
import io.github.childcarerules.allocation.internal.RequestLife.Withdrawal;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * What became of each request once every batch ran (RULES.md §9 "Request outcomes": the first row
 * of the table that applies, read from its {@link RequestLife}), and the letters due about it
 * ("Letters", POL "Demande d'ajout", "dans tous les cas"), each decided by that request alone.
 */
final class Outcomes {
  private final Delay delay;
  private final LocalDate asOf;

  Outcomes(Delay delay, LocalDate asOf) {
    this.delay = delay;
    this.asOf = asOf;
  }

  /** The first row of the outcome table that applies; withdrawn requests' rows come first. */
  static RequestStatus status(RequestLife life) {
    Option<Cause> withdrawn = life.withdrawal().map(Withdrawal::cause);
    if (life.granted() > 0) {
      return RequestStatus.ACCEPTED;
    } else if (life.reserved() > 0) {
      return RequestStatus.RECOMMENDED;
    } else if (withdrawn.exists(cause -> cause != Cause.DECLINED)) {
      return RequestStatus.REFUSED; // failed its checks (not kept), or refused by the board
    } else if (withdrawn.isDefined()) {
      return RequestStatus.WITHDRAWN; // declined, and not kept
    } else if (life.awaited()) {
      return RequestStatus.PENDING_VERIFICATION;
    } else if (life.failedKept()) {
      return RequestStatus.REFUSED; // failed its checks, kept in the register
    }
    return RequestStatus.WAITING;
  }

  RequestResult of(RequestLife life) {
    RequestStatus status = status(life);
    Option<Boolean> kept =
        switch (status) {
          case REFUSED, WITHDRAWN -> Option.some(!life.withdrawn());
          case WAITING -> life.declinedKept() ? Option.some(true) : Option.none();
          default -> Option.none();
        };
    LocalDate due = delay.due(life.ask().received());
    return new RequestResult(
        life.ask().id(),
        status,
        life.granted(),
        life.withdrawn() ? 0 : life.asks(false),
        due,
        delay.late(due, life.ask().answeredOn()),
        kept,
        Option.none(),
        Option.none());
  }

  /**
   * The letters about an increase or obtention request: a confirmation of the places the board
   * authorized, a refusal once it was withdrawn, else by its status a waiting-register letter
   * (increase) or a decision (obtention), unless it was answered already; nothing yet while it is
   * recommended or awaiting its provider's answers.
   */
  List<Letter> letters(RequestLife life) {
    Ask ask = life.ask();
    LocalDate decisionDue = delay.due(ask.received());
    List<Letter> letters = List.empty();
    if (!life.grants().isEmpty()) {
      LocalDate latest = life.grants().map(Grant::on).max().getOrElse(decisionDue);
      letters =
          letters.append(
              letter(
                  ask,
                  LetterKind.CONFIRMATION,
                  later(decisionDue, latest),
                  Rule.ALLOC_BOARD_DECISION,
                  life.grants()
                      .map(
                          grant ->
                              new Letter.Grant(grant.batch(), grant.places(), grant.until()))));
    }
    for (Withdrawal withdrawal : life.withdrawal()) {
      letters = letters.append(refusal(ask, decisionDue, withdrawal));
    }
    if (!letters.isEmpty() || ask.answeredOn().isDefined()) {
      return letters;
    }
    RequestStatus status = status(life);
    if (status == RequestStatus.WAITING || status == RequestStatus.REFUSED) {
      LetterKind kind =
          ask.type() == RequestType.INCREASE ? LetterKind.WAITING_REGISTER : LetterKind.DECISION;
      return List.of(letter(ask, kind, decisionDue, Rule.ALLOC_DECISION_DELAY, List.empty()));
    }
    return letters;
  }

  /** The refusal (annex 3.2) of a request withdrawn in the run, due once its decision is made. */
  private Letter refusal(Ask ask, LocalDate decisionDue, Withdrawal withdrawal) {
    Rule rule =
        switch (withdrawal.cause()) {
          case DECLINED -> Rule.ALLOC_STEP2_MAINTAIN;
          case FAILED -> Rule.ALLOC_STEP2_CONFORMITY;
          case BOARD_REFUSED -> Rule.ALLOC_BOARD_DECISION;
        };
    LocalDate decided = withdrawal.on().getOrElse(asOf);
    return letter(ask, LetterKind.REFUSAL, later(decisionDue, decided), rule, List.empty());
  }

  /** The decision letter on a {@code DECREASE}, unless it was answered already. */
  Option<Letter> letter(Cut cut) {
    if (cut.answeredOn().isDefined()) {
      return Option.none();
    }
    return Option.some(
        new Letter(
            cut.provider(),
            cut.id(),
            LetterKind.DECREASE_DECISION,
            delay.due(cut.received()),
            Rule.ALLOC_DECISION_DELAY,
            List.empty()));
  }

  private static Letter letter(
      Ask ask, LetterKind kind, LocalDate due, Rule rule, List<Letter.Grant> grants) {
    return new Letter(ask.provider(), ask.id(), kind, due, rule, grants);
  }

  /** A letter cannot be due before the decision it reports. */
  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
