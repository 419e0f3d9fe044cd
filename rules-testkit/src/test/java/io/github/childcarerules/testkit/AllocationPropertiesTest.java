package io.github.childcarerules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.BatchOutcome;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.YesNo;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** RULES.md §9 "Guarantees", each a property over generated scenarios. */
class AllocationPropertiesTest {
  @Provide
  Arbitrary<Scenario> scenarios() {
    return Scenarios.valid();
  }

  @Provide
  Arbitrary<Scenario> answered() {
    return Scenarios.answered();
  }

  @Provide
  Arbitrary<Scenario> failing() {
    return Scenarios.failing();
  }

  @Provide
  Arbitrary<List<Scenario>> shuffledPairs() {
    return Scenarios.valid()
        .flatMap(scenario -> Scenarios.shuffled(scenario).map(copy -> List.of(scenario, copy)));
  }

  private static AllocationResult allocate(Scenario scenario) {
    assertThat(Allocator.check(scenario).violations()).isEmpty();
    return Allocator.allocate(scenario).get();
  }

  @Property
  void generatedScenariosPassTheChecks(@ForAll("scenarios") Scenario scenario) {
    assertThat(Allocator.check(scenario).violations()).isEmpty();
  }

  @Property
  void noBatchGivesMoreThanItHasAndNoRequestReceivesMoreThanItAsked(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Map<String, Integer> batchPlaces = batchPlaces(scenario, result);
    for (BatchResult batch : result.batches()) {
      int given = batch.allocations().map(Allocation::places).sum().intValue();
      assertThat(batch.allocations()).allMatch(allocation -> allocation.places() > 0);
      assertThat(given + batch.remainder()).isEqualTo(batchPlaces.get(batch.id()).get());
      assertThat(batch.remainder()).isNotNegative();
      for (Allocation allocation : batch.allocations()) {
        Answers answers = answers(scenario, allocation.provider(), batch.id()).get();
        assertThat(allocation.places())
            .isLessThanOrEqualTo(answers.placesWanted().get().intValue());
      }
    }
    for (Request request : scenario.requests()) {
      RequestResult outcome = result.request(request.id().get()).get();
      List<Allocation> allocations =
          result
              .batches()
              .flatMap(BatchResult::allocations)
              .filter(a -> a.request().equals(request.id().get()));
      int received = allocations.map(Allocation::places).sum().intValue();
      int authorized =
          allocations.filter(Allocation::authorized).map(Allocation::places).sum().intValue();
      assertThat(outcome.placesGranted()).isEqualTo(authorized);
      assertThat(received).isLessThanOrEqualTo(request.places().get().intValue());
      assertThat(outcome.placesRemaining())
          .isBetween(0, Math.max(0, request.places().get().intValue() - received));
    }
  }

  @Property
  void placesNeverGoToAFailedFileNorAfterTheRequestWasWithdrawn(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    java.util.Set<String> withdrawn = new java.util.HashSet<>();
    for (BatchResult batch : inRunOrder(scenario, result)) {
      for (TrailEvent event : batch.trail()) {
        if (event instanceof TrailEvent.Recommended recommended) {
          assertThat(withdrawn).doesNotContain(recommended.requestId());
          Answers answers = answers(scenario, recommended.providerId(), batch.id()).get();
          assertThat(answers.maintainsRequest()).contains(true);
          for (int i = 0; i < Answers.CONFORMITY.size(); i++) {
            boolean planned =
                Answers.CONFORMITY.get(i).equals("tenHourWeekdays")
                    && answers.tenHourOfferPlannedOn().isDefined();
            assertThat(answers.conformity().get(i).contains(true) || planned).isTrue();
          }
        }
        withdrawal(event).forEach(withdrawn::add);
      }
      for (Allocation allocation : batch.allocations()) {
        assertThat(allocation.authorized())
            .isEqualTo(
                batch
                    .trail()
                    .exists(
                        e ->
                            e instanceof TrailEvent.Authorized a
                                && a.requestId().equals(allocation.request())));
      }
    }
  }

  @Property
  void withinAQueueEveryEarlierRequestStillInTheRegisterIsConsideredFirst(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    checkChronologicalPlaces(scenario, result, request -> true);
  }

