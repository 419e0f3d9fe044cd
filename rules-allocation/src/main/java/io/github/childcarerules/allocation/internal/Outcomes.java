package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.internal.ScenarioView.Candidate;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The outcome of each increase and obtention request once every batch ran (RULES.md §9 "Request
 * outcomes": the first row of the table that applies), and the letters due about it ("Letters", POL
 * "dans tous les cas").
 */
final class Outcomes {
  private final Delay delay;
  private final boolean finalAnswer;
  private final java.util.List<Letter> letters;

  /**
   * {@code finalAnswer}: no batch awaits answers and no recommendation awaits the board, so every
   * request gets its letter now.
   */
  Outcomes(Delay delay, boolean finalAnswer, java.util.List<Letter> letters) {
    this.delay = delay;
    this.finalAnswer = finalAnswer;
    this.letters = letters;
  }

  RequestResult of(Candidate candidate) {
    RequestStatus status = status(candidate);
    Option<Boolean> kept =
        switch (status) {
          case REFUSED, WITHDRAWN -> Option.some(!candidate.withdrawn);
          case WAITING -> candidate.declined ? Option.some(true) : Option.none();
          default -> Option.none();
        };
    LocalDate due = delay.due(candidate.received);
    letters(candidate, status, due);
    return new RequestResult(
        candidate.id,
        status,
        candidate.granted,
        candidate.withdrawn ? 0 : candidate.stillAsked(),
        due,
        delay.late(due, candidate.answeredOn),
        kept,
        Option.none(),
        Option.none());
  }

  /** The first row of the outcome table that applies. */
  private static RequestStatus status(Candidate candidate) {
    if (candidate.granted > 0) {
      return RequestStatus.ACCEPTED;
    } else if (candidate.reserved > 0) {
      return RequestStatus.RECOMMENDED;
    } else if (candidate.awaited) {
      return RequestStatus.PENDING_VERIFICATION;
    } else if (candidate.failedCheck || candidate.boardRefused) {
      return RequestStatus.REFUSED;
    } else if (candidate.withdrawn) {
      return RequestStatus.WITHDRAWN;
    }
    return RequestStatus.WAITING;
  }

  private void letters(Candidate candidate, RequestStatus status, LocalDate due) {
    boolean written = false;
    if (candidate.granted > 0) {
      letters.add(new Letter(candidate.provider, candidate.id, LetterKind.CONFIRMATION, due));
      written = true;
    }
    if (candidate.withdrawn) {
      letters.add(new Letter(candidate.provider, candidate.id, LetterKind.REFUSAL, due));
      written = true;
    }
    if (finalAnswer && !written) {
      LetterKind letter =
          candidate.type == RequestType.INCREASE && status == RequestStatus.WAITING
              ? LetterKind.WAITING_REGISTER
              : LetterKind.DECISION;
      letters.add(new Letter(candidate.provider, candidate.id, letter, due));
    }
  }

  /** The decision letter every {@code DECREASE} request gets, by its due date. */
  void decreaseLetter(String provider, RequestResult decrease) {
    letters.add(
        new Letter(provider, decrease.id(), LetterKind.DECREASE_DECISION, decrease.decisionDue()));
  }
}
