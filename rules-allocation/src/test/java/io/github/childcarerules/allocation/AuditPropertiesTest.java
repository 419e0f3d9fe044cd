package io.github.childcarerules.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.LetterSent;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * RULES.md §10 "Guarantees", each a property over generated scenarios, and the audit against the
 * allocation: on a scenario whose board followed §9, both tell the same outcomes and letters.
 *
 * <p>The scenarios come from {@link GeneratedScenarios}; their board decisions are replaced here by
 * what a board following §9 (or not) decides, and their letters by what an office sends.
 */
class AuditPropertiesTest {
  private static final LocalDate BOARD_DAY = LocalDate.of(2016, 2, 1);

  // ---- scenarios

  private static AllocationResult allocate(Scenario scenario) {
    return Allocator.allocate(scenario).get();
  }

  private static AuditResult audit(Scenario scenario) {
    var audit = Auditor.audit(scenario);
    assertThat(audit.isValid()).as("the scenario passes the checks").isTrue();
    return audit.get();
  }

  private static String pair(String batch, String request) {
    return batch + " " + request;
  }

  private static String pair(BoardDecision decision) {
    return pair(decision.batch().get(), decision.request().get());
  }

  /** The board's decisions that §9 applies (on pairs it recommends); the others dropped. */
  static Scenario applied(Scenario scenario) {
    Set<String> applied = new HashSet<>();
    for (BatchResult batch : allocate(scenario).batches()) {
      for (TrailEvent event : batch.trail()) {
        if (event instanceof TrailEvent.Authorized || event instanceof TrailEvent.BoardRefused) {
          applied.add(pair(batch.id(), event.request().get()));
        }
      }
    }
    return scenario.withBoardDecisions(
        scenario.boardDecisions().filter(decision -> applied.contains(pair(decision))));
  }

  /**
   * §9's recommendations awaiting the board authorized, those whose rank {@code which} accepts, for
   * §9's places (stated on every second one, left to the audit's walk on the others).
   */
  static Scenario authorized(Scenario scenario, IntPredicate which) {
    java.util.List<BoardDecision> added = new java.util.ArrayList<>();
    int rank = 0;
    for (BatchResult batch : allocate(scenario).batches()) {
      for (Allocation allocation : batch.allocations()) {
        if (!allocation.authorized() && which.test(rank)) {
          BoardDecision.Builder decision =
              (BoardDecision.Builder)
                  BoardDecision.builder()
                      .batch(batch.id())
                      .request(allocation.request())
                      .authorized(true)
                      .on(BOARD_DAY.plusDays(rank % 30));
          if (rank % 2 == 1) {
            decision.places(allocation.places());
          }
          added.add(decision.build());
        }
        rank += allocation.authorized() ? 0 : 1;
      }
    }
    return scenario.withBoardDecisions(scenario.boardDecisions().appendAll(added));
  }

  /**
   * Every letter §9 calls for sent on its due date, and every request answered in time: by its
   * letter when one is due by its decisionDue, else by an answer on the day it was received.
   */
  static Scenario lettersOnTime(Scenario scenario) {
    AllocationResult run = allocate(scenario);
    Map<String, LocalDate> decisionDue = new HashMap<>();
    run.requests().forEach(request -> decisionDue.put(request.id(), request.decisionDue()));
    Set<String> answeredByLetter = new HashSet<>();
    for (Letter letter : run.letters()) {
      if (letter.due().equals(decisionDue.get(letter.request()))) {
        answeredByLetter.add(letter.request());
      }
    }
    return scenario
        .withLettersSent(run.letters().map(AuditPropertiesTest::sentOnTime))
        .withRequests(
            scenario
                .requests()
                .map(
                    request ->
                        answeredByLetter.contains(request.id().get())
                            ? request
                            : request.withAnsweredOn(request.receivedOn().get())));
  }

  private static LetterSent sentOnTime(Letter letter) {
    return LetterSent.of(letter.request(), letter.letter().name(), letter.due());
  }

  /** A scenario whose board and office followed §9 in everything. */
  static Scenario followingThePolicy(Scenario scenario) {
    return lettersOnTime(authorized(applied(scenario), rank -> true));
  }

  @Provide
  Arbitrary<Scenario> followingThePolicy() {
    return GeneratedScenarios.valid().map(AuditPropertiesTest::followingThePolicy);
  }

  @Provide
  Arbitrary<Scenario> answeredFollowingThePolicy() {
    return GeneratedScenarios.answered().map(AuditPropertiesTest::followingThePolicy);
  }