  @Property
  void aRequestKeptAfterDecliningOrFailingIsConsideredAgainInItsChronologicalPlace(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    java.util.Set<String> kept =
        result
            .batches()
            .flatMap(BatchResult::trail)
            .filter(
                e ->
                    e instanceof TrailEvent.NotMaintained m && m.kept()
                        || e instanceof TrailEvent.NotConform c && c.kept())
            .flatMap(TrailEvent::request)
            .toJavaSet();
    checkChronologicalPlaces(scenario, result, kept::contains);
  }

  /**
   * In run order, whenever a batch considers a request (a candidate, or passed over for the child's
   * profile), every earlier request of its queue (same sector and list) that is still in the
   * register and asks for places, among those {@code watched}, was considered before it in that
   * batch.
   */
  private static void checkChronologicalPlaces(
      Scenario scenario, AllocationResult result, java.util.function.Predicate<String> watched) {
    java.util.Set<String> withdrawn = new java.util.HashSet<>();
    java.util.Map<String, Integer> placed = new java.util.HashMap<>();
    for (BatchResult batch : inRunOrder(scenario, result)) {
      java.util.Set<String> settled = new java.util.HashSet<>(withdrawn);
      for (Request request : scenario.requests()) {
        if (placed.getOrDefault(request.id().get(), 0) >= request.places().get().intValue()) {
          settled.add(request.id().get());
        }
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (TrailEvent event : batch.trail()) {
        if (event instanceof TrailEvent.Candidate || event instanceof TrailEvent.ProfileMismatch) {
          Request considered = request(scenario, event.request().get());
          scenario
              .requests()
              .filter(r -> r.type().equals(considered.type()))
              .filter(r -> r.sector().equals(considered.sector()))
              .filter(r -> CHRONOLOGICAL.compare(r, considered) < 0)
              .filter(r -> !settled.contains(r.id().get()) && watched.test(r.id().get()))
              .forEach(
                  earlier ->
                      assertThat(seen)
                          .as("%s before %s in %s", earlier.id(), considered.id(), batch.id())
                          .contains(earlier.id().get()));
          seen.add(considered.id().get());
        }
        if (event instanceof TrailEvent.Recommended r) {
          placed.merge(r.requestId(), r.places(), Integer::sum);
        }
        if (event instanceof TrailEvent.BoardRefused r) {
          placed.merge(r.requestId(), -r.places(), Integer::sum);
        }
        withdrawal(event).forEach(withdrawn::add);
      }
    }
  }

  @Property
  void theResultDoesNotDependOnTheOrderOfTheInputLists(
      @ForAll("shuffledPairs") List<Scenario> pair) {
    assertThat(allocate(pair.get(1))).isEqualTo(allocate(pair.get(0)));
  }

  @Property
  void sameInputSameOutput(@ForAll("scenarios") Scenario scenario) {
    assertThat(allocate(scenario)).isEqualTo(allocate(Scenario.builder().from(scenario).build()));
  }

  @Property
  void theFirstStoppedBatchResumesWhereItStoppedOnceAnswersArrive(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Option<BatchResult> first =
        inRunOrder(scenario, result).find(b -> b.outcome() == BatchOutcome.PENDING_VERIFICATION);
    if (first.isEmpty()) {
      return;
    }
    String provider = first.get().pendingProvider().get();
    Scenario answered =
        Scenario.builder()
            .from(scenario)
            .providers(
                scenario
                    .providers()
                    .map(
                        p ->
                            p.id().contains(provider)
                                ? Provider.builder().from(p).answers(Answers.conforming(2)).build()
                                : p))
            .build();

    List<TrailEvent> before = first.get().trail().init();
    List<TrailEvent> after = allocate(answered).batch(first.get().id()).get().trail();

    assertThat(first.get().trail().last()).isInstanceOf(TrailEvent.AwaitingAnswers.class);
    assertThat(after.take(before.size())).isEqualTo(before);
  }

  @Provide
  Arbitrary<List<Object>> withBoardChoices() {
    return Combinators.combine(
            Scenarios.valid(),
            Arbitraries.integers().between(0, 2).list().ofSize(30).map(List::ofAll))
        .as((scenario, choices) -> List.of(scenario, choices));
  }

  @Property
  void boardDecisionsChangeNothingBeforeTheFirstEventTheyDecide(
      @ForAll("withBoardChoices") List<Object> input) {
    Scenario scenario = (Scenario) input.get(0);
    @SuppressWarnings("unchecked")
    List<Integer> choices = (List<Integer>) input.get(1);
    AllocationResult result = allocate(scenario);
    List<BatchResult> order = inRunOrder(scenario, result);
    List<String> undecided =
        order
            .flatMap(
                batch ->
                    batch
                        .trail()
                        .filter(TrailEvent.Recommended.class::isInstance)
                        .map(e -> batch.id() + " " + e.request().get()))
            .filter(
                pair ->
                    !scenario
                        .boardDecisions()
                        .exists(d -> pair.equals(d.batch().get() + " " + d.request().get())));
    Scenario.Builder decided = Scenario.builder().from(scenario);
    java.util.Set<String> added = new java.util.HashSet<>();
    for (int i = 0; i < undecided.size(); i++) {
      int choice = choices.get(i % choices.size());
      if (choice > 0) {
        String[] pair = undecided.get(i).split(" ");
        decided.addBoardDecisions(BoardDecision.of(pair[0], pair[1], choice == 1, "2016-06-15"));
        added.add(undecided.get(i));
      }
    }
    AllocationResult after = allocate(decided.build());

    for (BatchResult batch : order) {
      List<TrailEvent> trail = batch.trail();
      int first =
          trail.indexWhere(
              e ->
                  e instanceof TrailEvent.Recommended
                      && added.contains(batch.id() + " " + e.request().get()));
      List<TrailEvent> again = after.batch(batch.id()).get().trail();
      if (first < 0) {
        assertThat(again).isEqualTo(trail);
        continue;
      }
      assertThat(again.take(first + 1)).isEqualTo(trail.take(first + 1));
      assertThat(again.get(first + 1))
          .isInstanceOfAny(TrailEvent.Authorized.class, TrailEvent.BoardRefused.class);
      return;
    }
  }

  @Property
  void everyRequestAndEveryBatchAppearsOnceWithAnOutcome(@ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);

    List<String> granted =
        result.requests().filter(r -> r.status() == RequestStatus.GRANTED).map(RequestResult::id);
    assertThat(result.batches().map(BatchResult::id))
        .containsExactlyInAnyOrderElementsOf(
            scenario.batches().map(b -> b.id().get()).appendAll(granted));
    assertThat(result.requests().map(RequestResult::id))
        .containsExactlyInAnyOrderElementsOf(scenario.requests().map(r -> r.id().get()));
    assertThat(result.batches().map(BatchResult::id).toJavaList()).isSorted();
    assertThat(result.requests().map(RequestResult::id).toJavaList()).isSorted();
    assertThat(result.grids().map(AnalysisGrid::batch))
        .isEqualTo(result.batches().map(BatchResult::id));
    for (BatchResult batch : result.batches()) {
      assertThat(batch.outcome() == BatchOutcome.ALLOCATED).isEqualTo(batch.remainder() == 0);
      assertThat(batch.pendingProvider().isDefined())
          .isEqualTo(batch.outcome() == BatchOutcome.PENDING_VERIFICATION);
    }
  }

