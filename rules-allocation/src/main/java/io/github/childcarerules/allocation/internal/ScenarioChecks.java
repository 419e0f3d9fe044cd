package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.scenario.AgeGroup;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BatchKind;
import io.github.childcarerules.allocation.scenario.BatchStatus;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.ChildProfile;
import io.github.childcarerules.allocation.scenario.DecreaseReason;
import io.github.childcarerules.allocation.scenario.Origin;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scenario checks of RULES.md §9, before any allocation: every problem of the scenario at its
 * JSON path, with {@code DATE_FORMAT} and {@code VALUE_NOT_ALLOWED} as in records. Rules needing a
 * value that is absent, malformed or unknown are skipped for it.
 */
public final class ScenarioChecks {
  private final Set<Violation> found = new LinkedHashSet<>();

  private ScenarioChecks() {}

  /** Every violation of {@code scenario}, in no particular order. */
  public static List<Violation> check(Scenario scenario) {
    ScenarioChecks checks = new ScenarioChecks();
    checks.date(checks.required(scenario.asOf(), "", "asOf"), "", "asOf");
    Set<String> names = checks.sectors(scenario.sectors());
    Set<String> batchIds = checks.batches(scenario.batches());
    Set<String> offers = new HashSet<>(batchIds);
    Set<String> answerable = new HashSet<>();
    for (Request request : scenario.requests()) {
      Option<String> id = Entered.text(request.id());
      Option<RequestType> type = Entered.constant(request.type(), RequestType.class);
      if (id.isDefined() && type.isDefined()) {
        (type.get() == RequestType.DECREASE ? offers : answerable).add(id.get());
      }
    }
    Set<String> providerIds = checks.providers(scenario.providers(), offers);
    checks.requests(scenario.requests(), batchIds, providerIds);
    checks.boardDecisions(scenario.boardDecisions(), offers, answerable);
    checks.sectorOrder(scenario.sectorOrder(), names);
    return List.ofAll(checks.found);
  }

  /**
   * Each board decision is complete, names a batch of the scenario and an increase or obtention
   * request, and is the only one for its pair.
   */
  private void boardDecisions(
      List<BoardDecision> decisions, Set<String> offers, Set<String> answerable) {
    Set<String> pairs = new HashSet<>();
    decisions.forEachWithIndex(
        (decision, j) -> {
          String at = "boardDecisions[" + j + "]";
          Option<String> batch = required(decision.batch(), at, ".batch");
          Option<String> request = required(decision.request(), at, ".request");
          reportIf(
              decision.authorized().isEmpty(), Rule.SCENARIO_FIELD_REQUIRED, at, ".authorized");
          date(required(decision.on(), at, ".on"), at, ".on");
          batch.forEach(
              id ->
                  reportIf(
                      !offers.contains(id), Rule.SCENARIO_UNKNOWN_REFERENCE, at, ".batch", id));
          request.forEach(
              id ->
                  reportIf(
                      !answerable.contains(id),
                      Rule.SCENARIO_UNKNOWN_REFERENCE,
                      at,
                      ".request",
                      id));
          if (batch.isDefined() && request.isDefined()) {
            String pair = batch.get() + '\u0000' + request.get();
            reportIf(
                !pairs.add(pair),
                Rule.SCENARIO_DUPLICATE_ID,
                at,
                "",
                batch.get() + "/" + request.get());
          }
        });
  }

  /** Each name of the analyst's order is a listed sector, named once. */
  private void sectorOrder(List<String> order, Set<String> names) {
    Set<String> seen = new HashSet<>();
    order.forEachWithIndex(
        (name, k) -> {
          String at = "sectorOrder[" + k + "]";
          if (!names.contains(name)) {
            report(Rule.SCENARIO_UNKNOWN_REFERENCE, at, "", name);
          } else {
            reportIf(!seen.add(name), Rule.SCENARIO_DUPLICATE_ID, at, "", name);
          }
        });
  }

  private Set<String> sectors(List<Sector> sectors) {
    Set<String> names = new HashSet<>();
    sectors.forEachWithIndex(
        (sector, i) -> {
          String at = "sectors[" + i + "]";
          unique(required(sector.name(), at, ".name"), names, at, ".name");
          count(sector.children(), at, ".children");
          count(sector.places(), at, ".places");
          count(sector.parentNeeds(), at, ".parentNeeds");
          sector
              .installationPlaces()
              .forEach(
                  places ->
                      reportIf(
                          Entered.count(places).isEmpty(),
                          Rule.SCENARIO_NEGATIVE_COUNT,
                          at,
                          ".installationPlaces"));
        });
    return names;
  }