  /** §9's decisions as the board took them, some recommendations left to decide. */
  @Provide
  Arbitrary<Scenario> decidedAsThePolicySays() {
    return Combinators.combine(GeneratedScenarios.valid(), Arbitraries.integers())
        .as(
            (scenario, mask) ->
                authorized(applied(scenario), rank -> (mask >>> (rank % 32) & 1) == 1));
  }

  /**
   * Scenarios with board decisions of every kind (on pairs §9 recommends or not, for the places it
   * recommends or others, with a reason or not) and letters sent of every kind, some twice, on and
   * around their due dates.
   */
  @Provide
  Arbitrary<Scenario> decided() {
    Arbitrary<LetterSpec> letters =
        Combinators.combine(
                Arbitraries.integers().between(0, 99),
                Arbitraries.of(LetterKind.class),
                Arbitraries.integers().between(0, 90))
            .as(LetterSpec::new);
    return Combinators.combine(
            GeneratedScenarios.valid(),
            letters.list().ofMaxSize(10),
            Arbitraries.integers().between(0, 4).list().ofSize(12),
            Arbitraries.of(true, false).list().ofSize(12))
        .as(AuditPropertiesTest::decided);
  }

  private record LetterSpec(int request, LetterKind letter, int days) {}

  private static Scenario decided(
      Scenario scenario,
      java.util.List<LetterSpec> letters,
      java.util.List<Integer> places,
      java.util.List<Boolean> reasons) {
    List<BoardDecision> decisions =
        scenario
            .boardDecisions()
            .zipWithIndex()
            .map(
                decided -> {
                  BoardDecision decision = decided._1;
                  int i = decided._2 % places.size();
                  if (decision.authorized().contains(true) && places.get(i) > 0) {
                    decision = decision.withPlaces(BigDecimal.valueOf(places.get(i)));
                  }
                  return reasons.get(i) ? decision.withReason("motif " + i) : decision;
                });
    List<LetterSent> sent =
        scenario.requests().isEmpty()
            ? List.empty()
            : List.ofAll(letters)
                .map(
                    letter -> {
                      Request request =
                          scenario.requests().get(letter.request() % scenario.requests().size());
                      return LetterSent.of(
                          request.id().get(),
                          letter.letter().name(),
                          LocalDate.parse(request.receivedOn().get()).plusDays(letter.days()));
                    });
    return scenario.withBoardDecisions(decisions).withLettersSent(sent);
  }

  @Provide
  Arbitrary<List<Scenario>> decidedAndShuffled() {
    return decided()
        .flatMap(
            scenario ->
                Combinators.combine(
                        Arbitraries.shuffle(scenario.sectors().toJavaList()),
                        Arbitraries.shuffle(scenario.batches().toJavaList()),
                        Arbitraries.shuffle(scenario.requests().toJavaList()),
                        Arbitraries.shuffle(scenario.providers().toJavaList()),
                        Arbitraries.shuffle(scenario.boardDecisions().toJavaList()),
                        Arbitraries.shuffle(scenario.lettersSent().toJavaList()))
                    .as(
                        (sectors, batches, requests, providers, decisions, letters) ->
                            List.of(
                                scenario,
                                Scenario.builder()
                                    .from(scenario)
                                    .sectors(List.ofAll(sectors))
                                    .batches(List.ofAll(batches))
                                    .requests(List.ofAll(requests))
                                    .providers(List.ofAll(providers))
                                    .boardDecisions(List.ofAll(decisions))
                                    .lettersSent(List.ofAll(letters))
                                    .build())));
  }

  /**
   * The batches that run, in §9's order: by availability (a decrease's batch at its effective
   * date), then id in natural order.
   */
  private static List<String> runOrder(Scenario scenario) {
    AllocationResult run = allocate(scenario);
    Map<String, LocalDate> availableOn = new HashMap<>();
    for (Batch batch : scenario.batches()) {
      availableOn.put(batch.id().get(), LocalDate.parse(batch.availableOn().get()));
    }
    for (RequestResult request : run.requests()) {
      request.effectiveOn().forEach(day -> availableOn.put(request.id(), day));
    }
    return run.batches()
        .map(BatchResult::id)
        .sorted(
            Comparator.comparing((String id) -> availableOn.get(id))
                .thenComparing(NaturalOrder.IDS));
  }

  private static List<Departure> departuresOf(AuditResult audit, Set<String> batches) {
    return audit.departures().filter(departure -> departure.batch().exists(batches::contains));
  }

  // ---- the guarantees of §10

