package io.github.childcarerules.allocation.internal;

import static io.vavr.API.For;

import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.internal.Reading.Child;
import io.github.childcarerules.allocation.internal.Reading.Conformity;
import io.github.childcarerules.allocation.internal.Reading.Cut;
import io.github.childcarerules.allocation.internal.Reading.Decision;
import io.github.childcarerules.allocation.internal.Reading.Pair;
import io.github.childcarerules.allocation.internal.Reading.Place;
import io.github.childcarerules.allocation.internal.Reading.SectorFacts;
import io.github.childcarerules.allocation.internal.Reading.Sent;
import io.github.childcarerules.allocation.internal.Reading.Supplier;
import io.github.childcarerules.allocation.internal.Reading.Suspension;
import io.github.childcarerules.allocation.internal.Reading.Verdict;
import io.github.childcarerules.allocation.scenario.AgeGroup;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BatchKind;
import io.github.childcarerules.allocation.scenario.BatchStatus;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.ChildProfile;
import io.github.childcarerules.allocation.scenario.DecreaseReason;
import io.github.childcarerules.allocation.scenario.LetterSent;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Origin;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.core.internal.Findings;
import io.github.childcarerules.core.internal.reading.Entered;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.rule.ViolationPaths;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The scenario checks of RULES.md §9 ("Scenario checks", with {@code DATE_FORMAT} and {@code
 * VALUE_NOT_ALLOWED} as in records) and, in the same pass, the reading of the scenario into typed
 * values: each value is checked once, at its JSON path, and read once into the {@link Reading} the
 * steps work on. A rule needing a value that is absent, malformed or unknown is skipped for it. The
 * reading is given only when nothing was found, so no step ever meets a value the checks refused.
 */
public final class ScenarioReader {
  private final Findings findings = new Findings();

  private ScenarioReader() {}

  /**
   * Every problem of {@code scenario}, or its typed reading when it has none.
   *
   * @param scenario the scenario as entered
   * @return the violations in no particular order, or the reading
   * @throws IllegalArgumentException when a request's written answer would be due after 9999-12-31
   *     (received after 9999-12-01), naming its path
   */
  public static Validation<List<Violation>, Reading> read(Scenario scenario) {
    ScenarioReader reader = new ScenarioReader();
    Option<Reading> reading = reader.scenario(scenario);
    return reading.filter(read -> reader.findings.none()).toValidation(reader.findings::all);
  }

  private Option<Reading> scenario(Scenario scenario) {
    Option<LocalDate> asOf = date(required(scenario.asOf(), At.ROOT, "asOf"), At.ROOT, "asOf");
    Map<String, SectorFacts> sectors = sectors(scenario.sectors());
    java.util.List<Place> batches = batches(scenario.batches());
    // every batch entered with an id is a batch of the scenario, whatever its other values
    Set<String> batchIds = sized(scenario.batches().size());
    for (Batch batch : scenario.batches()) {
      Option<String> id = Entered.text(batch.id());
      if (id.isDefined()) {
        batchIds.add(id.get());
      }
    }
    int requestCount = scenario.requests().size();
    Set<String> offers = sized(batchIds.size() + requestCount);
    offers.addAll(batchIds);
    Set<String> requestIds = sized(requestCount);
    Set<String> answerable = sized(requestCount);
    // each request's id, when given, is the first of its list or a repeat of an earlier one
    boolean[] firstIds = new boolean[requestCount];
    int r = 0;
    for (Request request : scenario.requests()) {
      Option<String> id = Entered.text(request.id());
      Option<RequestType> type = constant(request.type(), RequestType.class);
      firstIds[r++] = id.isDefined() && requestIds.add(id.get());
      if (id.isDefined() && type.isDefined()) {
        (type.get() == RequestType.DECREASE ? offers : answerable).add(id.get());
      }
    }
    Map<String, Supplier> suppliers = providers(scenario.providers(), offers);
    java.util.List<Ask> asks = new ArrayList<>();
    java.util.List<Cut> decreases = new ArrayList<>();
    requests(scenario.requests(), firstIds, asOf, batchIds, suppliers, asks, decreases);
    Map<Pair, Decision> board = boardDecisions(scenario.boardDecisions(), offers, answerable);
    java.util.List<String> order = sectorOrder(scenario.sectorOrder(), sectors.keySet());
    java.util.List<Sent> sent = lettersSent(scenario.lettersSent(), requestIds);
    return asOf.map(
        date ->
            new Reading(
                date,
                Entered.text(scenario.analyst()),
                Set.copyOf(scenario.ministerialPriorities().toJavaList()),
                sectors,
                suppliers,
                batches,
                asks,
                decreases,
                order,
                board,
                sent));
  }

