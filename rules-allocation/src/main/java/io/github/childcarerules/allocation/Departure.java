package io.github.childcarerules.allocation;

import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a coordinating office's actual decisions depart from its policy (RULES.md §10
 * "Departures"), with the evidence an auditor needs to write it up: one case per {@code AUDIT_*}
 * rule. {@link #message(Locale)} says it in a sentence in French or English, citing the policy
 * passage it comes from.
 *
 * @since 0.1.0
 */
public sealed interface Departure {
  /**
   * The rule of RULES.md §10 this departure is.
   *
   * @return one of the {@code AUDIT_*} rules
   */
  Rule rule();

  /**
   * The request the departure is about.
   *
   * @return its id
   */
  String request();

  /**
   * The batch the departure is about.
   *
   * @return its id; none for a departure about letters or answers
   */
  default Option<String> batch() {
    return Option.none();
  }

  /**
   * The analyst's reason written on the board decision this departure is about, shown beside the
   * evidence and never judged.
   *
   * @return the reason, none when the decision has none or the departure is about no decision
   */
  default Option<String> reason() {
    return Option.none();
  }

  /**
   * The departure in a sentence, in {@code locale}'s language (English when asked, French
   * otherwise), with its evidence and the policy passage it cites.
   *
   * @param locale the language
   * @return the sentence
   */
  default String message(Locale locale) {
    return DepartureTexts.message(this, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The departure in a sentence, in French.
   *
   * @return {@code message(Locale.CANADA_FRENCH)}
   */
  default String message() {
    return message(Locale.CANADA_FRENCH);
  }

  /**
   * The board authorized places of a batch for a request that the policy's walk of that batch
   * passes over with a reason, or never meets ({@code AUDIT_GRANT_NOT_ELIGIBLE}).
   *
   * @param batchId the batch
   * @param request the request
   * @param on the date of the board's decision
   * @param breaks the rule of §9 the grant breaks
   * @param instead the requests the walk recommended, or stopped at for missing answers, that got
   *     none of the batch's places
   * @param reason the analyst's reason on the decision
   */
  record GrantNotEligible(
      String batchId,
      String request,
      LocalDate on,
      Rule breaks,
      List<String> instead,
      Option<String> reason)
      implements Departure {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param batchId the batch
     * @param request the request
     * @param on the date of the board's decision
     * @param breaks the rule of §9 the grant breaks
     * @param instead the requests passed over without reason
     * @param reason the analyst's reason on the decision
     */
    public GrantNotEligible {
      Objects.requireNonNull(batchId, "batchId");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(breaks, "breaks");
      Objects.requireNonNull(instead, "instead");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Rule rule() {
      return Rule.AUDIT_GRANT_NOT_ELIGIBLE;
    }

    @Override
    public Option<String> batch() {
      return Option.some(batchId);
    }
  }

  /**
   * The board authorized places of a batch for a later candidate of the walk while requests the
   * walk put first got none of them ({@code AUDIT_SKIPPED_EARLIER}: justified envy).
   *
   * @param batchId the batch
   * @param request the later candidate
   * @param on the date of the board's decision
   * @param earlier the requests passed over, in the walk's order
   * @param reason the analyst's reason on the decision
   */
  record SkippedEarlier(
      String batchId, String request, LocalDate on, List<String> earlier, Option<String> reason)
      implements Departure {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param batchId the batch
     * @param request the later candidate
     * @param on the date of the board's decision
     * @param earlier the requests passed over, in the walk's order
     * @param reason the analyst's reason on the decision
     */
    public SkippedEarlier {
      Objects.requireNonNull(batchId, "batchId");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Rule rule() {
      return Rule.AUDIT_SKIPPED_EARLIER;
    }

    @Override
    public Option<String> batch() {
      return Option.some(batchId);
    }
  }

  /**
   * The places authorized for a pair exceed its limit ({@code AUDIT_GRANT_EXCEEDS}).
   *
   * @param batchId the batch
   * @param request the request
   * @param places the places authorized
   * @param limit the lesser of the places left in the batch and, for a pair the walk recommends,
   *     the places it recommends
   * @param reason the analyst's reason on the decision
   */
  record GrantExceeds(String batchId, String request, int places, int limit, Option<String> reason)
      implements Departure {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param batchId the batch
     * @param request the request
     * @param places the places authorized
     * @param limit the places that could be authorized
     * @param reason the analyst's reason on the decision
     */
    public GrantExceeds {
      Objects.requireNonNull(batchId, "batchId");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Rule rule() {
      return Rule.AUDIT_GRANT_EXCEEDS;
    }

    @Override
    public Option<String> batch() {
      return Option.some(batchId);
    }
  }

  /**
   * A letter §9 calls for was not sent, and its date is before the audit's date ({@code
   * AUDIT_LETTER_MISSING}).
   *
   * @param request the request
   * @param letter the letter
   * @param due the date it was due by
   */
  record LetterMissing(String request, LetterKind letter, LocalDate due) implements Departure {
    /**
     * Every component is required (not null).
     *
     * @param request the request
     * @param letter the letter
     * @param due the date it was due by
     */
    public LetterMissing {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(letter, "letter");
      Objects.requireNonNull(due, "due");
    }

    @Override
    public Rule rule() {
      return Rule.AUDIT_LETTER_MISSING;
    }
  }

  /**
   * A letter due by the request's {@code decisionDue} was sent after it ({@code
   * AUDIT_LETTER_LATE}).
   *
   * @param request the request
   * @param letter the letter
   * @param due the date it was due by
   * @param sentOn the date it was first sent
   */
  record LetterLate(String request, LetterKind letter, LocalDate due, LocalDate sentOn)
      implements Departure {
    /**
     * Every component is required (not null).
     *
     * @param request the request
     * @param letter the letter
     * @param due the date it was due by
     * @param sentOn the date it was first sent
     */
    public LetterLate {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(letter, "letter");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(sentOn, "sentOn");
    }

    @Override
    public Rule rule() {
      return Rule.AUDIT_LETTER_LATE;
    }
  }

  /**
   * A request was answered after its {@code decisionDue}, or is still unanswered after it ({@code
   * AUDIT_ANSWER_LATE}).
   *
   * @param request the request
   * @param decisionDue the date its written answer was due by
   * @param answeredOn the earlier of its {@code answeredOn} and the first letter sent for it; none
   *     when it has no answer
   */
  record AnswerLate(String request, LocalDate decisionDue, Option<LocalDate> answeredOn)
      implements Departure {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param request the request
     * @param decisionDue the date its written answer was due by
     * @param answeredOn the date it was answered, none when it was not
     */
    public AnswerLate {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(decisionDue, "decisionDue");
      Objects.requireNonNull(answeredOn, "answeredOn");
    }

    @Override
    public Rule rule() {
      return Rule.AUDIT_ANSWER_LATE;
    }
  }
}
