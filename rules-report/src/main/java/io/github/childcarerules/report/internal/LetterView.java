package io.github.childcarerules.report.internal;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A letter of the run (RULES.md §9 "Letters") as the page prints it: the coordinating office's
 * heading, the provider's name and address when the scenario gives them, the date it is due by, its
 * subject, and its <em>reasons</em>, read from the run: the trail events of its request (a decline,
 * the checks failed, the board's refusal and its date, the steps that passed it over), the places a
 * confirmation confirms ({@link Letter#grants()}), a decrease's outcome; then the rule the letter
 * cites. Nothing is decided here: each reason is an event or a result of the run.
 *
 * @param mark its block's mark ({@code L03})
 * @param provider the provider's id
 * @param request the request's id
 * @param kind the letter ({@code CONFIRMATION}…)
 * @param name the letter for a person ({@code confirmation (annexe 3.1)})
 * @param recipient the provider's name as entered, or its id when the scenario gives none
 * @param address the provider's address as entered; empty when the scenario gives none
 * @param due the date it is due by ({@code 2016-03-15})
 * @param subject its subject line
 * @param opening the first paragraph: the request it answers
 * @param decision the second: what was decided
 * @param reasonsTitle the heading of the reasons (for a confirmation: the places granted)
 * @param reasons the reasons, in the order of the run
 * @param rule the rule that calls for the letter
 * @param citation the rule's requirement and source, in words
 * @param signature the analyst who signs it, or the office's words when the scenario names none
 */
public record LetterView(
    String mark,
    String provider,
    String request,
    String kind,
    String name,
    String recipient,
    String address,
    String due,
    String subject,
    String opening,
    String decision,
    String reasonsTitle,
    List<Reason> reasons,
    String rule,
    String citation,
    String signature) {

  /**
   * A reason given in a letter.
   *
   * @param batch the batch it is about; empty for a reason about no batch
   * @param rule the rule of §9 it applies
   * @param text the reason, in a sentence addressed to the provider
   */
  public record Reason(String batch, String rule, String text) {}

  /** The five checks of step 2, in their order (the names a trail's {@code failed} lists). */
  static final List<String> CHECKS =
      List.of(
          "engagementFormsOnFile",
          "offerSuitsNeeds",
          "commitmentMatchesAgreements",
          "tenHourWeekdays",
          "meetsPlaceNeeds");

  /**
   * Every letter of the run, in its order (by provider, request, letter).
   *
   * @param result the run
   * @param scenario the scenario it ran on (names, addresses, the requests as entered)
   * @param words the page's words
   * @return the letters as printed
   */
  public static List<LetterView> of(AllocationResult result, Scenario scenario, Words words) {
    return result
        .letters()
        .zipWithIndex()
        .map(
            pair ->
                of(
                    pair._1,
                    String.format(Locale.ROOT, "L%02d", pair._2 + 1),
                    result,
                    scenario,
                    words));
  }

  private static LetterView of(
      Letter letter, String mark, AllocationResult result, Scenario scenario, Words words) {
    Option<Provider> provider = scenario.providers().find(p -> p.id().contains(letter.provider()));
    Option<Request> request = scenario.requests().find(r -> r.id().contains(letter.request()));
    Option<String> name = provider.flatMap(Provider::name).filter(n -> !n.isBlank());
    Option<String> address = provider.flatMap(Provider::address).filter(a -> !a.isBlank());
    LetterKind kind = letter.letter();
    Option<RequestResult> outcome = result.request(letter.request());
    Rule rule = letter.rule();
    return new LetterView(
        mark,
        letter.provider(),
        letter.request(),
        kind.name(),
        kind.label(words.locale()),
        words.entered(name.orElse(Option.some(letter.provider()))),
        address.isEmpty() ? "" : words.entered(address),
        letter.due().toString(),
        words.get("letter.subject." + kind.name(), words.entered(Option.some(letter.request()))),
        opening(letter, request, words),
        decision(kind, outcome, words),
        words.get(kind == LetterKind.CONFIRMATION ? "letter.granted" : "letter.reasons"),
        reasons(letter, result, outcome, request, words),
        rule.name(),
        words.get("letter.citation", rule.description(words.locale()), rule.source(), rule.name()),
        scenario
            .analyst()
            .filter(a -> !a.isBlank())
            .map(a -> words.get("letter.signedBy", words.entered(Option.some(a))))
            .getOrElse(words.get("letter.signedByOffice")));
  }

  /** The request the letter answers, as entered: its type, date of receipt and places. */
  private static String opening(Letter letter, Option<Request> request, Words words) {
    String id = words.entered(Option.some(letter.request()));
    if (request.isEmpty()) {
      return words.get("letter.opening.unknown", id);
    }
    Request entered = request.get();
    String type = entered.type().getOrElse("");
    String typeWords =
        List.of("INCREASE", "OBTENTION", "DECREASE").contains(type)
            ? words.get("letter.type." + type)
            : words.get("letter.type.other");
    return words.get(
        "letter.opening",
        id,
        typeWords,
        words.entered(entered.receivedOn()),
        entered.places().map(BigDecimal::intValue).getOrElse(0));
  }

  /** What was decided, in a sentence: the letter's kind, and a decrease's outcome. */
  private static String decision(LetterKind kind, Option<RequestResult> outcome, Words words) {
    int remaining = outcome.map(RequestResult::placesRemaining).getOrElse(0);
    return switch (kind) {
      case CONFIRMATION -> words.get("letter.decision.CONFIRMATION");
      case REFUSAL -> words.get("letter.decision.REFUSAL");
      case WAITING_REGISTER -> words.get("letter.decision.WAITING_REGISTER", remaining);
      case DECISION -> words.get("letter.decision.DECISION", remaining);
      case DECREASE_DECISION ->
          outcome.exists(o -> o.status() == RequestStatus.GRANTED)
              ? words.get("letter.decision.DECREASE_GRANTED")
              : words.get("letter.decision.DECREASE_REFUSED");
    };
  }

  private static List<Reason> reasons(
      Letter letter,
      AllocationResult result,
      Option<RequestResult> outcome,
      Option<Request> request,
      Words words) {
    List<Tuple2<String, TrailEvent>> events = events(result, letter.request());
    return switch (letter.letter()) {
      case CONFIRMATION ->
          letter
              .grants()
              .map(
                  grant -> {
                    String on = authorizedOn(events, grant.batch());
                    return new Reason(
                        grant.batch(),
                        Rule.ALLOC_BOARD_DECISION.name(),
                        words.get(
                            grant.until().isEmpty() ? "reason.grant" : "reason.grant.temporary",
                            words.value(grant.batch()),
                            grant.places(),
                            on.isEmpty() ? "" : words.get("reason.grant.on", grant.places(), on),
                            grant.until().map(LocalDate::toString).getOrElse("")));
                  });
      case REFUSAL ->
          events.filter(pair -> withdraws(pair._2)).map(pair -> reason(pair._1, pair._2, words));
      case WAITING_REGISTER, DECISION -> {
        List<Reason> steps =
            events
                .filter(pair -> !(pair._2 instanceof TrailEvent.Candidate))
                .map(pair -> reason(pair._1, pair._2, words));
        yield steps.isEmpty()
            ? List.of(new Reason("", letter.rule().name(), words.get("reason.notReached")))
            : steps;
      }
      case DECREASE_DECISION -> decrease(outcome, request, words);
    };
  }

  /** The events of the run about {@code request}, each with its batch, in the order of the run. */
  static List<Tuple2<String, TrailEvent>> events(AllocationResult result, String request) {
    return result
        .batches()
        .flatMap(
            (BatchResult batch) ->
                batch
                    .trail()
                    .filter(event -> event.request().contains(request))
                    .map(event -> new Tuple2<>(batch.id(), event)));
  }

  /** The events that withdraw a request: a decline or failed checks not kept, a board refusal. */
  private static boolean withdraws(TrailEvent event) {
    if (event instanceof TrailEvent.NotMaintained notMaintained) {
      return !notMaintained.kept();
    } else if (event instanceof TrailEvent.NotConform notConform) {
      return !notConform.kept();
    }
    return event instanceof TrailEvent.BoardRefused;
  }

  private static String authorizedOn(List<Tuple2<String, TrailEvent>> events, String batch) {
    return events
        .filter(pair -> pair._1.equals(batch))
        .map(Tuple2::_2)
        .filter(TrailEvent.Authorized.class::isInstance)
        .map(event -> ((TrailEvent.Authorized) event).on().toString())
        .lastOption()
        .getOrElse("");
  }

  /** One event of the request's trail, addressed to its provider. */
  static Reason reason(String batchId, TrailEvent event, Words words) {
    String batch = words.entered(Option.some(batchId));
    String rule = event.rule().name();
    String key = "reason." + event.event();
    String text;
    if (event instanceof TrailEvent.NotMaintained notMaintained) {
      text = words.get(key, batch, notMaintained.kept() ? 1 : 0);
    } else if (event instanceof TrailEvent.NotConform notConform) {
      text = words.get(key, batch, checks(notConform.failed(), words), notConform.kept() ? 1 : 0);
    } else if (event instanceof TrailEvent.BoardRefused refused) {
      text = words.get(key, batch, refused.places(), refused.on().toString());
    } else if (event instanceof TrailEvent.Authorized authorized) {
      text = words.get(key, batch, authorized.places(), authorized.on().toString());
    } else if (event instanceof TrailEvent.Recommended recommended) {
      text =
          words.get(
              key,
              batch,
              recommended.places(),
              recommended.until().map(LocalDate::toString).getOrElse(""));
    } else if (event instanceof TrailEvent.ProviderExcluded excluded) {
      text = words.get(key, batch, words.get("exclusion." + excluded.reason().name()));
    } else {
      text = words.get(key, batch);
    }
    return new Reason(batchId, rule, text);
  }

  /** The checks failed, by their names in the page's language, in the order of step 2. */
  static String checks(List<String> failed, Words words) {
    return failed
        .map(check -> CHECKS.contains(check) ? words.get("check." + check) : check)
        .mkString(words.get("list.separator"));
  }

  private static List<Reason> decrease(
      Option<RequestResult> outcome, Option<Request> request, Words words) {
    if (outcome.isEmpty()) {
      return List.empty();
    }
    RequestResult result = outcome.get();
    Rule rule = result.rule().getOrElse(Rule.ALLOC_DECREASE_NOTICE);
    String reason = request.flatMap(Request::reason).getOrElse("");
    String requested = words.entered(request.flatMap(Request::requestedDate));
    String until = words.entered(request.flatMap(Request::until));
    String text;
    if (result.status() == RequestStatus.GRANTED) {
      String effective = result.effectiveOn().map(LocalDate::toString).getOrElse("");
      boolean postponed = !request.flatMap(Request::requestedDate).contains(effective);
      text =
          words.get(
              "reason.decrease.granted",
              effective,
              requested,
              postponed ? 1 : 0,
              "SUSPENSION".equals(reason) ? 1 : 0,
              until);
    } else if (rule == Rule.SUSPENSION_TOO_LONG) {
      text = words.get("reason.decrease.tooLong", requested, until);
    } else {
      text = words.get("reason.decrease.notice", requested, until);
    }
    return List.of(new Reason("", rule.name(), text));
  }
}