  private Map<String, SectorFacts> sectors(List<Sector> sectors) {
    Map<String, SectorFacts> read = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    sectors.forEachWithIndex(
        (sector, i) -> {
          At at = At.element("sectors", i);
          Option<String> name = unique(required(sector.name(), at, ".name"), names, at, ".name");
          Option<BigInteger> children = count(sector.children(), at, ".children");
          Option<BigInteger> places = count(sector.places(), at, ".places");
          Option<BigInteger> needs = count(sector.parentNeeds(), at, ".parentNeeds");
          Option<BigInteger> installations =
              sector.installationPlaces().isEmpty()
                  ? Option.some(BigInteger.ZERO)
                  : count(sector.installationPlaces(), at, ".installationPlaces");
          For(name, children, places, needs, installations)
              .yield((n, c, p, e, s) -> new SectorFacts(n, c, p.add(s), e))
              .forEach(facts -> read.put(facts.name(), facts));
        });
    return read;
  }

  private java.util.List<Place> batches(List<Batch> batches) {
    Set<String> ids = sized(batches.size());
    java.util.List<Place> read = new ArrayList<>(batches.size());
    batches.forEachWithIndex(
        (batch, i) -> {
          At at = At.element("batches", i);
          Option<String> id = unique(required(batch.id(), at, ".id"), ids, at, ".id");
          Option<Integer> places = places(batch.places(), at, ".places");
          Option<String> sector = required(batch.sector(), at, ".sector");
          Option<LocalDate> availableOn =
              date(required(batch.availableOn(), at, ".availableOn"), at, ".availableOn");
          Option<BatchKind> kind = required(batch.kind(), BatchKind.class, at, ".kind");
          Option<LocalDate> until = date(batch.until(), at, ".until");
          Option<BatchStatus> status = required(batch.status(), BatchStatus.class, at, ".status");
          Option<Origin> origin = required(batch.origin(), Origin.class, at, ".origin");
          Option<Option<LocalDate>> end =
              kind.flatMap(
                  k -> end(k, Entered.given(batch.until()), until, availableOn, at.path(".until")));
          Option<Option<Child>> child = status.flatMap(s -> child(s, batch.child(), at));
          For(id, places, sector, availableOn, end, origin, child)
              .yield(
                  (b, p, s, a, u, o, c) ->
                      new Place(b, p, s, a, u, o, c, Entered.text(batch.provider())))
              .forEach(read::add);
        });
    return read;
  }

  /** A temporary batch's end, given and not before its availability; a permanent batch's none. */
  private Option<Option<LocalDate>> end(
      BatchKind kind,
      boolean given,
      Option<LocalDate> until,
      Option<LocalDate> availableOn,
      String at) {
    if (kind == BatchKind.PERMANENT) {
      findings.reportIf(given, Rule.SCENARIO_TEMPORARY_WITHOUT_END, at);
      return given ? Option.none() : Option.some(Option.none());
    }
    boolean before = Entered.endBeforeStart(availableOn, until);
    findings.reportIf(!given || before, Rule.SCENARIO_TEMPORARY_WITHOUT_END, at);
    return before ? Option.none() : until.map(Option::some);
  }