  @Property
  void everyRequestGetsItsLettersDueByItsDecisionDue(@ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    boolean finalAnswer =
        result.batches().forAll(b -> b.outcome() != BatchOutcome.PENDING_VERIFICATION)
            && result.batches().flatMap(BatchResult::allocations).forAll(Allocation::authorized);
    for (RequestResult request : result.requests()) {
      List<Letter> letters = result.letters().filter(l -> l.request().equals(request.id()));
      assertThat(letters).allMatch(letter -> letter.due().equals(request.decisionDue()));
      assertThat(letters.exists(l -> l.letter() == LetterKind.CONFIRMATION))
          .isEqualTo(request.placesGranted() > 0);
      if (request.rule().isDefined()) {
        assertThat(letters.map(Letter::letter)).containsExactly(LetterKind.DECREASE_DECISION);
      } else if (finalAnswer) {
        assertThat(letters).as(request.id()).isNotEmpty();
      }
    }
    assertThat(result.letters().toJavaList()).isSortedAccordingTo(Letter.ORDER);
  }

  @Property
  void everyDecisionCarriesItsTrail(@ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    for (BatchResult batch : result.batches()) {
      List<TrailEvent> trail = batch.trail();
      assertThat(trail)
          .allMatch(
              event ->
                  event.rule().name().startsWith("ALLOC_STEP")
                      || event.rule() == Rule.ALLOC_BOARD_DECISION);
      List<Allocation> recommended = List.empty();
      for (int i = 0; i < trail.size(); i++) {
        TrailEvent event = trail.get(i);
        boolean step2 =
            event instanceof TrailEvent.Recommended
                || event instanceof TrailEvent.NotConform
                || event instanceof TrailEvent.NotMaintained
                || event instanceof TrailEvent.AwaitingAnswers;
        if (step2) {
          TrailEvent previous = trail.get(i - 1);
          assertThat(previous).isInstanceOf(TrailEvent.Candidate.class);
          assertThat(previous.request()).isEqualTo(event.request());
        }
        if (event instanceof TrailEvent.Authorized || event instanceof TrailEvent.BoardRefused) {
          assertThat(trail.get(i - 1)).isInstanceOf(TrailEvent.Recommended.class);
          assertThat(trail.get(i - 1).request()).isEqualTo(event.request());
        }
        if (event instanceof TrailEvent.Recommended r) {
          Option<TrailEvent> next =
              i + 1 < trail.size() ? Option.some(trail.get(i + 1)) : Option.none();
          if (!next.exists(TrailEvent.BoardRefused.class::isInstance)) {
            recommended =
                recommended.append(
                    new Allocation(
                        r.requestId(),
                        r.providerId(),
                        r.places(),
                        r.until(),
                        next.exists(TrailEvent.Authorized.class::isInstance)));
          }
        }
      }
      assertThat(recommended).isEqualTo(batch.allocations());
      switch (batch.outcome()) {
        case PENDING_VERIFICATION ->
            assertThat(trail.last()).isInstanceOf(TrailEvent.AwaitingAnswers.class);
        case RECOGNIZE_NEW_PROVIDER, UNALLOCATED ->
            assertThat(trail.last()).isInstanceOf(TrailEvent.NoCandidate.class);
        case ALLOCATED ->
            assertThat(trail.last())
                .isInstanceOfAny(TrailEvent.Recommended.class, TrailEvent.Authorized.class);
      }
    }
    List<String> inTrails =
        result.batches().flatMap(BatchResult::trail).flatMap(TrailEvent::request).distinct();
    for (RequestResult request : result.requests()) {
      if (request.status() == RequestStatus.ACCEPTED
          || request.status() == RequestStatus.RECOMMENDED
          || request.status() == RequestStatus.REFUSED && request.rule().isEmpty()
          || request.status() == RequestStatus.WITHDRAWN
          || request.status() == RequestStatus.PENDING_VERIFICATION) {
        assertThat(inTrails).contains(request.id());
      }
    }
  }