  private Set<String> batches(List<Batch> batches) {
    Set<String> ids = new HashSet<>();
    batches.forEachWithIndex(
        (batch, i) -> {
          String at = "batches[" + i + "]";
          unique(required(batch.id(), at, ".id"), ids, at, ".id");
          places(batch.places(), at, ".places");
          required(batch.sector(), at, ".sector");
          Option<LocalDate> availableOn =
              date(required(batch.availableOn(), at, ".availableOn"), at, ".availableOn");
          Option<BatchKind> kind = constant(batch.kind(), BatchKind.class, at, ".kind", true);
          Option<LocalDate> until = date(batch.until(), at, ".until");
          Option<BatchStatus> status =
              constant(batch.status(), BatchStatus.class, at, ".status", true);
          constant(batch.origin(), Origin.class, at, ".origin", true);
          boolean untilGiven = Entered.text(batch.until()).isDefined();
          if (kind.contains(BatchKind.TEMPORARY)) {
            boolean before =
                until.isDefined()
                    && availableOn.isDefined()
                    && until.get().isBefore(availableOn.get());
            reportIf(!untilGiven || before, Rule.SCENARIO_TEMPORARY_WITHOUT_END, at, ".until");
          } else if (kind.contains(BatchKind.PERMANENT)) {
            reportIf(untilGiven, Rule.SCENARIO_TEMPORARY_WITHOUT_END, at, ".until");
          }
          Option<ChildProfile> child = batch.child().filter(profile -> !profile.isAbsent());
          if (status.contains(BatchStatus.FREE)) {
            reportIf(child.isDefined(), Rule.SCENARIO_USED_WITHOUT_CHILD, at, ".child");
          } else if (status.contains(BatchStatus.USED)) {
            if (child.isEmpty()) {
              report(Rule.SCENARIO_USED_WITHOUT_CHILD, at, ".child");
            } else {
              Option<BigDecimal> age = child.get().ageMonths();
              reportIf(
                  age.flatMap(Entered::whole).filter(months -> months >= 0).isEmpty(),
                  Rule.SCENARIO_USED_WITHOUT_CHILD,
                  at,
                  ".child.ageMonths");
            }
          }
        });
    return ids;
  }

  private Set<String> providers(List<Provider> providers, Set<String> offers) {
    Set<String> ids = new HashSet<>();
    providers.forEachWithIndex(
        (provider, i) -> {
          String at = "providers[" + i + "]";
          unique(required(provider.id(), at, ".id"), ids, at, ".id");
          required(provider.sector(), at, ".sector");
          reportIf(provider.offer().isEmpty(), Rule.SCENARIO_FIELD_REQUIRED, at, ".offer");
          provider
              .offer()
              .forEach(
                  offer ->
                      offer
                          .ageGroups()
                          .forEachWithIndex(
                              (group, g) ->
                                  constant(
                                      Option.some(group),
                                      AgeGroup.class,
                                      at,
                                      ".offer.ageGroups[" + g + "]",
                                      false)));
          provider.answers().forEach(answers -> answers(answers, at + ".answers"));
          provider
              .answersByBatch()
              .toList()
              .sortBy(entry -> entry._1)
              .forEach(
                  entry -> {
                    String key = at + ".answersByBatch." + entry._1;
                    reportIf(
                        !offers.contains(entry._1),
                        Rule.SCENARIO_UNKNOWN_REFERENCE,
                        key,
                        "",
                        entry._1);
                    answers(entry._2, key);
                  });
        });
    return ids;
  }

  private void answers(Answers answers, String at) {
    boolean anyFlag =
        answers.maintainsRequest().isDefined()
            || answers.keepsRequest().isDefined()
            || answers.engagementFormsOnFile().isDefined()
            || answers.offerSuitsNeeds().isDefined()
            || answers.commitmentMatchesAgreements().isDefined()
            || answers.tenHourWeekdays().isDefined()
            || answers.meetsPlaceNeeds().isDefined();
    if (!anyFlag && answers.placesWanted().isEmpty()) {
      return; // every field absent: the answers count as absent (not reached yet)
    }
    date(answers.tenHourOfferPlannedOn(), at, ".tenHourOfferPlannedOn");
    Rule rule = Rule.SCENARIO_ANSWERS_INCONSISTENT;
    reportIf(answers.maintainsRequest().isEmpty(), rule, at, ".maintainsRequest");
    reportIf(answers.keepsRequest().isEmpty(), rule, at, ".keepsRequest");
    reportIf(answers.engagementFormsOnFile().isEmpty(), rule, at, ".engagementFormsOnFile");
    reportIf(answers.offerSuitsNeeds().isEmpty(), rule, at, ".offerSuitsNeeds");
    reportIf(
        answers.commitmentMatchesAgreements().isEmpty(), rule, at, ".commitmentMatchesAgreements");
    reportIf(answers.tenHourWeekdays().isEmpty(), rule, at, ".tenHourWeekdays");
    reportIf(answers.meetsPlaceNeeds().isEmpty(), rule, at, ".meetsPlaceNeeds");
    Option<BigDecimal> wanted = answers.placesWanted();
    if (wanted.isEmpty()) {
      report(Rule.SCENARIO_ANSWERS_INCONSISTENT, at, ".placesWanted");
      return;
    }
    Option<Integer> whole = Entered.whole(wanted.get());
    int minimum = answers.maintainsRequest().contains(true) ? 1 : 0;
    reportIf(
        whole.filter(places -> places >= minimum).isEmpty(),
        Rule.SCENARIO_ANSWERS_INCONSISTENT,
        at,
        ".placesWanted");
  }