  /** A used batch's child, with a whole age from 0; a free batch has none. */
  private Option<Option<Child>> child(BatchStatus status, Option<ChildProfile> entered, At at) {
    Option<ChildProfile> profile = entered.filter(child -> !child.isAbsent());
    if (status == BatchStatus.FREE) {
      reportIf(profile.isDefined(), Rule.SCENARIO_USED_WITHOUT_CHILD, at, ".child");
      return profile.isDefined() ? Option.none() : Option.some(Option.none());
    }
    if (profile.isEmpty()) {
      report(Rule.SCENARIO_USED_WITHOUT_CHILD, at, ".child");
      return Option.none();
    }
    ChildProfile child = profile.get();
    Option<Integer> age = child.ageMonths().flatMap(ScenarioReader::whole).filter(m -> m >= 0);
    reportIf(age.isEmpty(), Rule.SCENARIO_USED_WITHOUT_CHILD, at, ".child.ageMonths");
    Option<String> sex = Entered.text(child.sex());
    boolean sexAllowed = sex.forAll(ScenarioReader.SEXES::contains);
    if (!sexAllowed) {
      report(Rule.VALUE_NOT_ALLOWED, at, ".child.sex", String.join(", ", SEXES));
    }
    return age.filter(months -> sexAllowed)
        .map(months -> Option.some(new Child(months, sex, child.needs(), child.characteristics())));
  }

  private static final java.util.List<String> SEXES = java.util.List.of("F", "M", "X");

  private Map<String, Supplier> providers(List<Provider> providers, Set<String> offers) {
    Map<String, Supplier> read = new LinkedHashMap<>(capacity(providers.size()));
    Set<String> ids = sized(providers.size());
    providers.forEachWithIndex(
        (provider, i) -> {
          At at = At.element("providers", i);
          Option<String> id = unique(required(provider.id(), at, ".id"), ids, at, ".id");
          required(provider.sector(), at, ".sector");
          reportIf(provider.offer().isEmpty(), Rule.SCENARIO_FIELD_REQUIRED, at, ".offer");
          Set<AgeGroup> groups = EnumSet.noneOf(AgeGroup.class);
          if (provider.offer().isDefined()) {
            int g = 0;
            for (String group : provider.offer().get().ageGroups()) {
              Option<AgeGroup> listed =
                  listed(group, AgeGroup.class, At.element(at, ".offer.ageGroups", g), "");
              if (listed.isDefined()) {
                groups.add(listed.get());
              }
              g++;
            }
          }
          Option<Verdict> answers =
              provider.answers().flatMap(given -> verdict(given, At.field(at, ".answers")));
          Map<String, Verdict> byBatch = new HashMap<>();
          // most providers answer every offer alike: no sort of an empty map
          List<io.vavr.Tuple2<String, Answers>> byBatchEntered =
              provider.answersByBatch().isEmpty()
                  ? List.empty()
                  : provider.answersByBatch().toList().sortBy(entry -> entry._1);
          byBatchEntered.forEach(
              entry -> {
                At key = At.key(at, ".answersByBatch", entry._1);
                reportIf(
                    !offers.contains(entry._1), Rule.SCENARIO_UNKNOWN_REFERENCE, key, "", entry._1);
                verdict(entry._2, key).forEach(verdict -> byBatch.put(entry._1, verdict));
              });
          if (id.isDefined() && provider.offer().isDefined()) {
            Offer offer = provider.offer().get();
            read.put(
                id.get(),
                new Supplier(
                    id.get(),
                    Entered.text(provider.name()),
                    Entered.text(provider.address()),
                    groups,
                    copy(offer.needs()),
                    copy(offer.characteristics()),
                    answers,
                    byBatch));
          }
        });
    return read;
  }

  /** The values, as a set of Java; most providers' lists are empty. */
  private static <T> Set<T> copy(List<T> values) {
    return values.isEmpty() ? Set.of() : Set.copyOf(values.toJavaList());
  }