  @Property
  void withinOneBatchARequestIsACandidateAtMostOnce(@ForAll("scenarios") Scenario scenario) {
    for (BatchResult batch : allocate(scenario).batches()) {
      List<String> candidates =
          batch
              .trail()
              .filter(
                  e -> e instanceof TrailEvent.Candidate || e instanceof TrailEvent.ProfileMismatch)
              .flatMap(TrailEvent::request);
      assertThat(candidates.distinct()).isEqualTo(candidates);
    }
  }

  @Property
  void theGridOfEachBatchIsCopiedFromItsTrail(@ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    for (AnalysisGrid grid : result.grids()) {
      BatchResult batch = result.batch(grid.batch()).get();
      List<TrailEvent> trail = batch.trail();
      assertThat(grid.selections().map(AnalysisGrid.Selection::request))
          .isEqualTo(
              trail.filter(TrailEvent.Candidate.class::isInstance).flatMap(TrailEvent::request));
      assertThat(grid.distribution().otherSectors().map(AnalysisGrid.SectorSearched::sector))
          .isEqualTo(
              trail
                  .filter(TrailEvent.SectorLeft.class::isInstance)
                  .map(e -> ((TrailEvent.SectorLeft) e).to()));
      for (AnalysisGrid.Selection selection : grid.selections()) {
        Option<TrailEvent.Recommended> recommended =
            trail
                .filter(TrailEvent.Recommended.class::isInstance)
                .map(TrailEvent.Recommended.class::cast)
                .find(r -> r.requestId().equals(selection.request()));
        assertThat(selection.confirmation().places())
            .isEqualTo(recommended.map(TrailEvent.Recommended::places).getOrElse(0));
        assertThat(selection.confirmation().authorized() == YesNo.YES)
            .isEqualTo(
                trail.exists(
                    e ->
                        e instanceof TrailEvent.Authorized
                            && e.request().contains(selection.request())));
        assertThat(selection.confirmation().recommended() == YesNo.NOT_REACHED)
            .isEqualTo(
                trail.exists(
                    e ->
                        e instanceof TrailEvent.AwaitingAnswers
                            && e.request().contains(selection.request())));
      }
      int placed = batch.allocations().map(Allocation::places).sum().intValue();
      assertThat(grid.results().placesKept()).isBetween(0, placed);
      assertThat(grid.places().count()).isEqualTo(placed + batch.remainder());
    }
  }

