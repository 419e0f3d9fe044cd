package io.github.childcarerules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.BatchOutcome;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.CandidateSource;
import io.github.childcarerules.allocation.ExclusionReason;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.NaturalOrder;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.YesNo;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.ChildProfile;
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
import net.jqwik.api.statistics.Statistics;

/** RULES.md §9 "Guarantees", each a property over generated scenarios. */
class AllocationPropertiesTest {
  @Provide
  Arbitrary<Scenario> scenarios() {
    return Scenarios.valid();
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

  // ---- the generator

  @Property
  void generatedScenariosPassTheChecks(@ForAll("scenarios") Scenario scenario) {
    assertThat(Allocator.check(scenario).violations()).isEmpty();
  }

  @Property
  void generatedScenariosUseWhatTheRevisedRulesRead(@ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Run run = new Run(scenario, result);
    List<TrailEvent> trails = result.batches().flatMap(BatchResult::trail);
    java.util.Set<String> requestProviders =
        scenario.requests().flatMap(Request::provider).toJavaSet();
    feature(
        "a batch from the provider of a request",
        scenario.batches().exists(b -> b.provider().exists(requestProviders::contains)));
    feature(
        "a provider excluded as suspended",
        trails.exists(
            e ->
                e instanceof TrailEvent.ProviderExcluded x
                    && x.reason() == ExclusionReason.SUSPENDED));
    feature(
        "a provider excluded for its own places",
        trails.exists(
            e ->
                e instanceof TrailEvent.ProviderExcluded x
                    && x.reason() == ExclusionReason.OWN_PLACES));
    feature(
        "a request given temporary and permanent places",
        result
            .requests()
            .exists(
                r ->
                    run.allocationsOf(r.id()).exists(a -> a.until().isDefined())
                        && run.allocationsOf(r.id()).exists(a -> a.until().isEmpty())));
    feature(
        "a request answered already", scenario.requests().exists(r -> r.answeredOn().isDefined()));
    feature(
        "a suspension refused for ending before its notice",
        result
            .requests()
            .exists(
                r ->
                    r.status() == RequestStatus.REFUSED
                        && r.rule().contains(Rule.ALLOC_DECREASE_NOTICE)));
    feature(
        "ids received the same day whose natural order is not their order as text",
        scenario
            .requests()
            .crossProduct()
            .exists(
                pair ->
                    pair._1.receivedOn().equals(pair._2.receivedOn())
                        && NaturalOrder.IDS.compare(pair._1.id().get(), pair._2.id().get()) < 0
                        && pair._1.id().get().compareTo(pair._2.id().get()) > 0));
    feature(
        "batches available the same day whose natural order is not their order as text",
        scenario
            .batches()
            .crossProduct()
            .exists(
                pair ->
                    pair._1.availableOn().equals(pair._2.availableOn())
                        && NaturalOrder.IDS.compare(pair._1.id().get(), pair._2.id().get()) < 0
                        && pair._1.id().get().compareTo(pair._2.id().get()) > 0));
    java.util.Set<String> withoutNeeds =
        scenario
            .sectors()
            .filter(sector -> sector.parentNeeds().exists(n -> n.signum() == 0))
            .flatMap(sector -> sector.name())
            .toJavaSet();
    feature(
        "used places in a sector without needs",
        run.batches.values().exists(b -> b.used && withoutNeeds.contains(b.sector)));
  }

  /** Counts how often a feature shows, and fails the property when it shows in under 2 %. */
  private static void feature(String name, boolean shown) {
    Statistics.label(name).collect(shown);
    Statistics.label(name).coverage(coverage -> coverage.check(true).percentage(p -> p >= 2));
  }

  // ---- places

  @Property
  void noBatchGivesMoreThanItHasAndNoRequestReceivesMoreThanItAsked(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Run run = new Run(scenario, result);
    for (BatchResult batch : result.batches()) {
      int given = batch.allocations().map(Allocation::places).sum().intValue();
      assertThat(batch.allocations()).allMatch(allocation -> allocation.places() > 0);
      assertThat(given + batch.remainder()).isEqualTo(run.batch(batch.id()).places);
      assertThat(batch.remainder()).isNotNegative();
      for (Allocation allocation : batch.allocations()) {
        Answers answers = answers(scenario, allocation.provider(), batch.id()).get();
        assertThat(allocation.places())
            .isLessThanOrEqualTo(answers.placesWanted().get().intValue());
      }
    }
    // in the order of the run: from permanent batches at most its places, from a temporary one at
    // most what it still asks counting every place it holds
    java.util.Map<String, Integer> permanent = new java.util.HashMap<>();
    java.util.Map<String, Integer> all = new java.util.HashMap<>();
    for (BatchResult batch : run.inRunOrder()) {
      boolean temporary = run.batch(batch.id()).temporary;
      for (Allocation allocation : batch.allocations()) {
        int places = run.request(allocation.request()).places().get().intValue();
        int held = (temporary ? all : permanent).getOrDefault(allocation.request(), 0);
        assertThat(allocation.places()).as(allocation.request()).isLessThanOrEqualTo(places - held);
        assertThat(allocation.until().isDefined()).isEqualTo(temporary);
        all.merge(allocation.request(), allocation.places(), Integer::sum);
        if (!temporary) {
          permanent.merge(allocation.request(), allocation.places(), Integer::sum);
        }
      }
    }
    for (RequestResult outcome : result.requests()) {
      List<Allocation> allocations = run.allocationsOf(outcome.id());
      int authorized =
          allocations.filter(Allocation::authorized).map(Allocation::places).sum().intValue();
      assertThat(outcome.placesGranted()).isEqualTo(authorized);
    }
  }

  @Property
  void temporaryPlacesNeverReduceWhatARequestAsksFromPermanentBatches(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Run run = new Run(scenario, result);
    // each recommendation is the least of the places wanted, the places the request still asks of
    // such a batch (temporary places counted only by temporary batches) and the places left
    Lives lives = new Lives(run);
    for (BatchResult batch : run.inRunOrder()) {
      BatchFacts facts = run.batch(batch.id());
      int left = facts.places;
      for (TrailEvent event : batch.trail()) {
        if (event instanceof TrailEvent.Recommended recommended) {
          Life life = lives.of(recommended.requestId());
          int wanted =
              answers(scenario, recommended.providerId(), batch.id())
                  .get()
                  .placesWanted()
                  .get()
                  .intValue();
          assertThat(recommended.places())
              .as("%s in %s", recommended.requestId(), batch.id())
              .isEqualTo(Math.min(wanted, Math.min(life.asks(facts.temporary), left)));
          left -= recommended.places();
        }
        if (event instanceof TrailEvent.BoardRefused refused) {
          left += refused.places();
        }
      }
      lives.apply(batch);
    }
    for (RequestResult outcome : result.requests()) {
      for (Life life : lives.lives.get(outcome.id())) {
        assertThat(life.permanentHeld).isLessThanOrEqualTo(life.places);
        assertThat(outcome.placesRemaining())
            .isEqualTo(life.cause.isDefined() ? 0 : life.asks(false));
      }
    }
  }

  @Property
  void placesNeverGoToAFailedFileNorAfterTheRequestWasWithdrawn(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    java.util.Set<String> withdrawn = new java.util.HashSet<>();
    for (BatchResult batch : new Run(scenario, result).inRunOrder()) {
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
  void noBatchGoesToTheProviderItCameFromNorToAProviderSuspendedOnItsAvailabilityDate(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Run run = new Run(scenario, result);
    for (BatchResult batch : result.batches()) {
      BatchFacts facts = run.batch(batch.id());
      for (TrailEvent event : batch.trail()) {
        Option<String> provider = event.provider();
        if (event instanceof TrailEvent.ProviderExcluded excluded) {
          ExclusionReason reason =
              facts.provider.contains(excluded.providerId())
                  ? ExclusionReason.OWN_PLACES
                  : ExclusionReason.SUSPENDED;
          assertThat(excluded.reason()).as("%s in %s", excluded, batch.id()).isEqualTo(reason);
          assertThat(
                  reason == ExclusionReason.OWN_PLACES
                      || run.suspended(excluded.providerId(), facts.availableOn))
              .as("%s in %s", excluded, batch.id())
              .isTrue();
          assertThat(excluded.rule()).isEqualTo(Rule.ALLOC_STEP1_PROVIDER_EXCLUDED);
        } else if (provider.isDefined()) {
          // a candidate, or passed over for the child's profile: its provider may receive places
          assertThat(facts.provider.contains(provider.get()))
              .as("%s in %s from %s", event, batch.id(), facts.provider)
              .isFalse();
          assertThat(run.suspended(provider.get(), facts.availableOn))
              .as("%s in %s on %s", event, batch.id(), facts.availableOn)
              .isFalse();
        }
      }
    }
  }

  @Property
  void aUsedBatchNeverLeavesItsSector(@ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Run run = new Run(scenario, result);
    for (BatchResult batch : result.batches()) {
      BatchFacts facts = run.batch(batch.id());
      if (!facts.used) {
        continue;
      }
      assertThat(batch.trail())
          .as(batch.id())
          .noneMatch(TrailEvent.SectorLeft.class::isInstance)
          .noneMatch(
              e ->
                  e instanceof TrailEvent.Candidate c
                      && c.source() == CandidateSource.OTHER_SECTOR);
      assertThat(batch.trail().flatMap(TrailEvent::request).map(id -> run.request(id).sector()))
          .as(batch.id())
          .allMatch(sector -> sector.contains(facts.sector));
      assertThat(batch.outcome()).isNotEqualTo(BatchOutcome.RECOGNIZE_NEW_PROVIDER);
    }
  }

  // ---- chronological order

  @Property
  void withinAQueueEveryEarlierRequestStillInTheRegisterIsConsideredFirst(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    checkChronologicalPlaces(new Run(scenario, result), request -> true);
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
    checkChronologicalPlaces(new Run(scenario, result), kept::contains);
  }

  @Property
  void withinABatchEachListOfASectorIsMetInOrderOfReceiptTiesInNaturalOrder(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Run run = new Run(scenario, result);
    for (BatchResult batch : result.batches()) {
      java.util.Map<String, Request> last = new java.util.HashMap<>();
      for (TrailEvent event : batch.trail()) {
        if (met(event)) {
          Request request = run.request(event.request().get());
          String list = request.sector().get() + " " + request.type().get();
          Request previous = last.put(list, request);
          if (previous != null) {
            assertThat(CHRONOLOGICAL.compare(previous, request))
                .as("%s then %s in %s", previous.id(), request.id(), batch.id())
                .isNegative();
          }
        }
      }
    }
  }

  /** A request met by step 1: a candidate, or passed over for the child or for its provider. */
  private static boolean met(TrailEvent event) {
    return event instanceof TrailEvent.Candidate
        || event instanceof TrailEvent.ProfileMismatch
        || event instanceof TrailEvent.ProviderExcluded;
  }

  /**
   * In run order, whenever a batch meets a request, every earlier request of its queue (same sector
   * and list) that is still in the register and asks for places of such a batch (permanent, or
   * temporary), among those {@code watched}, was met before it in that batch.
   */
  private static void checkChronologicalPlaces(
      Run run, java.util.function.Predicate<String> watched) {
    Lives lives = new Lives(run);
    for (BatchResult batch : run.inRunOrder()) {
      boolean temporary = run.batch(batch.id()).temporary;
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (TrailEvent event : batch.trail()) {
        if (met(event)) {
          Request considered = run.request(event.request().get());
          run.scenario
              .requests()
              .filter(r -> r.type().equals(considered.type()))
              .filter(r -> r.sector().equals(considered.sector()))
              .filter(r -> CHRONOLOGICAL.compare(r, considered) < 0)
              .filter(r -> watched.test(r.id().get()))
              .filter(r -> lives.of(r.id().get()).asksOf(temporary))
              .forEach(
                  earlier ->
                      assertThat(seen)
                          .as("%s before %s in %s", earlier.id(), considered.id(), batch.id())
                          .contains(earlier.id().get()));
          seen.add(considered.id().get());
        }
      }
      lives.apply(batch);
    }
  }

  // ---- determinism and resumability

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
        new Run(scenario, result)
            .inRunOrder()
            .find(b -> b.outcome() == BatchOutcome.PENDING_VERIFICATION);
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
    List<BatchResult> order = new Run(scenario, result).inRunOrder();
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

  // ---- outcomes and letters

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
    assertThat(result.batches().map(BatchResult::id).toJavaList())
        .isSortedAccordingTo(NaturalOrder.IDS);
    assertThat(result.requests().map(RequestResult::id).toJavaList())
        .isSortedAccordingTo(NaturalOrder.IDS);
    assertThat(result.grids().map(AnalysisGrid::batch))
        .isEqualTo(result.batches().map(BatchResult::id));
    for (BatchResult batch : result.batches()) {
      assertThat(batch.outcome() == BatchOutcome.ALLOCATED).isEqualTo(batch.remainder() == 0);
      assertThat(batch.pendingProvider().isDefined())
          .isEqualTo(batch.outcome() == BatchOutcome.PENDING_VERIFICATION);
    }
  }

  @Property
  void statusesAndLettersAreReadFromEachRequestsOwnLife(@ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Run run = new Run(scenario, result);
    Lives lives = Lives.replayed(run);
    List<Letter> expected = List.empty();
    for (RequestResult outcome : result.requests()) {
      Request request = run.request(outcome.id());
      LocalDate decisionDue = LocalDate.parse(request.receivedOn().get()).plusDays(30);
      assertThat(outcome.decisionDue()).isEqualTo(decisionDue);
      if (request.type().contains("DECREASE")) {
        if (request.answeredOn().isEmpty()) {
          expected =
              expected.append(
                  new Letter(
                      request.provider().get(),
                      outcome.id(),
                      LetterKind.DECREASE_DECISION,
                      decisionDue,
                      Rule.ALLOC_DECISION_DELAY,
                      List.empty()));
        }
        continue;
      }
      Life life = lives.of(outcome.id());
      assertThat(outcome.status()).as(outcome.id()).isEqualTo(life.status());
      assertThat(outcome.keptInRegister()).as(outcome.id()).isEqualTo(life.kept());
      assertThat(outcome.placesGranted()).as(outcome.id()).isEqualTo(life.granted);
      expected = expected.appendAll(life.letters(request, decisionDue, run.asOf));
    }
    assertThat(result.letters()).isEqualTo(expected.sorted(Letter.ORDER));
  }

  /**
   * Generated scenarios in which every provider answers, but the provider of one request has no
   * answers for every offer, none for the first listed batch of the run either, and for every other
   * listed batch answers of its own that decline the offer or fail a check, keeping its requests in
   * the register or not: its requests are often awaited by a batch and withdrawn by a later one.
   */
  @Provide
  Arbitrary<Scenario> awaitedThenAnswered() {
    return Combinators.combine(
            Scenarios.answered(), Arbitraries.of(true, false), Arbitraries.of(false, false, true))
        .as(AllocationPropertiesTest::awaitedThenAnswered);
  }

  private static Scenario awaitedThenAnswered(Scenario scenario, boolean declines, boolean keeps) {
    List<Batch> batches =
        scenario
            .batches()
            .sorted(
                Comparator.comparing((Batch b) -> LocalDate.parse(b.availableOn().get()))
                    .thenComparing(b -> b.id().get(), NaturalOrder.IDS));
    // the provider of the first increase request of the first batch's sector
    Option<String> id =
        batches
            .headOption()
            .flatMap(
                first ->
                    scenario
                        .requests()
                        .filter(r -> r.type().contains("INCREASE"))
                        .filter(r -> r.sector().equals(first.sector()))
                        .sorted(CHRONOLOGICAL)
                        .headOption())
            .flatMap(Request::provider);
    if (id.isEmpty()) {
      return scenario;
    }
    Provider chosen = provider(scenario, id.get());
    Answers answers =
        Answers.builder()
            .from(Answers.conforming(1))
            .maintainsRequest(!declines)
            .placesWanted(declines ? 0 : 1)
            .keepsRequest(keeps)
            .engagementFormsOnFile(declines)
            .build();
    Provider.Builder changed =
        (Provider.Builder)
            Provider.builder()
                .from(chosen)
                .answers(Option.none())
                .answersByBatch(io.vavr.collection.HashMap.empty());
    // no answers for the first listed batch of the run, answers for the others
    batches.drop(1).forEach(batch -> changed.putAnswersByBatch(batch.id().get(), answers));
    return Scenario.builder()
        .from(scenario)
        .providers(scenario.providers().map(p -> p == chosen ? changed.build() : p))
        .build();
  }

  @Property
  void aWithdrawnRequestIsNeverPendingVerification(
      @ForAll("awaitedThenAnswered") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Lives lives = Lives.replayed(new Run(scenario, result));
    boolean awaitedThenWithdrawn = false;
    for (RequestResult outcome : result.requests()) {
      for (Life life : lives.lives.get(outcome.id())) {
        if (life.cause.isDefined()) {
          assertThat(outcome.status())
              .as(outcome.id())
              .isIn(
                  RequestStatus.REFUSED,
                  RequestStatus.WITHDRAWN,
                  RequestStatus.ACCEPTED,
                  RequestStatus.RECOMMENDED);
          assertThat(outcome.placesRemaining()).isZero();
          awaitedThenWithdrawn |= life.awaited;
        }
      }
    }
    // the batch that awaits a withdrawn request's answers still awaits them, naming its provider
    for (BatchResult batch : result.batches()) {
      for (TrailEvent event : batch.trail()) {
        if (event instanceof TrailEvent.AwaitingAnswers awaiting) {
          assertThat(batch.outcome()).isEqualTo(BatchOutcome.PENDING_VERIFICATION);
          assertThat(batch.pendingProvider()).contains(awaiting.providerId());
        }
      }
    }
    feature("a request withdrawn after its provider's answers were awaited", awaitedThenWithdrawn);
  }

  @Property
  void everyRequestNotAwaitingTheBoardOrItsProviderGetsItsLetter(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Run run = new Run(scenario, result);
    for (RequestResult outcome : result.requests()) {
      Request request = run.request(outcome.id());
      List<LetterKind> letters =
          result.letters().filter(l -> l.request().equals(outcome.id())).map(Letter::letter);
      assertThat(letters.distinct()).isEqualTo(letters);
      boolean increaseOrObtention = !request.type().contains("DECREASE");
      boolean awaited =
          outcome.status() == RequestStatus.RECOMMENDED
              || outcome.status() == RequestStatus.PENDING_VERIFICATION;
      if (increaseOrObtention && !awaited && request.answeredOn().isEmpty()) {
        assertThat(letters).as(outcome.id()).isNotEmpty();
        boolean both =
            letters.contains(LetterKind.CONFIRMATION) && letters.contains(LetterKind.REFUSAL);
        assertThat(letters).as(outcome.id()).hasSize(both ? 2 : 1);
      }
      assertThat(letters.contains(LetterKind.CONFIRMATION)).isEqualTo(outcome.placesGranted() > 0);
    }
  }

  @Property
  void aLetterIsNeverDueBeforeDecisionDueNorBeforeTheDecisionItReports(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Run run = new Run(scenario, result);
    List<TrailEvent> trails = result.batches().flatMap(BatchResult::trail);
    for (Letter letter : result.letters()) {
      RequestResult outcome = result.request(letter.request()).get();
      assertThat(letter.due()).isAfterOrEqualTo(outcome.decisionDue());
      List<TrailEvent> about = trails.filter(e -> e.request().contains(letter.request()));
      if (letter.letter() == LetterKind.CONFIRMATION) {
        about
            .filter(TrailEvent.Authorized.class::isInstance)
            .map(e -> ((TrailEvent.Authorized) e).on())
            .forEach(on -> assertThat(letter.due()).isAfterOrEqualTo(on));
      } else if (letter.letter() == LetterKind.REFUSAL) {
        Option<LocalDate> board =
            about
                .filter(TrailEvent.BoardRefused.class::isInstance)
                .map(e -> ((TrailEvent.BoardRefused) e).on())
                .headOption();
        assertThat(letter.due()).isAfterOrEqualTo(board.getOrElse(run.asOf));
      } else {
        assertThat(letter.due()).isEqualTo(outcome.decisionDue());
      }
      assertThat(letter.grants().isEmpty()).isEqualTo(letter.letter() != LetterKind.CONFIRMATION);
    }
  }

  @Provide
  Arbitrary<List<Object>> withAnotherBatch() {
    return Combinators.combine(
            Scenarios.valid(),
            Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(0, 4),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 120),
            Arbitraries.of(true, true, false))
        .as(
            (scenario, places, sector, used, temporary, day, last) ->
                List.of(scenario, places, sector, used, temporary, day, last));
  }

  @Property
  void aBatchThatARequestNeverReachesDoesNotChangeItsLetters(
      @ForAll("withAnotherBatch") List<Object> input) {
    Scenario scenario = (Scenario) input.get(0);
    AllocationResult without = allocate(scenario);
    Run run = new Run(scenario, without);
    // after every batch of the run, or any day: then only when it reaches no request at all
    boolean last = (Boolean) input.get(6);
    LocalDate availableOn =
        last
            ? run.batches.values().map(b -> b.availableOn).max().getOrElse(run.asOf).plusDays(1)
            : run.asOf.plusDays((Integer) input.get(5) - 60L);
    List<String> sectors = scenario.sectors().flatMap(s -> s.name()).append("Elsewhere");
    Batch.Builder extra =
        Batch.builder()
            .id("Z1")
            .places((Integer) input.get(1))
            .sector(sectors.get((Integer) input.get(2) % sectors.size()))
            .availableOn(availableOn)
            .kind((Boolean) input.get(4) ? "TEMPORARY" : "PERMANENT")
            .status((Boolean) input.get(3) ? "USED" : "FREE")
            .origin("UNOCCUPIED");
    if ((Boolean) input.get(4)) {
      extra.until(availableOn.plusDays(90));
    }
    if ((Boolean) input.get(3)) {
      extra.child(ChildProfile.of(30, List.empty(), List.empty()));
    }
    AllocationResult with =
        allocate(Scenario.builder().from(scenario).addBatches(extra.build()).build());

    List<String> reached = with.batch("Z1").get().trail().flatMap(TrailEvent::request);
    for (RequestResult request : without.requests()) {
      if (last ? !reached.contains(request.id()) : reached.isEmpty()) {
        assertThat(with.letters().filter(l -> l.request().equals(request.id())))
            .as(request.id())
            .isEqualTo(without.letters().filter(l -> l.request().equals(request.id())));
      }
    }
  }

  // ---- trails and grids

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
  void withinOneBatchARequestIsMetAtMostOnce(@ForAll("scenarios") Scenario scenario) {
    for (BatchResult batch : allocate(scenario).batches()) {
      List<String> met =
          batch.trail().filter(AllocationPropertiesTest::met).flatMap(TrailEvent::request);
      assertThat(met.distinct()).isEqualTo(met);
    }
  }

  @Property
  void theGridOfEachBatchIsCopiedFromItsTrail(@ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Run run = new Run(scenario, result);
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
        // the number accepted: the least of the places wanted and the places left when called
        AnalysisGrid.StepTwo stepTwo = selection.stepTwo();
        Option<Integer> accepted = stepTwo.usedPlaces().orElse(stepTwo.freePlaces());
        if (stepTwo.maintained() == YesNo.YES) {
          int wanted =
              answers(scenario, selection.provider(), grid.batch())
                  .get()
                  .placesWanted()
                  .get()
                  .intValue();
          assertThat(accepted)
              .as("%s in %s", selection.request(), grid.batch())
              .contains(Math.min(wanted, leftWhenCalled(run, batch, selection.request())));
        }
      }
      int placed = batch.allocations().map(Allocation::places).sum().intValue();
      assertThat(grid.results().placesKept()).isBetween(0, placed);
      assertThat(grid.places().count()).isEqualTo(placed + batch.remainder());
    }
  }

  /** The places left in a batch when its trail reaches the request as a candidate. */
  private static int leftWhenCalled(Run run, BatchResult batch, String request) {
    int left = run.batch(batch.id()).places;
    for (TrailEvent event : batch.trail()) {
      if (event instanceof TrailEvent.Candidate && event.request().contains(request)) {
        return left;
      }
      if (event instanceof TrailEvent.Recommended recommended) {
        left -= recommended.places();
      }
      if (event instanceof TrailEvent.BoardRefused refused) {
        left += refused.places();
      }
    }
    throw new AssertionError(request + " is no candidate of " + batch.id());
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

  // ---- reading the scenario and the run

  /** By date received, ties by id in natural order: the order of the register. */
  private static final Comparator<Request> CHRONOLOGICAL =
      Comparator.comparing((Request r) -> LocalDate.parse(r.receivedOn().get()))
          .thenComparing(r -> r.id().get(), NaturalOrder.IDS);

  /** What the properties read of a batch, listed or made by a granted decrease. */
  private record BatchFacts(
      String id,
      int places,
      String sector,
      LocalDate availableOn,
      boolean temporary,
      Option<LocalDate> until,
      boolean used,
      Option<String> provider) {}

  /** A scenario and its result, read for the properties. */
  private static final class Run {
    final Scenario scenario;
    final AllocationResult result;
    final LocalDate asOf;
    final Map<String, BatchFacts> batches;
    final Map<String, Request> requests;

    Run(Scenario scenario, AllocationResult result) {
      this.scenario = scenario;
      this.result = result;
      this.asOf = LocalDate.parse(scenario.asOf().get());
      this.requests = scenario.requests().toMap(r -> r.id().get(), r -> r);
      Map<String, BatchFacts> listed =
          scenario
              .batches()
              .toMap(
                  b -> b.id().get(),
                  b ->
                      new BatchFacts(
                          b.id().get(),
                          b.places().get().intValue(),
                          b.sector().get(),
                          LocalDate.parse(b.availableOn().get()),
                          b.kind().contains("TEMPORARY"),
                          b.until().map(LocalDate::parse),
                          b.status().contains("USED"),
                          b.provider()));
      Map<String, BatchFacts> decreases =
          result
              .requests()
              .filter(r -> r.effectiveOn().isDefined())
              .toMap(
                  RequestResult::id,
                  r -> {
                    Request request = requests.get(r.id()).get();
                    return new BatchFacts(
                        r.id(),
                        request.places().get().intValue(),
                        request.sector().get(),
                        r.effectiveOn().get(),
                        request.until().isDefined(),
                        request.until().map(LocalDate::parse),
                        false,
                        request.provider());
                  });
      this.batches = listed.merge(decreases);
    }

    BatchFacts batch(String id) {
      return batches.get(id).get();
    }

    Request request(String id) {
      return requests.get(id).get();
    }

    /** The batches in the order the run takes them: availability date, then id (natural order). */
    List<BatchResult> inRunOrder() {
      return result
          .batches()
          .sorted(
              Comparator.comparing((BatchResult b) -> batch(b.id()).availableOn)
                  .thenComparing(BatchResult::id, NaturalOrder.IDS));
    }

    List<Allocation> allocationsOf(String request) {
      return result
          .batches()
          .flatMap(BatchResult::allocations)
          .filter(a -> a.request().equals(request));
    }

    /** A suspension of the provider granted in the run is in force on that day, both ends in. */
    boolean suspended(String provider, LocalDate day) {
      return result
          .requests()
          .filter(r -> r.status() == RequestStatus.GRANTED)
          .map(r -> request(r.id()))
          .filter(r -> r.reason().contains("SUSPENSION") && r.provider().contains(provider))
          .exists(
              r ->
                  !day.isBefore(result.request(r.id().get()).get().effectiveOn().get())
                      && !day.isAfter(LocalDate.parse(r.until().get())));
    }
  }

  /** Each increase and obtention request's life, replayed from the trails in the run's order. */
  private static final class Lives {
    final java.util.Map<String, Option<Life>> lives = new java.util.HashMap<>();
    private final Run run;

    /** Every request in the register, nothing done to it yet; apply the batches in run order. */
    Lives(Run run) {
      this.run = run;
      for (Request request : run.scenario.requests()) {
        lives.put(
            request.id().get(),
            request.type().contains("DECREASE")
                ? Option.none()
                : Option.some(new Life(request.places().get().intValue())));
      }
    }

    /** The lives once the whole run is replayed. */
    static Lives replayed(Run run) {
      Lives lives = new Lives(run);
      run.inRunOrder().forEach(lives::apply);
      return lives;
    }

    Life of(String request) {
      return lives.get(request).get();
    }

    /** Applies a batch's trail to the lives of the requests it names. */
    void apply(BatchResult batch) {
      BatchFacts facts = run.batch(batch.id());
      for (TrailEvent event : batch.trail()) {
        event.request().forEach(id -> of(id).apply(event, facts));
      }
    }
  }

  /** Why a request left the register in the run. */
  private enum Cause {
    DECLINED,
    FAILED,
    BOARD_REFUSED
  }

  /**
   * A request's life as its trail events tell it (RULES.md §9 "Request outcomes"): places held
   * (recommended and not refused by the board) and granted, from permanent and from temporary
   * batches, and what step 2 and the board made of it.
   */
  private static final class Life {
    final int places;
    int permanentHeld;
    int temporaryHeld;
    int granted;
    boolean awaited;
    boolean declinedKept;
    boolean failedKept;
    Option<Cause> cause = Option.none();
    Option<LocalDate> withdrawnOn = Option.none();
    List<Letter.Grant> grants = List.empty();
    List<LocalDate> authorizedOn = List.empty();
    int grantedHeld;

    Life(int places) {
      this.places = places;
    }

    /** The places it still asks of a permanent or a temporary batch. */
    int asks(boolean temporary) {
      return Math.max(0, places - permanentHeld - (temporary ? temporaryHeld : 0));
    }

    /** In the register and asking for places of such a batch. */
    boolean asksOf(boolean temporary) {
      return cause.isEmpty() && asks(temporary) > 0;
    }

    void apply(TrailEvent event, BatchFacts batch) {
      if (event instanceof TrailEvent.Recommended recommended) {
        hold(batch, recommended.places());
      } else if (event instanceof TrailEvent.BoardRefused refused) {
        hold(batch, -refused.places());
        withdraw(Cause.BOARD_REFUSED, Option.some(refused.on()));
      } else if (event instanceof TrailEvent.Authorized authorized) {
        granted += authorized.places();
        grantedHeld += authorized.places();
        grants = grants.append(new Letter.Grant(batch.id(), authorized.places(), batch.until()));
        authorizedOn = authorizedOn.append(authorized.on());
      } else if (event instanceof TrailEvent.NotMaintained declined) {
        if (declined.kept()) {
          declinedKept = true;
        } else {
          withdraw(Cause.DECLINED, Option.none());
        }
      } else if (event instanceof TrailEvent.NotConform failed) {
        if (failed.kept()) {
          failedKept = true;
        } else {
          withdraw(Cause.FAILED, Option.none());
        }
      } else if (event instanceof TrailEvent.AwaitingAnswers) {
        awaited = true;
      }
    }

    private void hold(BatchFacts batch, int count) {
      if (batch.temporary) {
        temporaryHeld += count;
      } else {
        permanentHeld += count;
      }
    }

    private void withdraw(Cause why, Option<LocalDate> on) {
      if (cause.isEmpty()) {
        cause = Option.some(why);
        withdrawnOn = on;
      }
    }

    /** The first row of the outcome table that applies. */
    RequestStatus status() {
      if (granted > 0) {
        return RequestStatus.ACCEPTED;
      } else if (permanentHeld + temporaryHeld > grantedHeld) {
        return RequestStatus.RECOMMENDED;
      } else if (cause.exists(c -> c != Cause.DECLINED)) {
        return RequestStatus.REFUSED;
      } else if (cause.isDefined()) {
        return RequestStatus.WITHDRAWN;
      } else if (awaited) {
        return RequestStatus.PENDING_VERIFICATION;
      } else if (failedKept) {
        return RequestStatus.REFUSED;
      }
      return RequestStatus.WAITING;
    }

    Option<Boolean> kept() {
      return switch (status()) {
        case REFUSED, WITHDRAWN -> Option.some(cause.isEmpty());
        case WAITING -> declinedKept ? Option.some(true) : Option.none();
        default -> Option.none();
      };
    }

    /** RULES.md §9 "Letters", for an increase or obtention request. */
    List<Letter> letters(Request request, LocalDate decisionDue, LocalDate asOf) {
      String provider = request.provider().get();
      String id = request.id().get();
      List<Letter> letters = List.empty();
      if (!grants.isEmpty()) {
        LocalDate latest = authorizedOn.max().get();
        letters =
            letters.append(
                new Letter(
                    provider,
                    id,
                    LetterKind.CONFIRMATION,
                    later(decisionDue, latest),
                    Rule.ALLOC_BOARD_DECISION,
                    grants));
      }
      for (Cause why : cause) {
        Rule rule =
            switch (why) {
              case DECLINED -> Rule.ALLOC_STEP2_MAINTAIN;
              case FAILED -> Rule.ALLOC_STEP2_CONFORMITY;
              case BOARD_REFUSED -> Rule.ALLOC_BOARD_DECISION;
            };
        letters =
            letters.append(
                new Letter(
                    provider,
                    id,
                    LetterKind.REFUSAL,
                    later(decisionDue, withdrawnOn.getOrElse(asOf)),
                    rule,
                    List.empty()));
      }
      RequestStatus status = status();
      boolean waiting = status == RequestStatus.WAITING || status == RequestStatus.REFUSED;
      if (letters.isEmpty() && request.answeredOn().isEmpty() && waiting) {
        LetterKind kind =
            request.type().contains("INCREASE") ? LetterKind.WAITING_REGISTER : LetterKind.DECISION;
        letters =
            letters.append(
                new Letter(
                    provider, id, kind, decisionDue, Rule.ALLOC_DECISION_DELAY, List.empty()));
      }
      return letters;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }
  }

  private static Provider provider(Scenario scenario, String id) {
    return scenario.providers().find(p -> p.id().contains(id)).get();
  }

  /** The answers of a provider to the offer of one batch. */
  private static Option<Answers> answers(Scenario scenario, String provider, String batch) {
    Provider entered = provider(scenario, provider);
    return entered.answersByBatch().get(batch).orElse(entered.answers());
  }
}