  /** An answers object that is given holds the eight required fields, whatever else it holds. */
  private Option<Verdict> verdict(Answers answers, At at) {
    Option<LocalDate> planned = date(answers.tenHourOfferPlannedOn(), at, ".tenHourOfferPlannedOn");
    Option<Boolean> maintains = answer(answers.maintainsRequest(), at, ".maintainsRequest");
    Option<Boolean> keeps = answer(answers.keepsRequest(), at, ".keepsRequest");
    Option<Boolean> forms = answer(answers.engagementFormsOnFile(), at, ".engagementFormsOnFile");
    Option<Boolean> suits = answer(answers.offerSuitsNeeds(), at, ".offerSuitsNeeds");
    Option<Boolean> matches =
        answer(answers.commitmentMatchesAgreements(), at, ".commitmentMatchesAgreements");
    Option<Boolean> tenHours = answer(answers.tenHourWeekdays(), at, ".tenHourWeekdays");
    Option<Boolean> meets = answer(answers.meetsPlaceNeeds(), at, ".meetsPlaceNeeds");
    Option<Integer> wanted = Option.none();
    if (answers.placesWanted().isEmpty()) {
      report(Rule.SCENARIO_ANSWERS_INCONSISTENT, at, ".placesWanted");
    } else {
      int minimum = maintains.contains(true) ? 1 : 0;
      wanted = answers.placesWanted().flatMap(ScenarioReader::whole).filter(n -> n >= minimum);
      reportIf(wanted.isEmpty(), Rule.SCENARIO_ANSWERS_INCONSISTENT, at, ".placesWanted");
    }
    if (maintains.isEmpty()
        || wanted.isEmpty()
        || keeps.isEmpty()
        || forms.isEmpty()
        || suits.isEmpty()
        || matches.isEmpty()
        || tenHours.isEmpty()
        || meets.isEmpty()) {
      return Option.none();
    }
    return Option.some(
        new Verdict(
            maintains.get(),
            wanted.get(),
            keeps.get(),
            new Conformity(forms.get(), suits.get(), matches.get(), tenHours.get(), meets.get()),
            planned,
            answers.complaintsOnFile(),
            Entered.text(answers.complaintDetails()),
            Entered.text(answers.followUp())));
  }

  private Option<Boolean> answer(Option<Boolean> value, At at, String field) {
    reportIf(value.isEmpty(), Rule.SCENARIO_ANSWERS_INCONSISTENT, at, field);
    return value;
  }

  /**
   * Each request, with whether its id (when given) is the first of its list: a repeated one is
   * reported at its path.
   */
  private void requests(
      List<Request> requests,
      boolean[] firstIds,
      Option<LocalDate> asOf,
      Set<String> batchIds,
      Map<String, Supplier> providers,
      java.util.List<Ask> asks,
      java.util.List<Cut> decreases) {
    int i = 0;
    for (Request request : requests) {
      request(
          request,
          At.element("requests", i),
          firstIds[i],
          asOf,
          batchIds,
          providers,
          asks,
          decreases);
      i++;
    }
  }

  private void request(
      Request request,
      At at,
      boolean firstId,
      Option<LocalDate> asOf,
      Set<String> batchIds,
      Map<String, Supplier> providers,
      java.util.List<Ask> asks,
      java.util.List<Cut> decreases) {
    Option<String> id = firstOnly(required(request.id(), at, ".id"), firstId, at, ".id");
    Option<RequestType> type = required(request.type(), RequestType.class, at, ".type");
    Option<String> provider = required(request.provider(), at, ".provider");
    Option<String> sector = required(request.sector(), at, ".sector");
    Option<LocalDate> received =
        date(required(request.receivedOn(), at, ".receivedOn"), at, ".receivedOn");
    Option<Integer> places = places(request.places(), at, ".places");
    Option<DecreaseReason> reason = optional(request.reason(), DecreaseReason.class, at, ".reason");
    Option<LocalDate> requested = date(request.requestedDate(), at, ".requestedDate");
    Option<LocalDate> until = date(request.until(), at, ".until");
    Option<LocalDate> answered = date(request.answeredOn(), at, ".answeredOn");
    if (received.isDefined() && !Delay.isWritable(received.get())) {
      Delay.requireWritable(received.get(), at.path(".receivedOn"));
    }
    // the register holds the requests received by the run's date
    if (Entered.endBeforeStart(received, asOf)) {
      report(Rule.SCENARIO_DATE_ORDER, at, ".receivedOn", "asOf", asOf.get().toString());
    }
    if (Entered.endBeforeStart(received, answered)) {
      report(Rule.SCENARIO_DATE_ORDER, at, ".answeredOn", "receivedOn", received.get().toString());
    }
    if (type.contains(RequestType.DECREASE)) {
      // a decrease request makes a batch that bears its id
      if (id.exists(batchIds::contains)) {
        report(Rule.SCENARIO_DUPLICATE_ID, at, ".id", id.get());
      }
      reportIf(!Entered.given(request.reason()), Rule.SCENARIO_DECREASE_INCOMPLETE, at, ".reason");
      reportIf(
          !Entered.given(request.requestedDate()),
          Rule.SCENARIO_DECREASE_INCOMPLETE,
          at,
          ".requestedDate");
      boolean suspension = reason.contains(DecreaseReason.SUSPENSION);
      reportIf(
          suspension && !Entered.given(request.until()),
          Rule.SCENARIO_DECREASE_INCOMPLETE,
          at,
          ".until");
      if (suspension && Entered.endBeforeStart(requested, until)) {
        report(Rule.SCENARIO_DATE_ORDER, at, ".until", "requestedDate", requested.get().toString());
      }
      Option<Option<Suspension>> suspended =
          suspension
              ? until.map(end -> Option.some(new Suspension(end, request.emergency())))
              : Option.some(Option.none());
      For(id, provider, sector, received, places, reason, requested, suspended)
          .yield((d, p, s, r, n, why, on, end) -> new Cut(d, p, s, r, n, answered, why, on, end))
          .forEach(decreases::add);
    } else if (type.isDefined()) {
      boolean listed = provider.isDefined() && providers.containsKey(provider.get());
      if (provider.isDefined() && !listed) {
        report(Rule.SCENARIO_UNKNOWN_PROVIDER, at, ".provider", provider.get());
      }
      if (id.isDefined()
          && listed
          && sector.isDefined()
          && received.isDefined()
          && places.isDefined()) {
        asks.add(
            new Ask(
                id.get(),
                type.get(),
                provider.get(),
                sector.get(),
                received.get(),
                places.get(),
                answered,
                asks.size()));
      }
    }
  }