  @Property
  void aBoardAndAnOfficeThatFollowThePolicyHaveNoDeparture(
      @ForAll("followingThePolicy") Scenario scenario) {
    AuditResult audit = audit(scenario);

    assertThat(audit.departures()).isEmpty();
    assertThat(audit.pending()).isEmpty();
    Statistics.label("letters sent").collect(scenario.lettersSent().size() > 0);
    Statistics.label("board decisions").collect(scenario.boardDecisions().size() > 0);
  }

  /** A batch, its first recommendation the board authorized, and a later candidate of its walk. */
  private record Swap(String batch, BoardDecision first, String later, int places) {}

  /**
   * In the first batch where there is one, in §9's order: the first recommendation the board
   * authorized, and the first request §9 would recommend next had the board refused it (a later
   * candidate of the walk: reached only once the places ran out). When the scenario has no
   * sectorOrder, only a later candidate of the first one's sector (the order of the other sectors
   * is the analyst's to weigh).
   */
  private static Option<Swap> swap(Scenario scenario) {
    AllocationResult run = allocate(scenario);
    Map<String, BoardDecision> decisions = new HashMap<>();
    scenario.boardDecisions().forEach(decision -> decisions.put(pair(decision), decision));
    Map<String, String> sectors = new HashMap<>();
    scenario.requests().forEach(request -> sectors.put(request.id().get(), request.sector().get()));
    for (String batch : runOrder(scenario)) {
      List<TrailEvent.Recommended> recommended =
          run.batch(batch).get().trail().flatMap(AuditPropertiesTest::recommended);
      Option<TrailEvent.Recommended> first =
          recommended.find(
              event ->
                  Option.of(decisions.get(pair(batch, event.requestId())))
                      .exists(decision -> decision.authorized().contains(true)));
      for (TrailEvent.Recommended served : first) {
        BoardDecision decision = decisions.get(pair(batch, served.requestId()));
        Scenario refused =
            scenario.withBoardDecisions(
                scenario.boardDecisions().replace(decision, decision.withAuthorized(false)));
        Set<String> met =
            new HashSet<>(recommended.map(TrailEvent.Recommended::requestId).asJava());
        Option<String> later =
            allocate(refused)
                .batch(batch)
                .get()
                .trail()
                .flatMap(AuditPropertiesTest::recommended)
                .map(TrailEvent.Recommended::requestId)
                .find(request -> !met.contains(request));
        for (String candidate : later) {
          if (!scenario.sectorOrder().isEmpty()
              || sectors.get(candidate).equals(sectors.get(served.requestId()))) {
            return Option.some(new Swap(batch, decision, candidate, served.places()));
          }
        }
      }
    }
    return Option.none();
  }

  private static Option<TrailEvent.Recommended> recommended(TrailEvent event) {
    return event instanceof TrailEvent.Recommended recommended
        ? Option.some(recommended)
        : Option.none();
  }

  @Property
  void servingALaterCandidateInsteadOfTheFirstRecommendationSkipsItAndNoEarlierBatchChanges(
      @ForAll("answeredFollowingThePolicy") Scenario scenario) {
    Option<Swap> swap = swap(scenario);
    Statistics.label("a later candidate to serve instead").collect(swap.isDefined());
    Statistics.label("a later candidate to serve instead")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
    for (Swap instead : swap) {
      BoardDecision first = instead.first();
      BoardDecision later =
          BoardDecision.builder()
              .batch(instead.batch())
              .request(instead.later())
              .authorized(true)
              .on(first.on())
              .places(instead.places())
              .build();
      Scenario changed =
          scenario.withBoardDecisions(scenario.boardDecisions().remove(first).append(later));
      List<String> order = runOrder(scenario);
      Set<String> earlier =
          new HashSet<>(order.takeWhile(batch -> !batch.equals(instead.batch())).asJava());

      AuditResult before = audit(scenario);
      AuditResult after = audit(changed);

      assertThat(departuresOf(after, Set.of(instead.batch())))
          .containsExactly(
              new Departure.SkippedEarlier(
                  instead.batch(),
                  instead.later(),
                  LocalDate.parse(first.on().get()),
                  List.of(first.request().get()),
                  Option.none()));
      assertThat(departuresOf(after, earlier)).isEqualTo(departuresOf(before, earlier));
    }
  }