  @Property
  void theRunEndsWhenEveryProviderFails(@ForAll("failing") Scenario scenario) {
    AllocationResult result = allocate(scenario);

    assertThat(result.batches().flatMap(BatchResult::allocations)).isEmpty();
    assertThat(result.batches().map(BatchResult::outcome))
        .allMatch(
            outcome ->
                outcome == BatchOutcome.RECOGNIZE_NEW_PROVIDER
                    || outcome == BatchOutcome.UNALLOCATED);
    assertThat(result.requests().map(RequestResult::status))
        .doesNotContain(
            RequestStatus.ACCEPTED, RequestStatus.RECOMMENDED, RequestStatus.PENDING_VERIFICATION);
  }

  /** The request an event withdraws from the register, if it does. */
  private static Option<String> withdrawal(TrailEvent event) {
    boolean withdraws =
        event instanceof TrailEvent.NotMaintained m && !m.kept()
            || event instanceof TrailEvent.NotConform c && !c.kept()
            || event instanceof TrailEvent.BoardRefused;
    return withdraws ? event.request() : Option.none();
  }

  /** The batches in the order the run takes them: availability date, then id. */
  private static List<BatchResult> inRunOrder(Scenario scenario, AllocationResult result) {
    Map<String, LocalDate> availability = availability(scenario, result);
    return result
        .batches()
        .sorted(
            Comparator.comparing((BatchResult b) -> availability.get(b.id()).get())
                .thenComparing(BatchResult::id));
  }

  // ---- reading the scenario

  private static final Comparator<Request> CHRONOLOGICAL =
      Comparator.comparing((Request r) -> r.receivedOn().get()).thenComparing(r -> r.id().get());

  private static Map<String, Integer> batchPlaces(Scenario scenario, AllocationResult result) {
    return scenario
        .batches()
        .toMap(b -> b.id().get(), b -> b.places().get().intValue())
        .merge(
            scenario
                .requests()
                .filter(r -> r.type().contains("DECREASE"))
                .toMap(r -> r.id().get(), r -> r.places().get().intValue()))
        .filterKeys(id -> result.batch(id).isDefined());
  }

  private static Map<String, LocalDate> availability(Scenario scenario, AllocationResult result) {
    return scenario
        .batches()
        .toMap(b -> b.id().get(), b -> LocalDate.parse(b.availableOn().get()))
        .merge(
            result
                .requests()
                .filter(r -> r.effectiveOn().isDefined())
                .toMap(RequestResult::id, r -> r.effectiveOn().get()));
  }

  private static Provider provider(Scenario scenario, String id) {
    return scenario.providers().find(p -> p.id().contains(id)).get();
  }

  private static Request request(Scenario scenario, String id) {
    return scenario.requests().find(r -> r.id().contains(id)).get();
  }

  /** The answers of a provider to the offer of one batch. */
  private static Option<Answers> answers(Scenario scenario, String provider, String batch) {
    Provider entered = provider(scenario, provider);
    return entered.answersByBatch().get(batch).orElse(entered.answers());
  }
}