  /**
   * Each board decision is complete, names a batch of the scenario and an increase or obtention
   * request, and is the only one for its pair.
   */
  private Map<Pair, Decision> boardDecisions(
      List<BoardDecision> decisions, Set<String> offers, Set<String> answerable) {
    Map<Pair, Decision> read = new HashMap<>();
    Set<Pair> pairs = new HashSet<>();
    decisions.forEachWithIndex(
        (decision, j) -> {
          At at = At.element("boardDecisions", j);
          Option<String> batch = required(decision.batch(), at, ".batch");
          Option<String> request = required(decision.request(), at, ".request");
          reportIf(
              decision.authorized().isEmpty(), Rule.SCENARIO_FIELD_REQUIRED, at, ".authorized");
          Option<LocalDate> on = date(required(decision.on(), at, ".on"), at, ".on");
          Option<LocalDate> sentOn = date(decision.confirmationSentOn(), at, ".confirmationSentOn");
          Option<Option<Integer>> places =
              decision.places().isEmpty()
                  ? Option.some(Option.none())
                  : places(decision.places(), at, ".places").map(Option::some);
          Option<String> known = batch.filter(offers::contains);
          reportIf(
              batch.isDefined() && known.isEmpty(),
              Rule.SCENARIO_UNKNOWN_REFERENCE,
              at,
              ".batch",
              batch.getOrElse(""));
          Option<String> asked = request.filter(answerable::contains);
          reportIf(
              request.isDefined() && asked.isEmpty(),
              Rule.SCENARIO_UNKNOWN_REFERENCE,
              at,
              ".request",
              request.getOrElse(""));
          Option<Pair> pair = For(batch, request).yield(Pair::new);
          Option<Pair> first = pair.filter(pairs::add);
          reportIf(
              pair.isDefined() && first.isEmpty(),
              Rule.SCENARIO_DUPLICATE_ID,
              at,
              "",
              pair.map(p -> p.batch() + "/" + p.request()).getOrElse(""));
          Option<Pair> decided = first.filter(p -> known.isDefined() && asked.isDefined());
          For(decided, decision.authorized(), on, places)
              .yield(
                  (p, authorized, day, n) ->
                      Tuple.of(
                          p,
                          new Decision(
                              authorized, day, sentOn, n, Entered.text(decision.reason()))))
              .forEach(entry -> read.put(entry._1, entry._2));
        });
    return read;
  }