  private void requests(List<Request> requests, Set<String> batchIds, Set<String> providerIds) {
    Set<String> ids = new HashSet<>();
    requests.forEachWithIndex(
        (request, i) -> {
          String at = "requests[" + i + "]";
          Option<String> id = required(request.id(), at, ".id");
          unique(id, ids, at, ".id");
          Option<RequestType> type = constant(request.type(), RequestType.class, at, ".type", true);
          Option<String> provider = required(request.provider(), at, ".provider");
          required(request.sector(), at, ".sector");
          date(required(request.receivedOn(), at, ".receivedOn"), at, ".receivedOn");
          places(request.places(), at, ".places");
          Option<DecreaseReason> reason =
              constant(request.reason(), DecreaseReason.class, at, ".reason", false);
          date(request.requestedDate(), at, ".requestedDate");
          date(request.until(), at, ".until");
          date(request.answeredOn(), at, ".answeredOn");
          if (type.contains(RequestType.DECREASE)) {
            reportIf(
                id.exists(batchIds::contains),
                Rule.SCENARIO_DUPLICATE_ID,
                at,
                ".id",
                id.getOrElse(""));
            reportIf(
                Entered.text(request.reason()).isEmpty(),
                Rule.SCENARIO_DECREASE_INCOMPLETE,
                at,
                ".reason");
            reportIf(
                Entered.text(request.requestedDate()).isEmpty(),
                Rule.SCENARIO_DECREASE_INCOMPLETE,
                at,
                ".requestedDate");
            reportIf(
                reason.contains(DecreaseReason.SUSPENSION)
                    && Entered.text(request.until()).isEmpty(),
                Rule.SCENARIO_DECREASE_INCOMPLETE,
                at,
                ".until");
          } else if (type.isDefined()) {
            reportIf(
                provider.exists(name -> !providerIds.contains(name)),
                Rule.SCENARIO_UNKNOWN_PROVIDER,
                at,
                ".provider",
                provider.getOrElse(""));
          }
        });
  }

  private Option<String> required(Option<String> value, String at, String field) {
    Option<String> entered = Entered.text(value);
    reportIf(entered.isEmpty(), Rule.SCENARIO_FIELD_REQUIRED, at, field);
    return entered;
  }

  private void unique(Option<String> id, Set<String> seen, String at, String field) {
    id.forEach(value -> reportIf(!seen.add(value), Rule.SCENARIO_DUPLICATE_ID, at, field, value));
  }

  private void places(Option<BigDecimal> places, String at, String field) {
    if (places.isEmpty()) {
      report(Rule.SCENARIO_FIELD_REQUIRED, at, field);
      return;
    }
    reportIf(
        Entered.whole(places.get()).filter(count -> count >= 1).isEmpty(),
        Rule.SCENARIO_PLACES_NOT_POSITIVE,
        at,
        field);
  }

  private void count(Option<BigDecimal> count, String at, String field) {
    if (count.isEmpty()) {
      report(Rule.SCENARIO_FIELD_REQUIRED, at, field);
      return;
    }
    reportIf(Entered.count(count.get()).isEmpty(), Rule.SCENARIO_NEGATIVE_COUNT, at, field);
  }

  private Option<LocalDate> date(Option<String> value, String at, String field) {
    Option<String> entered = Entered.text(value);
    if (entered.isEmpty()) {
      return Option.none();
    }
    Option<LocalDate> date = IsoDate.parse(entered.get());
    reportIf(date.isEmpty(), Rule.DATE_FORMAT, at, field);
    return date;
  }

  private <E extends Enum<E>> Option<E> constant(
      Option<String> value, Class<E> type, String at, String field, boolean required) {
    Option<String> entered = required ? required(value, at, field) : Entered.text(value);
    if (entered.isEmpty()) {
      return Option.none();
    }
    Option<E> constant = Entered.constant(entered, type);
    if (constant.isEmpty()) {
      report(Rule.VALUE_NOT_ALLOWED, at, field, allowed(type));
    }
    return constant;
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** Reports {@code rule} at {@code at + field} when broken; the path is built only then. */
  private void reportIf(boolean broken, Rule rule, String at, String field, String... arguments) {
    if (broken) {
      report(rule, at, field, arguments);
    }
  }

  private void report(Rule rule, String at, String field, String... arguments) {
    found.add(Violation.of(rule, at + field, arguments));
  }
}
