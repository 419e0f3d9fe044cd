package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.Departure;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.NaturalOrder;
import io.github.childcarerules.allocation.PendingRecommendation;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.internal.Reading.Decision;
import io.github.childcarerules.allocation.internal.Reading.Pair;
import io.github.childcarerules.allocation.internal.Reading.Place;
import io.github.childcarerules.allocation.internal.Reading.Sent;
import io.github.childcarerules.allocation.internal.Reading.Supplier;
import io.github.childcarerules.allocation.internal.RequestLife.Cause;
import io.github.childcarerules.allocation.internal.RequestLife.Grant;
import io.github.childcarerules.allocation.internal.StepOne.Search;
import io.github.childcarerules.allocation.internal.StepTwo.Awaiting;
import io.github.childcarerules.allocation.internal.StepTwo.Conform;
import io.github.childcarerules.allocation.internal.StepTwo.Declined;
import io.github.childcarerules.allocation.internal.StepTwo.Failed;
import io.github.childcarerules.allocation.internal.StepTwo.Verification;
import io.github.childcarerules.allocation.internal.Walk.Called;
import io.github.childcarerules.allocation.internal.Walk.Visit;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The audit of RULES.md §10 on a scenario read by {@link ScenarioReader}: §9 replayed batch by
 * batch on the real state of the register. For each batch, §9's walk ({@link Walk}, with the
 * board's refusals of that batch and as if none of its pairs had been authorized) is the yardstick;
 * each pair the board authorized is judged against it ({@link #judge}), the authorized pairs take
 * the batch's places, the walk's undecided recommendations reserve what is left, and the register
 * takes what really happened. Letters and answers are judged on the real outcomes at the end.
 */
public final class Audit {
  private final Reading reading;
  private final Engine.Start start;
  private final Register register;
  private final java.util.List<Departure> departures = new ArrayList<>();
  private final java.util.List<PendingRecommendation> pending = new ArrayList<>();
  private final Map<String, java.util.List<Authorization>> authorized = new HashMap<>();

  /** A pair the board authorized. */
  private record Authorization(Ask ask, Decision decision) {}

  private Audit(Reading reading) {
    this.reading = reading;
    this.start = Engine.Start.of(reading);
    this.register = start.register();
    Map<String, Ask> asks = new HashMap<>();
    reading.asks().forEach(ask -> asks.put(ask.id(), ask));
    reading
        .board()
        .forEach(
            (pair, decision) -> {
              if (decision.authorized()) {
                // the checks saw to it that a decision names an increase or obtention request
                Ask ask = Objects.requireNonNull(asks.get(pair.request()), pair.request());
                authorized
                    .computeIfAbsent(pair.batch(), batch -> new ArrayList<>())
                    .add(new Authorization(ask, decision));
              }
            });
  }

  /**
   * Audits the decisions of a scenario that passed its checks.
   *
   * @param reading the scenario's typed reading
   * @return the departures, the pending recommendations and the real outcomes
   */
  public static AuditResult of(Reading reading) {
    Audit audit = new Audit(reading);
    for (Place place : audit.start.places()) {
      audit.batch(place);
    }
    java.util.List<RequestResult> requests = new ArrayList<>(audit.start.decreases());
    Outcomes outcomes = new Outcomes(audit.start.delay(), reading.asOf());
    for (Ask ask : reading.asks()) {
      requests.add(outcomes.of(audit.register.life(ask)));
    }
    audit.letters(outcomes);
    return new AuditResult(
        List.ofAll(audit.departures),
        List.ofAll(audit.pending),
        List.ofAll(requests).sortBy(NaturalOrder.IDS, RequestResult::id));
  }

  /** One authorized pair of a batch, with what the walk makes of its request. */
  private record Judged(Ask ask, Decision decision, Standing standing, int places) {}

  /** Where the walk of a batch stands a request: recommended, a later candidate, or passed over. */
  private sealed interface Standing {}

  /** The walk recommends it for {@code places}. */
  private record Recommended(int places) implements Standing {}

  /** A candidate the walk reaches only after the places ran out or it stopped. */
  private record Later() implements Standing {}

  /** Passed over for a reason, or never met: the §9 rule a grant to it breaks. */
  private record PassedOver(Rule breaks) implements Standing {}

  private void batch(Place place) {
    Walk walk =
        Walk.of(
            place,
            start.stepOne(),
            register,
            reading.suppliers(),
            // the board's refusals send the places on; its authorizations are what is judged
            pair ->
                Option.of(reading.board().get(pair)).filter(decision -> !decision.authorized()));
    java.util.List<Search> searches = start.stepOne().searches(place);
    Map<String, Visit> visits = new HashMap<>();
    walk.visits.forEach(visit -> visits.put(visit.ask().id(), visit));

    // the pairs the board authorized, in the walk's order; requests it never meets last
    java.util.List<Judged> judged = new ArrayList<>();
    for (Authorization pair : authorized.getOrDefault(place.id(), java.util.List.of())) {
      Ask ask = pair.ask();
      Standing standing = standing(place, searches, ask, Option.of(visits.get(ask.id())));
      int walkPlaces = standing instanceof Recommended r ? r.places() : 1;
      judged.add(
          new Judged(
              ask, pair.decision(), standing, pair.decision().places().getOrElse(walkPlaces)));
    }
    judged.sort(walkOrder(searches));

    // the authorized pairs take the batch's places first, then the walk's undecided
    // recommendations reserve what is left, in the walk's order
    int authorized = judged.stream().mapToInt(Judged::places).sum();
    int left = Math.max(0, place.places() - authorized);
    Map<Ask, Integer> reserved = new LinkedHashMap<>();
    java.util.List<Ask> unserved = new ArrayList<>();
    for (Visit visit : walk.visits) {
      if (visit instanceof Called called && !isAuthorized(place, called.ask().id())) {
        if (called.verification() instanceof Conform conform && called.decision().isEmpty()) {
          int places = Math.min(conform.places(), left);
          left -= places;
          if (places > 0) {
            reserved.put(called.ask(), places);
            pending.add(new PendingRecommendation(place.id(), called.ask().id(), places));
          } else {
            unserved.add(called.ask());
          }
        } else if (called.verification() instanceof Awaiting) {
          unserved.add(called.ask()); // its eligibility unverified: it came first all the same
        }
      }
    }

    int taken = 0;
    for (Judged pair : judged) {
      judge(place, searches, pair, unserved, place.places() - taken);
      taken += pair.places();
    }
    apply(place, walk, judged, reserved);
  }

  /**
   * The departures of one authorized pair (RULES.md §10, "Departures"): a grant the walk passes
   * over, a grant to a later candidate ahead of requests that came first, places beyond the limit.
   */
  private void judge(
      Place place,
      java.util.List<Search> searches,
      Judged pair,
      java.util.List<Ask> unserved,
      int leftBefore) {
    Ask ask = pair.ask();
    Option<String> reason = pair.decision().reason();
    LocalDate on = pair.decision().on();
    List<String> passedOver = passedOver(place, searches, ask, unserved);
    java.util.List<Departure> found = new ArrayList<>();
    if (pair.standing() instanceof PassedOver over) {
      depart(
          found,
          Rule.AUDIT_GRANT_NOT_ELIGIBLE,
          new Departure.GrantNotEligible(
              place.id(), ask.id(), on, over.breaks(), passedOver, reason));
    } else if (pair.standing() instanceof Later && !passedOver.isEmpty()) {
      depart(
          found,
          Rule.AUDIT_SKIPPED_EARLIER,
          new Departure.SkippedEarlier(place.id(), ask.id(), on, passedOver, reason));
    }
    int limit = Math.max(0, leftBefore);
    if (pair.standing() instanceof Recommended recommended) {
      limit = Math.min(limit, recommended.places());
    }
    if (pair.places() > limit) {
      depart(
          found,
          Rule.AUDIT_GRANT_EXCEEDS,
          new Departure.GrantExceeds(place.id(), ask.id(), pair.places(), limit, reason));
    }
    found.sort(Comparator.comparing(departure -> departure.rule().name()));
    departures.addAll(found);
  }

  /** Adds a departure; {@code rule} is the rule the calling line decides. */
  private static void depart(java.util.List<Departure> found, Rule rule, Departure departure) {
    if (departure.rule() != rule) {
      throw new IllegalStateException(departure.rule() + " is not " + rule);
    }
    found.add(departure);
  }

  /**
   * The requests the walk put first that got none of the batch's places; when the scenario gives no
   * order of the other sectors, a grant to a request of another sector the batch's search reaches
   * is judged only against the requests of its own sector (the order of those sectors is the
   * analyst's to weigh). A sector the search never reaches has no place in that order: a grant
   * there is judged against every request the walk put first.
   */
  private List<String> passedOver(
      Place place, java.util.List<Search> searches, Ask ask, java.util.List<Ask> unserved) {
    boolean weighed =
        reading.sectorOrder().isEmpty()
            && !ask.sector().equals(place.sector())
            && searches.stream().anyMatch(search -> search.sector().equals(ask.sector()));
    return List.ofAll(unserved)
        .filter(earlier -> !weighed || earlier.sector().equals(ask.sector()))
        .map(Ask::id);
  }

  /** What the walk of {@code place} makes of {@code ask}, met or only placed in its searches. */
  private Standing standing(
      Place place, java.util.List<Search> searches, Ask ask, Option<Visit> visit) {
    for (Visit met : visit) {
      return standing(met);
    }
    if (place.isUsed() && ask.type() == RequestType.OBTENTION) {
      return new PassedOver(Rule.ALLOC_STEP1_OBTENTION_LIST);
    }
    if (searchIndex(searches, ask) < 0) {
      return new PassedOver(Rule.ALLOC_STEP1_OTHER_SECTOR);
    }
    RequestLife life = register.life(ask);
    for (RequestLife.Withdrawal withdrawal : life.withdrawal()) {
      return new PassedOver(
          withdrawal.cause() == Cause.BOARD_REFUSED
              ? Rule.ALLOC_BOARD_DECISION
              : Rule.ALLOC_STEP2_MAINTAIN);
    }
    if (life.asks(place.isTemporary()) == 0) {
      return new PassedOver(Rule.ALLOC_STEP2_RECOMMEND);
    }
    Supplier supplier = Objects.requireNonNull(reading.suppliers().get(ask.provider()));
    StepOne.Screen screen = start.stepOne().screen(place, life, supplier);
    if (screen instanceof StepOne.Excluded) {
      return new PassedOver(Rule.ALLOC_STEP1_PROVIDER_EXCLUDED);
    } else if (screen instanceof StepOne.Mismatch) {
      return new PassedOver(Rule.ALLOC_STEP1_PROFILE);
    }
    Verification verification = StepTwo.verify(place, life, supplier, place.places());
    return verification instanceof Conform ? new Later() : passedOver(verification);
  }

  private static Standing standing(Visit visit) {
    if (visit instanceof Walk.Excluded) {
      return new PassedOver(Rule.ALLOC_STEP1_PROVIDER_EXCLUDED);
    } else if (visit instanceof Walk.Mismatch) {
      return new PassedOver(Rule.ALLOC_STEP1_PROFILE);
    }
    Called called = (Called) visit;
    return called.verification() instanceof Conform conform
        ? new Recommended(conform.places())
        : passedOver(called.verification());
  }

  private static Standing passedOver(Verification verification) {
    if (verification instanceof Declined) {
      return new PassedOver(Rule.ALLOC_STEP2_MAINTAIN);
    } else if (verification instanceof Failed) {
      return new PassedOver(Rule.ALLOC_STEP2_CONFORMITY);
    }
    return new PassedOver(Rule.ALLOC_STEP2_AWAITING);
  }

  /** §9's order of the walk: by search, then chronologically; requests never met last, by id. */
  private static Comparator<Judged> walkOrder(java.util.List<Search> searches) {
    return Comparator.<Judged>comparingInt(
            pair -> {
              int index = searchIndex(searches, pair.ask());
              return index < 0 ? Integer.MAX_VALUE : index;
            })
        .thenComparing(
            (a, b) ->
                searchIndex(searches, a.ask()) < 0
                    ? NaturalOrder.IDS.compare(a.ask().id(), b.ask().id())
                    : Ask.CHRONOLOGICAL.compare(a.ask(), b.ask()));
  }

  private static int searchIndex(java.util.List<Search> searches, Ask ask) {
    for (int i = 0; i < searches.size(); i++) {
      Search search = searches.get(i);
      if (search.sector().equals(ask.sector()) && search.list() == ask.type()) {
        return i;
      }
    }
    return -1;
  }

  private boolean isAuthorized(Place place, String request) {
    return Option.of(reading.board().get(new Pair(place.id(), request)))
        .exists(Decision::authorized);
  }

  /**
   * The real state takes the batch's authorized places, the places its pending recommendations
   * reserve, and what the walk recorded for the requests it reached.
   */
  private void apply(
      Place place, Walk walk, java.util.List<Judged> judged, Map<Ask, Integer> reserved) {
    for (Visit visit : walk.visits) {
      if (visit instanceof Called called) {
        RequestLife life = register.life(called.ask());
        Verification verification = called.verification();
        if (verification instanceof Conform) {
          for (Decision refused : called.decision()) {
            life = life.refusedByBoard(refused.on());
          }
        } else {
          life = Engine.apply(life, place, called);
        }
        register.update(life);
      }
    }
    for (Judged pair : judged) {
      register.update(
          register
              .life(pair.ask())
              .authorized(
                  new Grant(place.id(), pair.places(), place.until(), pair.decision().on())));
    }
    reserved.forEach(
        (ask, places) -> register.update(register.life(ask).reserved(places, place.isTemporary())));
  }

  /**
   * Letters and answers judged on the real outcomes: a letter §9 calls for and not sent by its due
   * date before the audit's date, a letter due by {@code decisionDue} sent after it, and a request
   * answered late when no letter departure already reports it.
   */
  private void letters(Outcomes outcomes) {
    Map<String, Map<LetterKind, LocalDate>> sent = new HashMap<>();
    for (Sent letter : reading.lettersSent()) {
      sent.computeIfAbsent(letter.request(), r -> new HashMap<>())
          .merge(letter.letter(), letter.sentOn(), (a, b) -> a.isBefore(b) ? a : b);
    }
    java.util.List<Departure> found = new ArrayList<>();
    java.util.List<RequestAnswer> answers = new ArrayList<>();
    for (Ask ask : reading.asks()) {
      RequestLife life = register.life(ask);
      List<Letter> due = outcomes.letters(life);
      answers.add(new RequestAnswer(ask.id(), ask.received(), ask.answeredOn(), due));
    }
    for (Reading.Cut cut : reading.decreases()) {
      answers.add(
          new RequestAnswer(
              cut.id(), cut.received(), cut.answeredOn(), outcomes.letter(cut).toList()));
    }
    Delay delay = start.delay();
    for (RequestAnswer request : answers) {
      Map<LetterKind, LocalDate> letters = sent.getOrDefault(request.id(), Map.of());
      LocalDate decisionDue = delay.due(request.received());
      boolean reported = false;
      for (Letter letter : request.due()) {
        Option<LocalDate> sentOn = Option.of(letters.get(letter.letter()));
        if (sentOn.isEmpty() && letter.due().isBefore(reading.asOf())) {
          depart(
              found,
              Rule.AUDIT_LETTER_MISSING,
              new Departure.LetterMissing(request.id(), letter.letter(), letter.due()));
          reported = true;
        }
        // only a letter due by decisionDue has a deadline; one reporting a later decision has none
        for (LocalDate day : sentOn.filter(d -> letter.due().equals(decisionDue))) {
          if (day.isAfter(letter.due())) {
            depart(
                found,
                Rule.AUDIT_LETTER_LATE,
                new Departure.LetterLate(request.id(), letter.letter(), letter.due(), day));
            reported = true;
          }
        }
      }
      Option<LocalDate> firstLetter = List.ofAll(letters.values()).min().orElse(Option.none());
      Option<LocalDate> answered =
          List.of(request.answeredOn(), firstLetter)
              .flatMap(day -> day)
              .min()
              .orElse(Option.none());
      if (!reported && delay.late(decisionDue, answered)) {
        depart(
            found,
            Rule.AUDIT_ANSWER_LATE,
            new Departure.AnswerLate(request.id(), decisionDue, answered));
      }
    }
    found.sort(
        Comparator.comparing(Departure::request, NaturalOrder.IDS)
            .thenComparing(departure -> departure.rule().name())
            .thenComparing(Audit::letterName));
    departures.addAll(found);
  }

  private static String letterName(Departure departure) {
    if (departure instanceof Departure.LetterMissing missing) {
      return missing.letter().name();
    } else if (departure instanceof Departure.LetterLate late) {
      return late.letter().name();
    }
    return "";
  }

  /** A request, and the letters §9 calls for about it on the real outcomes. */
  private record RequestAnswer(
      String id, LocalDate received, Option<LocalDate> answeredOn, List<Letter> due) {}
}