  /** Each name of the analyst's order is a listed sector, named once. */
  private java.util.List<String> sectorOrder(List<String> order, Set<String> names) {
    Set<String> seen = new LinkedHashSet<>();
    order.forEachWithIndex(
        (name, k) -> {
          At at = At.element("sectorOrder", k);
          if (!names.contains(name)) {
            report(Rule.SCENARIO_UNKNOWN_REFERENCE, at, "", name);
          } else {
            reportIf(!seen.add(name), Rule.SCENARIO_DUPLICATE_ID, at, "", name);
          }
        });
    return java.util.List.copyOf(seen);
  }

  /** Each letter sent names a request of the scenario, a letter of §9 and its date. */
  private java.util.List<Sent> lettersSent(List<LetterSent> letters, Set<String> requests) {
    java.util.List<Sent> read = new ArrayList<>();
    letters.forEachWithIndex(
        (letter, k) -> {
          At at = At.element("lettersSent", k);
          Option<String> request = required(letter.request(), at, ".request");
          Option<String> known = request.filter(requests::contains);
          reportIf(
              request.isDefined() && known.isEmpty(),
              Rule.SCENARIO_UNKNOWN_REFERENCE,
              at,
              ".request",
              request.getOrElse(""));
          Option<LetterKind> kind = required(letter.letter(), LetterKind.class, at, ".letter");
          Option<LocalDate> sentOn = date(required(letter.sentOn(), at, ".sentOn"), at, ".sentOn");
          For(known, kind, sentOn).yield(Sent::new).forEach(read::add);
        });
    return read;
  }

  // ---- one value each, at the field {@code field} of {@code at}: the path is built only to report

  private Option<String> required(Option<String> value, At at, String field) {
    Option<String> entered = Entered.text(value);
    reportIf(entered.isEmpty(), Rule.SCENARIO_FIELD_REQUIRED, at, field);
    return entered;
  }

  /** A hash set for {@code size} elements, never resized on the way. */
  private static <T> Set<T> sized(int size) {
    return new HashSet<>(capacity(size));
  }

  /** The capacity of a hash set or map that holds {@code size} elements without growing. */
  private static int capacity(int size) {
    return size + size / 3 + 1;
  }

  /** The id when it is the first of its list ({@code seen} so far); see {@link #firstOnly}. */
  private Option<String> unique(Option<String> id, Set<String> seen, At at, String field) {
    return firstOnly(id, id.isEmpty() || seen.add(id.get()), at, field);
  }

  /**
   * The id when it is the first of its list ({@code first}); a repeated one is reported at its
   * path.
   */
  private Option<String> firstOnly(Option<String> id, boolean first, At at, String field) {
    if (id.isDefined() && !first) {
      report(Rule.SCENARIO_DUPLICATE_ID, at, field, id.get());
      return Option.none();
    }
    return id;
  }

  /** A batch's, request's or decision's places: a whole number of at least 1. */
  private Option<Integer> places(Option<BigDecimal> places, At at, String field) {
    if (places.isEmpty()) {
      report(Rule.SCENARIO_FIELD_REQUIRED, at, field);
      return Option.none();
    }
    Option<Integer> whole = places.flatMap(ScenarioReader::whole).filter(count -> count >= 1);
    reportIf(whole.isEmpty(), Rule.SCENARIO_PLACES_NOT_POSITIVE, at, field);
    return whole;
  }

  /** A sector's count: a whole number from 0. */
  private Option<BigInteger> count(Option<BigDecimal> count, At at, String field) {
    if (count.isEmpty()) {
      report(Rule.SCENARIO_FIELD_REQUIRED, at, field);
      return Option.none();
    }
    Option<BigInteger> whole =
        count.flatMap(ScenarioReader::wholeLong).filter(n -> n >= 0).map(BigInteger::valueOf);
    reportIf(whole.isEmpty(), Rule.SCENARIO_NEGATIVE_COUNT, at, field);
    return whole;
  }

  /** The date entered: none when absent or malformed, a malformed one reported as in records. */
  private Option<LocalDate> date(Option<String> value, At at, String field) {
    Option<LocalDate> date = Entered.date(value);
    if (date.isEmpty() && Entered.given(value)) {
      return findings.date(value, at.path(field));
    }
    return date;
  }

