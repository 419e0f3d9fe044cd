package io.github.childcarerules.testkit;

import io.github.childcarerules.allocation.scenario.AgeGroup;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BatchKind;
import io.github.childcarerules.allocation.scenario.BatchStatus;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.ChildProfile;
import io.github.childcarerules.allocation.scenario.DecreaseReason;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Origin;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of allocation scenarios (RULES.md §9, FORMAT.md "Allocation scenario") for
 * property-based tests. Every scenario they give passes the scenario checks: every request is
 * received by the run's {@code asOf}, answered ({@code answeredOn}) no earlier than received, and a
 * suspension does not end before its requested date.
 *
 * <pre>{@code
 * @Property
 * void noBatchGivesMoreThanItHas(@ForAll("scenarios") Scenario scenario) { ... }
 *
 * @Provide
 * Arbitrary<Scenario> scenarios() {
 *   return Scenarios.valid();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Scenarios {
  /** The first day a request may be received; every other date is counted from it. */
  private static final LocalDate DAY_ZERO = LocalDate.of(2015, 1, 1);

  private static final List<String> NEEDS = List.of("ATYPICAL_HOURS", "NIGHT");
  private static final List<String> CHARACTERISTICS = List.of("ALLERGY", "DISABILITY");

  /** How the providers answer step 2. */
  private enum Answering {
    ANY,
    ALL_ANSWERED,
    ALL_FAILING
  }

  private static final Arbitrary<Scenario> VALID = generate(Answering.ANY);
  private static final Arbitrary<Scenario> ANSWERED = generate(Answering.ALL_ANSWERED);
  private static final Arbitrary<Scenario> FAILING = generate(Answering.ALL_FAILING);

  private Scenarios() {}

  /**
   * Valid scenarios of 1 to 4 sectors (some without children, some with no parent need, so that
   * places leave them; coverage on both sides of 70 %, installation places included), sometimes the
   * analyst's order of some sectors and ministerial priorities, up to 8 providers with varied
   * offers and answers (conforming, a ten-hour period planned in annex 2, not maintained and kept
   * or not, failing one or more checks, or not given yet), for every offer and for some batches and
   * decreases their own, up to 14 requests of every type received over a month (so that dates tie),
   * some of them answered already ({@code answeredOn}, from the day of receipt on), among them
   * decreases of each reason (emergencies; suspensions from one day to over a year, on both sides
   * of 12 months, some ending before the notice lets them start, of providers that often ask for
   * places too), and up to 6 batches, free or used by a child of any age and profile, permanent or
   * temporary, competing for the same requests as the decreases' temporary and permanent batches,
   * often available the same day, some on or next to the first or last day of a suspension, some
   * naming the provider they came from (often the provider of a request, sometimes a provider that
   * is not listed), and board decisions (authorized or refused, before or after the requests'
   * {@code decisionDue}) on some pairs of a batch and a request. Ids are numbered apart, so that
   * their natural order often differs from their order as text ({@code R9} before {@code R10},
   * {@code B2} before {@code B10}), some with a leading zero ({@code P07}); some requests and
   * batches name a sector missing from the list. The run's {@code asOf} is on or after the last
   * receipt.
   *
   * @return scenarios that {@code Allocator.check} finds free of violations
   */
  public static Arbitrary<Scenario> valid() {
    return VALID;
  }

  /**
   * Like {@link #valid()}, but every provider has given its answers: no batch waits for them.
   *
   * @return valid scenarios whose batches never stop at {@code PENDING_VERIFICATION}
   */
  public static Arbitrary<Scenario> answered() {
    return ANSWERED;
  }

  /**
   * Like {@link #valid()}, but every provider fails step 2 (not maintained, or not conform).
   *
   * @return valid scenarios in which no request passes step 2
   */
  public static Arbitrary<Scenario> failing() {
    return FAILING;
  }

  /**
   * The same scenario with each of its lists in another order.
   *
   * @param scenario any scenario
   * @return the scenario with its sectors, batches, requests and providers shuffled
   */
  public static Arbitrary<Scenario> shuffled(Scenario scenario) {
    return Combinators.combine(
            Arbitraries.shuffle(scenario.sectors().toJavaList()),
            Arbitraries.shuffle(scenario.batches().toJavaList()),
            Arbitraries.shuffle(scenario.requests().toJavaList()),
            Arbitraries.shuffle(scenario.providers().toJavaList()))
        .as(
            (sectors, batches, requests, providers) ->
                Scenario.builder()
                    .from(scenario)
                    .sectors(List.ofAll(sectors))
                    .batches(List.ofAll(batches))
                    .requests(List.ofAll(requests))
                    .providers(List.ofAll(providers))
                    .boardDecisions(scenario.boardDecisions().reverse())
                    .build());
  }

  private static Arbitrary<Scenario> generate(Answering answering) {
    return Combinators.combine(
            sectorSpecs().list().ofMinSize(1).ofMaxSize(4),
            providerSpecs(answering).list().ofMinSize(1).ofMaxSize(8),
            requestSpecs().list().ofMaxSize(14),
            batchSpecs().list().ofMaxSize(6),
            between(0, 470, 0),
            Combinators.combine(
                    Arbitraries.integers().between(0, 3).list().ofMaxSize(4),
                    subset(NEEDS.appendAll(CHARACTERISTICS)))
                .as(Analyst::new),
            decisionSpecs().list().ofMaxSize(12),
            numberings())
        .as(Scenarios::assemble);
  }

  /** The analyst's order of sectors (by index) and the ministerial priorities. */
  private record Analyst(java.util.List<Integer> order, List<String> priorities) {}

  private static Scenario assemble(
      java.util.List<SectorSpec> sectors,
      java.util.List<ProviderSpec> providers,
      java.util.List<RequestSpec> requests,
      java.util.List<BatchSpec> batches,
      int asOfDays,
      Analyst analyst,
      java.util.List<DecisionSpec> decisions,
      Numbering ids) {
    int sectorCount = sectors.size();
    int lastReceipt = requests.stream().mapToInt(RequestSpec::receivedDays).max().orElse(0);
    Scenario.Builder scenario =
        Scenario.builder()
            .asOf(DAY_ZERO.plusDays(lastReceipt + (long) asOfDays))
            .ministerialPriorities(analyst.priorities());
    for (int i = 0; i < sectorCount; i++) {
      SectorSpec sector = sectors.get(i);
      scenario.addSectors(
          Sector.of(
              sectorName(i),
              sector.children,
              sector.places,
              sector.installationPlaces,
              sector.parentNeeds));
    }
    scenario.sectorOrder(
        List.ofAll(analyst.order())
            .filter(i -> i < sectorCount)
            .distinct()
            .map(Scenarios::sectorName));
    java.util.List<String> requestProviders = new java.util.ArrayList<>();
    java.util.List<String> offers = new java.util.ArrayList<>();
    java.util.List<String> answerable = new java.util.ArrayList<>();
    java.util.List<Window> suspensions = new java.util.ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      RequestSpec request = requests.get(i);
      String id = ids.request(i);
      String provider = ids.provider(request.provider % providers.size());
      // one request in ten names a sector missing from the list
      String sector =
          request.sector % 10 == 9 ? "Elsewhere" : sectorName(request.sector % sectorCount);
      scenario.addRequests(request.request(id, provider, sector));
      requestProviders.add(provider);
      (request.isDecrease() ? offers : answerable).add(id);
      request.suspension().forEach(suspensions::add);
    }
    for (int i = 0; i < batches.size(); i++) {
      BatchSpec batch = batches.get(i);
      String sector = batch.sector % 10 == 9 ? "Elsewhere" : sectorName(batch.sector % sectorCount);
      Option<String> from =
          batch.from.provider(List.ofAll(requestProviders), providers.size(), ids);
      scenario.addBatches(batch.batch(ids.batch(i), sector, from, suspensions));
      offers.add(ids.batch(i));
    }
    for (int i = 0; i < providers.size(); i++) {
      ProviderSpec provider = providers.get(i);
      scenario.addProviders(
          provider.provider(
              ids.provider(i), sectorName(provider.sector % sectorCount), List.ofAll(offers)));
    }
    java.util.Set<String> decided = new java.util.HashSet<>();
    if (!offers.isEmpty() && !answerable.isEmpty()) {
      for (DecisionSpec decision : decisions) {
        String batch = offers.get(decision.batch % offers.size());
        String request = answerable.get(decision.request % answerable.size());
        if (decided.add(batch + " " + request)) {
          scenario.addBoardDecisions(
              BoardDecision.of(
                  batch,
                  request,
                  decision.authorized,
                  DAY_ZERO.plusDays(decision.days).toString()));
        }
      }
    }
    return scenario.build();
  }

  // ---- ids: numbers drawn apart, so that natural order and order as text differ

  /**
   * The numbers of the requests', providers' and batches' ids, each list drawn without repeats, and
   * which ids under 10 are written with a leading zero ({@code P07}).
   */
  private record Numbering(
      java.util.List<Integer> requests,
      java.util.List<Integer> providers,
      java.util.List<Integer> batches,
      java.util.List<Boolean> padded) {
    String request(int i) {
      return id("R", requests.get(i), i);
    }

    String provider(int i) {
      return id("P", providers.get(i), i);
    }

    String batch(int i) {
      return id("B", batches.get(i), i);
    }

    private String id(String prefix, int number, int i) {
      boolean pad = number < 10 && padded.get(i % padded.size());
      return prefix + (pad ? "0" : "") + number;
    }
  }

  private static Arbitrary<Numbering> numberings() {
    return Combinators.combine(
            numbers(30),
            numbers(20),
            numbers(16),
            Arbitraries.of(false, false, true).list().ofSize(5))
        .as(Numbering::new);
  }

  /** The numbers from 0 to {@code count - 1}, in any order. */
  private static Arbitrary<java.util.List<Integer>> numbers(int count) {
    return Arbitraries.shuffle(List.range(0, count).toJavaList());
  }

  // ---- the board's decisions

  private record DecisionSpec(int batch, int request, boolean authorized, int days) {}

  private static Arbitrary<DecisionSpec> decisionSpecs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 19),
            Arbitraries.integers().between(0, 13),
            Arbitraries.of(true, true, false),
            // before and after the requests' decisionDue (received + 30 days)
            between(0, 200, 30, 31))
        .as(DecisionSpec::new);
  }

  private static String sectorName(int index) {
    return "S" + index;
  }

  // ---- sectors

  private record SectorSpec(int children, int places, int installationPlaces, int parentNeeds) {}

  private static Arbitrary<SectorSpec> sectorSpecs() {
    return Combinators.combine(
            between(0, 40, 0, 10),
            between(0, 40, 0, 7),
            between(0, 15, 0),
            Arbitraries.integers().between(0, 3))
        .as(SectorSpec::new);
  }

  // ---- providers

  private record ProviderSpec(
      int sector,
      List<AgeGroup> ageGroups,
      List<String> needs,
      List<String> characteristics,
      int kind,
      boolean keeps,
      int wanted,
      List<String> failing,
      List<Integer> byBatch) {
    /** The provider, with answers of their own to some of the {@code offers} (batch ids). */
    Provider provider(String id, String sectorName, List<String> offers) {
      Offer offer = Offer.of(ageGroups.map(AgeGroup::name), needs, characteristics);
      Provider.Builder provider =
          (Provider.Builder)
              Provider.builder().id(id).sector(sectorName).offer(offer).answers(answers(kind));
      // answers to the offer of some batches: another kind, the places wanted and keeping rotated
      for (int b = 0; b < Math.min(offers.size(), byBatch.size()); b++) {
        int batchKind = byBatch.get(b);
        if (batchKind > 0) {
          String batch = offers.get(b);
          answers(batchKind).forEach(answers -> provider.putAnswersByBatch(batch, answers));
        }
      }
      return provider.build();
    }

    /**
     * kind: 0 not reached yet, 1 not maintained, 2 not conform, 3 conforming with the ten-hour
     * period planned in annex 2, otherwise conforming.
     */
    private Option<Answers> answers(int kind) {
      if (kind == 0) {
        return Option.none();
      }
      boolean maintains = kind != 1;
      List<String> failed = kind == 2 ? failing : List.empty();
      Answers.Builder answers =
          (Answers.Builder)
              Answers.builder()
                  .maintainsRequest(maintains)
                  .placesWanted(BigDecimal.valueOf(maintains ? wanted : 0))
                  .keepsRequest(keeps)
                  .engagementFormsOnFile(!failed.contains("engagementFormsOnFile"))
                  .offerSuitsNeeds(!failed.contains("offerSuitsNeeds"))
                  .commitmentMatchesAgreements(!failed.contains("commitmentMatchesAgreements"))
                  .tenHourWeekdays(kind != 3 && !failed.contains("tenHourWeekdays"))
                  .meetsPlaceNeeds(!failed.contains("meetsPlaceNeeds"))
                  .complaintsOnFile(kind == 4);
      if (kind == 3) {
        answers.tenHourOfferPlannedOn(DAY_ZERO.plusDays(400).toString());
      }
      return Option.some(answers.build());
    }
  }

  private static Arbitrary<ProviderSpec> providerSpecs(Answering answering) {
    Arbitrary<Integer> kinds =
        switch (answering) {
          // not reached yet about any offer twice as often as any other kind
          case ANY -> Arbitraries.of(0, 0, 1, 2, 3, 4, 5);
          case ALL_ANSWERED -> Arbitraries.integers().between(1, 5);
          case ALL_FAILING -> Arbitraries.integers().between(1, 2);
        };
    // per batch: none (the answers for every offer apply) about as often as an answer of its own,
    // often a decline or a failed check, so that a provider awaited for one offer often answers
    // another and is withdrawn by it
    Arbitrary<Integer> batchKinds =
        switch (answering) {
          case ANY -> Arbitraries.of(-1, -1, -1, -1, 1, 1, 2, 2, 3, 4, 5);
          case ALL_ANSWERED -> Arbitraries.integers().between(-9, 5);
          case ALL_FAILING -> Arbitraries.integers().between(-3, 2);
        };
    return Combinators.combine(
            Arbitraries.integers().between(0, 99),
            subset(List.of(AgeGroup.values())).filter(groups -> !groups.isEmpty()),
            subset(NEEDS),
            subset(CHARACTERISTICS),
            kinds,
            Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 5),
            Combinators.combine(
                    subset(Answers.CONFORMITY).filter(failed -> !failed.isEmpty()),
                    batchKinds.list().ofSize(8).map(List::ofAll))
                .as(io.vavr.Tuple::of))
        .as(
            (sector, groups, needs, characteristics, kind, keeps, wanted, answers) ->
                new ProviderSpec(
                    sector,
                    groups,
                    needs,
                    characteristics,
                    kind,
                    keeps,
                    wanted,
                    answers._1,
                    answers._2));
  }

  // ---- requests

  /** A suspension's days in force as the generator reads them, to place batches around them. */
  private record Window(LocalDate first, LocalDate last) {}

  private record RequestSpec(
      int type,
      int provider,
      int sector,
      int receivedDays,
      int places,
      DecreaseReason reason,
      int requestedDays,
      int suspensionDays,
      boolean emergency,
      int answerDays) {
    boolean isDecrease() {
      return type >= 8;
    }

    LocalDate received() {
      return DAY_ZERO.plusDays(receivedDays);
    }

    LocalDate requested() {
      return received().plusDays(requestedDays);
    }

    Request request(String id, String providerId, String sectorName) {
      Request.Builder request =
          Request.builder()
              .id(id)
              .provider(providerId)
              .sector(sectorName)
              .receivedOn(received())
              .places(places);
      if (answerDays >= 0) {
        // answered the day it was received or later, sometimes after its decisionDue
        request.answeredOn(received().plusDays(answerDays));
      }
      if (type < 6) {
        return request.type("INCREASE").build();
      }
      if (type < 8) {
        return request.type("OBTENTION").build();
      }
      request
          .type("DECREASE")
          .reason(reason.name())
          .requestedDate(requested())
          .emergency(emergency);
      if (reason == DecreaseReason.SUSPENSION) {
        request.until(requested().plusDays(suspensionDays));
      }
      return request.build();
    }

    /**
     * The days a suspension would be in force once granted: from its requested date, or 30 days
     * after receipt when that is later and it is no emergency, to its end. Only used to make
     * batches available around them; the run decides whether it is granted.
     */
    Option<Window> suspension() {
      if (!isDecrease() || reason != DecreaseReason.SUSPENSION) {
        return Option.none();
      }
      LocalDate notice = received().plusDays(30);
      LocalDate first = emergency || !requested().isBefore(notice) ? requested() : notice;
      return Option.some(new Window(first, requested().plusDays(suspensionDays)));
    }
  }

  private static Arbitrary<RequestSpec> requestSpecs() {
    return Combinators.combine(
            Combinators.combine(
                    Arbitraries.integers().between(0, 9),
                    Arbitraries.integers().between(0, 99),
                    Arbitraries.integers().between(0, 99),
                    Arbitraries.integers().between(0, 30),
                    Arbitraries.integers().between(1, 4))
                .as(List::of),
            // suspensions twice as often as the other reasons
            Arbitraries.of(
                DecreaseReason.RATIO_DECREASE,
                DecreaseReason.END_OF_RECOGNITION,
                DecreaseReason.SUSPENSION,
                DecreaseReason.SUSPENSION),
            between(0, 60, 29, 30, 31),
            // a suspension's length: from one day (often shorter than its notice) to over a year
            Arbitraries.oneOf(
                    Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 420))
                .edgeCases(e -> e.filter(days -> false).add(0, 10, 364, 365, 366)),
            Arbitraries.of(true, false, false),
            // not answered yet twice as often as answered, from the day of receipt on
            Arbitraries.integers().between(-120, 60).map(d -> d < 0 ? -1 : d))
        .as(
            (numbers, reason, requested, suspension, emergency, answered) ->
                new RequestSpec(
                    numbers.get(0),
                    numbers.get(1),
                    numbers.get(2),
                    numbers.get(3),
                    numbers.get(4),
                    reason,
                    requested,
                    suspension,
                    emergency,
                    answered));
  }

  // ---- batches

  /** The child of used places, or none for free places. */
  private record Occupant(
      boolean used, int ageMonths, List<String> needs, List<String> characteristics) {}

  /**
   * When a batch is available and, when temporary, until when: {@code day} days after day zero, or
   * for {@code anchor} 1 to 6 the first ({@code anchor} odd) or last day of a suspension, a day
   * before it, on it or a day after it.
   */
  private record Timing(int day, int anchor, int suspension, boolean temporary, int lasting) {
    LocalDate availableOn(java.util.List<Window> suspensions) {
      if (anchor == 0 || suspensions.isEmpty()) {
        return DAY_ZERO.plusDays(day);
      }
      Window window = suspensions.get(suspension % suspensions.size());
      LocalDate edge = anchor % 2 == 1 ? window.first() : window.last();
      return edge.plusDays((anchor - 1) / 2 - 1);
    }
  }

  /**
   * The provider a batch came from: none, the provider of a request ({@code choice} 1), a listed
   * provider (2) or one that is not listed (3).
   */
  private record From(int choice, int index) {
    Option<String> provider(List<String> ofRequests, int providers, Numbering ids) {
      return switch (choice) {
        case 1 ->
            ofRequests.isEmpty()
                ? Option.none()
                : Option.some(ofRequests.get(index % ofRequests.size()));
        case 2 -> Option.some(ids.provider(index % providers));
        case 3 -> Option.some("Q" + index);
        default -> Option.none();
      };
    }
  }

  private record BatchSpec(
      int places, int sector, Occupant occupant, Timing timing, From from, Origin origin) {
    Batch batch(
        String id, String sectorName, Option<String> provider, java.util.List<Window> suspensions) {
      LocalDate availableOn = timing.availableOn(suspensions);
      Batch.Builder batch =
          Batch.builder()
              .id(id)
              .places(places)
              .sector(sectorName)
              .availableOn(availableOn)
              .kind(timing.temporary() ? BatchKind.TEMPORARY : BatchKind.PERMANENT)
              .status(occupant.used() ? BatchStatus.USED : BatchStatus.FREE)
              .origin(origin)
              .provider(provider);
      if (timing.temporary()) {
        batch.until(availableOn.plusDays(timing.lasting()));
      }
      if (occupant.used()) {
        batch.child(
            ChildProfile.of(occupant.ageMonths(), occupant.needs(), occupant.characteristics()));
      }
      return batch.build();
    }
  }

  private static Arbitrary<BatchSpec> batchSpecs() {
    Arbitrary<Occupant> occupants =
        Combinators.combine(
                Arbitraries.of(true, false),
                between(0, 80, 17, 18, 59, 60),
                subset(NEEDS),
                subset(CHARACTERISTICS))
            .as(Occupant::new);
    Arbitrary<Timing> timings =
        Combinators.combine(
                // weeks apart, so that batches are often available the same day
                Arbitraries.integers().between(0, 17).map(week -> 7 * week),
                Arbitraries.integers().between(0, 12).map(anchor -> anchor > 6 ? 0 : anchor),
                Arbitraries.integers().between(0, 13),
                Arbitraries.of(true, false),
                between(0, 120, 0, 90))
            .as(Timing::new);
    Arbitrary<From> froms =
        Combinators.combine(
                Arbitraries.integers().between(0, 5).map(choice -> choice > 3 ? 1 : choice),
                Arbitraries.integers().between(0, 13))
            .as(From::new);
    return Combinators.combine(
            Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(0, 99),
            occupants,
            timings,
            froms,
            Arbitraries.of(Origin.class))
        .as(BatchSpec::new);
  }

  /**
   * Whole numbers from {@code min} to {@code max} whose edge cases are exactly {@code edges}
   * (jqwik's {@code includeOnly} keeps only edge cases it would make anyway, such as {@code min}).
   */
  private static Arbitrary<Integer> between(int min, int max, Integer... edges) {
    return Arbitraries.integers().between(min, max).edgeCases(e -> e.filter(n -> false).add(edges));
  }

  /** A subset of {@code values}, in their order. */
  private static <T> Arbitrary<List<T>> subset(List<T> values) {
    return Arbitraries.of(true, false)
        .list()
        .ofSize(values.size())
        .map(
            keep ->
                values
                    .zipWith(keep, (value, kept) -> Option.when(kept, value))
                    .flatMap(kept -> kept));
  }
}
