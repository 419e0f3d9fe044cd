package io.github.childcarerules.allocation;

import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One step of a batch's trail (FORMAT.md "Allocation result"), with the rule of RULES.md §9 it
 * applies. Events about a request name it and its provider; {@link SectorLeft} and {@link
 * NoCandidate} name neither. {@link #message(Locale)} says the event in a sentence, in French or
 * English: the sentences {@code childcare-rules allocate} prints in its trail.
 *
 * @since 0.1.0
 */
public sealed interface TrailEvent {
  /**
   * The event's name in FORMAT.md.
   *
   * @return {@code CANDIDATE}, {@code NOT_CONFORM}…, as the trail's {@code event} field spells it
   */
  String event();

  /**
   * The rule applied.
   *
   * @return the rule RULES.md §9 "Allocation rule ids" maps this event to
   */
  Rule rule();

  /**
   * The request the event is about.
   *
   * @return its id, none for an event about no request
   */
  default Option<String> request() {
    return Option.none();
  }

  /**
   * The provider the event is about.
   *
   * @return the id of the provider that made the request, none for an event about no request
   */
  default Option<String> provider() {
    return Option.none();
  }

  /**
   * The event in a sentence for a person, in {@code locale}'s language (English when asked, French
   * otherwise), naming the request, its provider and the event's values: {@code "Candidat : demande
   * R1 de P1 (même secteur, ordre chronologique)"}. Without the rule id, which {@link #rule()}
   * gives.
   *
   * @param locale the language of the sentence
   * @return the sentence, without a final period
   * @since 0.1.0
   */
  default String message(Locale locale) {
    return TrailTexts.message(this, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The event in a sentence in French, the default language: {@code message(Locale.CANADA_FRENCH)},
   * as {@code childcare-rules allocate} prints it by default.
   *
   * @return the sentence
   * @since 0.1.0
   */
  default String message() {
    return message(Locale.CANADA_FRENCH);
  }

  /** An event about one request and the provider that made it. */
  sealed interface AboutRequest extends TrailEvent {
    /**
     * The request's id.
     *
     * @return the id, as in the scenario
     */
    String requestId();

    /**
     * The provider that made the request.
     *
     * @return its id, as in the scenario
     */
    String providerId();

    @Override
    default Option<String> request() {
      return Option.some(requestId());
    }

    @Override
    default Option<String> provider() {
      return Option.some(providerId());
    }
  }

  /** A request selected in step 1. */
  record Candidate(String requestId, String providerId, CandidateSource source)
      implements AboutRequest {
    /**
     * Every component is required (not null).
     *
     * @param requestId the request's id
     * @param providerId the id of the provider that made the request
     * @param source the paragraph of step 1 that found it
     */
    public Candidate {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(providerId, "providerId");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public String event() {
      return "CANDIDATE";
    }

    @Override
    public Rule rule() {
      return source.rule();
    }
  }

  /** A request passed over for a used batch: its offer does not match the child. */
  record ProfileMismatch(String requestId, String providerId) implements AboutRequest {
    /**
     * Every component is required (not null).
     *
     * @param requestId the request's id
     * @param providerId the id of the provider that made the request
     */
    public ProfileMismatch {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(providerId, "providerId");
    }

    @Override
    public String event() {
      return "PROFILE_MISMATCH";
    }

    @Override
    public Rule rule() {
      return Rule.ALLOC_STEP1_PROFILE;
    }
  }

  /**
   * A request passed over because of its provider (step 1): the places came from it, or it is
   * suspended when they become available. It keeps its place in the register.
   */
  record ProviderExcluded(String requestId, String providerId, ExclusionReason reason)
      implements AboutRequest {
    /**
     * Every component is required (not null).
     *
     * @param requestId the request's id
     * @param providerId the id of the provider that made the request
     * @param reason why its provider is passed over
     */
    public ProviderExcluded {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(providerId, "providerId");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String event() {
      return "PROVIDER_EXCLUDED";
    }

    @Override
    public Rule rule() {
      return Rule.ALLOC_STEP1_PROVIDER_EXCLUDED;
    }
  }

  /**
   * The candidate's provider does not maintain its request for this offer; {@code kept}: it keeps
   * it in the register (a candidate again for later batches), else it is withdrawn.
   */
  record NotMaintained(String requestId, String providerId, boolean kept) implements AboutRequest {
    /**
     * Every component is required (not null).
     *
     * @param requestId the request's id
     * @param providerId the id of the provider that made the request
     * @param kept whether the request stays in the register
     */
    public NotMaintained {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(providerId, "providerId");
    }

    @Override
    public String event() {
      return "NOT_MAINTAINED";
    }

    @Override
    public Rule rule() {
      return Rule.ALLOC_STEP2_MAINTAIN;
    }
  }

  /**
   * The candidate's file failed the conformity checks named in {@code failed}; {@code kept}: the
   * request stays in the register for a later analysis, else it is withdrawn.
   */
  record NotConform(String requestId, String providerId, List<String> failed, boolean kept)
      implements AboutRequest {
    /**
     * Every component is required (not null).
     *
     * @param requestId the request's id
     * @param providerId the id of the provider that made the request
     * @param failed the checks the file failed, in the order of step 2
     * @param kept whether the request stays in the register
     */
    public NotConform {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(providerId, "providerId");
      Objects.requireNonNull(failed, "failed");
    }

    @Override
    public String event() {
      return "NOT_CONFORM";
    }

    @Override
    public Rule rule() {
      return Rule.ALLOC_STEP2_CONFORMITY;
    }
  }

  /** The candidate's provider has not answered yet: the batch stops here. */
  record AwaitingAnswers(String requestId, String providerId) implements AboutRequest {
    /**
     * Every component is required (not null).
     *
     * @param requestId the request's id
     * @param providerId the id of the provider that made the request
     */
    public AwaitingAnswers {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(providerId, "providerId");
    }

    @Override
    public String event() {
      return "AWAITING_ANSWERS";
    }

    @Override
    public Rule rule() {
      return Rule.ALLOC_STEP2_AWAITING;
    }
  }

  /**
   * The candidate's file is recommended to the board for {@code places}, held {@code until} the end
   * of a temporary batch.
   */
  record Recommended(String requestId, String providerId, int places, Option<LocalDate> until)
      implements AboutRequest {
    /**
     * Every component is required (not null).
     *
     * @param requestId the request's id
     * @param providerId the id of the provider that made the request
     * @param places the places recommended, at least 1
     * @param until the last day they are held, none for a permanent batch
     */
    public Recommended {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(providerId, "providerId");
      Objects.requireNonNull(until, "until");
    }

    @Override
    public String event() {
      return "RECOMMENDED";
    }

    @Override
    public Rule rule() {
      return Rule.ALLOC_STEP2_RECOMMEND;
    }
  }

  /** The board authorized the {@code places} recommended, {@code on} that date. */
  record Authorized(String requestId, String providerId, int places, LocalDate on)
      implements AboutRequest {
    /**
     * Every component is required (not null).
     *
     * @param requestId the request's id
     * @param providerId the id of the provider that made the request
     * @param places the places authorized
     * @param on the date of the board's decision
     */
    public Authorized {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(providerId, "providerId");
      Objects.requireNonNull(on, "on");
    }

    @Override
    public String event() {
      return "AUTHORIZED";
    }

    @Override
    public Rule rule() {
      return Rule.ALLOC_BOARD_DECISION;
    }
  }

  /**
   * The board refused the {@code places} recommended, {@code on} that date: they go back to the
   * batch, and the request is withdrawn.
   */
  record BoardRefused(String requestId, String providerId, int places, LocalDate on)
      implements AboutRequest {
    /**
     * Every component is required (not null).
     *
     * @param requestId the request's id
     * @param providerId the id of the provider that made the request
     * @param places the places refused, back to the batch
     * @param on the date of the board's decision
     */
    public BoardRefused {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(providerId, "providerId");
      Objects.requireNonNull(on, "on");
    }

    @Override
    public String event() {
      return "BOARD_REFUSED";
    }

    @Override
    public Rule rule() {
      return Rule.ALLOC_BOARD_DECISION;
    }
  }

  /**
   * The search moves on to the sector {@code to} (step 1.3), whose coverage rate is {@code
   * coverage} percent (two decimals, rounded half-up).
   */
  record SectorLeft(String to, BigDecimal coverage) implements TrailEvent {
    /**
     * Every component is required (not null).
     *
     * @param to the id of the sector searched next
     * @param coverage its coverage rate in percent, two decimals rounded half-up
     */
    public SectorLeft {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(coverage, "coverage");
    }

    @Override
    public String event() {
      return "SECTOR_LEFT";
    }

    @Override
    public Rule rule() {
      return Rule.ALLOC_STEP1_OTHER_SECTOR;
    }
  }

  /** Candidates ran out with places left: step 1.4 for a free batch, 1.5 for a used one. */
  record NoCandidate(Rule rule) implements TrailEvent {
    /**
     * Every component is required (not null).
     *
     * @param rule {@code ALLOC_STEP1_NEW_PROVIDER} or {@code ALLOC_STEP1_UNALLOCATED}
     */
    public NoCandidate {
      Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String event() {
      return "NO_CANDIDATE";
    }
  }
}