  private <E extends Enum<E>> Option<E> required(
      Option<String> value, Class<E> type, At at, String field) {
    Option<String> entered = required(value, at, field);
    return entered.isEmpty() ? Option.none() : listed(entered.get(), type, at, field);
  }

  private <E extends Enum<E>> Option<E> optional(
      Option<String> value, Class<E> type, At at, String field) {
    Option<String> entered = Entered.text(value);
    return entered.isEmpty() ? Option.none() : listed(entered.get(), type, at, field);
  }

  /** One of {@code type}'s values, exactly; anything else (a blank included) is reported. */
  private <E extends Enum<E>> Option<E> listed(String value, Class<E> type, At at, String field) {
    Enum<?> constant = CONSTANTS.get(type).get(value);
    if (constant == null) {
      report(Rule.VALUE_NOT_ALLOWED, at, field, allowed(type));
      return Option.none();
    }
    return Option.some(type.cast(constant));
  }

  /** Each enumeration's constants by name, built once per enumeration. */
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> byName = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            byName.put(value.name(), value);
          }
          return Map.copyOf(byName);
        }
      };

  private static <E extends Enum<E>> Option<E> constant(Option<String> value, Class<E> type) {
    if (value.isEmpty()) {
      return Option.none();
    }
    Enum<?> constant = CONSTANTS.get(type).get(value.get());
    return constant == null ? Option.none() : Option.some(type.cast(constant));
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** The number when it is a whole number that fits an {@code int}; none otherwise. */
  private static Option<Integer> whole(BigDecimal number) {
    try {
      return Option.some(number.intValueExact());
    } catch (ArithmeticException e) {
      return Option.none();
    }
  }

  /** The number when it is a whole number that fits a {@code long}; none otherwise. */
  private static Option<Long> wholeLong(BigDecimal number) {
    try {
      return Option.some(number.longValueExact());
    } catch (ArithmeticException e) {
      return Option.none();
    }
  }

  /** Reports {@code rule} at {@code field} of {@code at} when {@code broken}, quoting nothing. */
  private void reportIf(boolean broken, Rule rule, At at, String field) {
    if (broken) {
      findings.report(rule, at.path(field));
    }
  }

  private void reportIf(boolean broken, Rule rule, At at, String field, String argument) {
    if (broken) {
      report(rule, at, field, argument);
    }
  }

  private void report(Rule rule, At at, String field, String... arguments) {
    findings.report(rule, at.path(field), arguments);
  }

  /**
   * Where a value was entered: an element of a list ({@code requests[3]}), a field of such a place
   * ({@code providers[2].answers}), an entry of an object ({@code providers[2].answersByBatch.B1}),
   * or a path given whole; its text is built only for a problem.
   */
  private static final class At {
    static final At ROOT = of("");

    private final @Nullable At parent;
    private final String name;
    private final int index;

    /** The key of an entry of the object at {@code name} from the parent; null for other places. */
    private final @Nullable String key;

    private At(@Nullable At parent, String name, int index) {
      this(parent, name, index, null);
    }

    private At(@Nullable At parent, String name, int index, @Nullable String key) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.key = key;
    }

    /** The path {@code path}, as given. */
    static At of(String path) {
      return new At(null, path, -1);
    }

    /** The element {@code index} of the top-level list {@code list}: {@code list[index]}. */
    static At element(String list, int index) {
      return new At(null, list, index);
    }

    /** The element {@code index} of the list at {@code suffix} from {@code parent}. */
    static At element(At parent, String suffix, int index) {
      return new At(parent, suffix, index);
    }

    /** The value at {@code suffix} ({@code .answers}) from {@code parent}. */
    static At field(At parent, String suffix) {
      return new At(parent, suffix, -1);
    }

    /** The entry {@code key} of the object at {@code suffix} from {@code parent}. */
    static At key(At parent, String suffix, String key) {
      return new At(parent, suffix, -1, key);
    }

    String path() {
      String path = parent == null ? name : parent.path() + name;
      if (key != null) {
        return ViolationPaths.key(path, key);
      }
      return index < 0 ? path : path + "[" + index + "]";
    }

    /** The path of {@code field} ({@code .id}, or {@code ""} for this place itself). */
    String path(String field) {
      return path() + field;
    }
  }
}