  @Property
  void theDeparturesOfABatchDependOnlyOnTheDecisionsOfThatAndEarlierBatches(
      @ForAll("decided") Scenario scenario,
      @ForAll @IntRange(min = 0, max = 9) int cut,
      @ForAll boolean drop) {
    List<String> order = runOrder(scenario);
    Assume.that(!order.isEmpty());
    Set<String> upToCut = new HashSet<>(order.take(cut % order.size() + 1).asJava());
    // the decisions of later batches dropped, or turned around
    List<BoardDecision> decisions =
        scenario
            .boardDecisions()
            .flatMap(
                decision ->
                    upToCut.contains(decision.batch().get())
                        ? List.of(decision)
                        : drop
                            ? List.empty()
                            : List.of(decision.withAuthorized(!decision.authorized().get())));
    Scenario changed = scenario.withBoardDecisions(decisions);
    Statistics.label("decisions changed").collect(!decisions.equals(scenario.boardDecisions()));

    List<Departure> before = departuresOf(audit(scenario), upToCut);
    Statistics.label("departures up to the cut").collect(!before.isEmpty());

    assertThat(departuresOf(audit(changed), upToCut)).isEqualTo(before);
  }

  @Property
  void theAuditDoesNotDependOnTheOrderOfTheInputLists(
      @ForAll("decidedAndShuffled") List<Scenario> pair) {
    assertThat(audit(pair.get(1))).isEqualTo(audit(pair.get(0)));
  }

  // ---- the audit against the allocation

  @Property
  void whenTheBoardFollowsThePolicyTheAuditAndTheAllocationTellTheSameOutcomes(
      @ForAll("decidedAsThePolicySays") Scenario scenario) {
    AllocationResult run = allocate(scenario);
    AuditResult audit = audit(scenario);

    assertThat(audit.requests()).isEqualTo(run.requests());
    assertThat(audit.requests())
        .extracting(RequestResult::id, RequestResult::status, RequestResult::placesGranted)
        .containsExactlyElementsOf(
            run.requests()
                .map(request -> tuple(request.id(), request.status(), request.placesGranted())));
    assertThat(audit.pending())
        .containsExactlyInAnyOrderElementsOf(
            run.batches()
                .flatMap(
                    batch ->
                        batch
                            .allocations()
                            .filter(allocation -> !allocation.authorized())
                            .map(
                                allocation ->
                                    new PendingRecommendation(
                                        batch.id(), allocation.request(), allocation.places()))));
    assertThat(audit.departures().filter(departure -> departure.batch().isDefined())).isEmpty();
  }

  @Property
  void whenTheBoardFollowsThePolicyTheAuditCallsForTheLettersTheAllocationLists(
      @ForAll("decidedAsThePolicySays") Scenario scenario) {
    LocalDate asOf = LocalDate.parse(scenario.asOf().get());
    AllocationResult run = allocate(scenario);
    Map<String, LocalDate> decisionDue = new HashMap<>();
    run.requests().forEach(request -> decisionDue.put(request.id(), request.decisionDue()));

    // none sent: every letter due before the audit's date is missing
    List<Departure> unsent = audit(scenario.withLettersSent(List.empty())).departures();
    assertThat(unsent.flatMap(AuditPropertiesTest::missing))
        .containsExactlyInAnyOrderElementsOf(
            run.letters()
                .filter(letter -> letter.due().isBefore(asOf))
                .map(letter -> tuple(letter.request(), letter.letter(), letter.due())));

    // each sent the day after its due date: late exactly when it was due by the decisionDue
    List<Departure> dayLate =
        audit(
                scenario.withLettersSent(
                    run.letters()
                        .map(
                            letter ->
                                LetterSent.of(
                                    letter.request(),
                                    letter.letter().name(),
                                    letter.due().plusDays(1)))))
            .departures();
    assertThat(dayLate.flatMap(AuditPropertiesTest::missing)).isEmpty();
    assertThat(dayLate.flatMap(AuditPropertiesTest::late))
        .containsExactlyInAnyOrderElementsOf(
            run.letters()
                .filter(letter -> letter.due().equals(decisionDue.get(letter.request())))
                .map(
                    letter ->
                        tuple(
                            letter.request(),
                            letter.letter(),
                            letter.due(),
                            letter.due().plusDays(1))));
    Statistics.label("letters").collect(run.letters().size() > 0);
  }

  private static Option<org.assertj.core.groups.Tuple> missing(Departure departure) {
    return departure instanceof Departure.LetterMissing missing
        ? Option.some(tuple(missing.request(), missing.letter(), missing.due()))
        : Option.none();
  }

  private static Option<org.assertj.core.groups.Tuple> late(Departure departure) {
    return departure instanceof Departure.LetterLate late
        ? Option.some(tuple(late.request(), late.letter(), late.due(), late.sentOn()))
        : Option.none();
  }
}
