package io.github.childcarerules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.BatchOutcome;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.scenario.AgeGroup;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.ChildProfile;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import net.jqwik.api.Arbitrary;
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
    }
    for (Request request : scenario.requests()) {
      RequestResult outcome = result.request(request.id().get()).get();
      int received =
          result
              .batches()
              .flatMap(BatchResult::allocations)
              .filter(a -> a.request().equals(request.id().get()))
              .map(Allocation::places)
              .sum()
              .intValue();
      assertThat(outcome.placesGranted()).isEqualTo(received);
      assertThat(received).isLessThanOrEqualTo(request.places().get().intValue());
      answers(scenario, request)
          .forEach(
              answers ->
                  assertThat(received)
                      .isLessThanOrEqualTo(answers.placesWanted().get().intValue()));
    }
  }

  @Property
  void placesNeverGoToAFailedFile(@ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    for (Allocation allocation : result.batches().flatMap(BatchResult::allocations)) {
      Answers answers =
          provider(scenario, allocation.provider()).answers().getOrElseThrow(AssertionError::new);
      assertThat(answers.maintainsRequest()).contains(true);
      assertThat(answers.conformity()).allMatch(answer -> answer.contains(true));
    }
  }

  @Property
  void withinASectorEarlierEligibleRequestsAreServedFirst(@ForAll("answered") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    for (BatchResult batch : result.batches()) {
      Option<Batch> entered = scenario.batches().find(b -> b.id().contains(batch.id()));
      if (entered.isEmpty() || leaves(scenario, entered.get().sector().get())) {
        continue;
      }
      String sector = entered.get().sector().get();
      Option<ChildProfile> child = entered.get().child();
      for (Allocation allocation : batch.allocations()) {
        Request served = request(scenario, allocation.request());
        if (!served.type().contains("INCREASE")) {
          continue;
        }
        scenario
            .requests()
            .filter(r -> r.type().contains("INCREASE") && r.sector().contains(sector))
            .filter(r -> CHRONOLOGICAL.compare(r, served) < 0)
            .filter(r -> child.forAll(c -> matches(provider(scenario, r.provider().get()), c)))
            .forEach(
                earlier -> {
                  RequestResult outcome = result.request(earlier.id().get()).get();
                  Answers answers = answers(scenario, earlier).get();
                  int wanted =
                      Math.min(
                          earlier.places().get().intValue(),
                          answers.placesWanted().get().intValue());
                  assertThat(
                          outcome.status() == RequestStatus.REFUSED
                              || outcome.status() == RequestStatus.WITHDRAWN
                              || outcome.keptInRegister().contains(true)
                              || outcome.placesGranted() == wanted)
                      .as("%s before %s in %s: %s", earlier.id(), served.id(), batch.id(), outcome)
                      .isTrue();
                });
      }
    }
  }

  @Property
  void theResultDoesNotDependOnTheOrderOfTheInputLists(
      @ForAll("shuffledPairs") List<Scenario> pair) {
    assertThat(allocate(pair.get(1))).isEqualTo(allocate(pair.get(0)));
  }

  @Property
  void theFirstStoppedBatchResumesWhereItStoppedOnceAnswersArrive(
      @ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    Map<String, LocalDate> availability = availability(scenario, result);
    Option<BatchResult> first =
        result
            .batches()
            .filter(b -> b.outcome() == BatchOutcome.PENDING_VERIFICATION)
            .minBy(
                Comparator.comparing((BatchResult b) -> availability.get(b.id()).get())
                    .thenComparing(BatchResult::id));
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
    for (BatchResult batch : result.batches()) {
      assertThat(batch.outcome() == BatchOutcome.ALLOCATED).isEqualTo(batch.remainder() == 0);
      assertThat(batch.pendingProvider().isDefined())
          .isEqualTo(batch.outcome() == BatchOutcome.PENDING_VERIFICATION);
    }
  }

  @Property
  void everyDecisionCarriesItsTrail(@ForAll("scenarios") Scenario scenario) {
    AllocationResult result = allocate(scenario);
    for (BatchResult batch : result.batches()) {
      List<TrailEvent> trail = batch.trail();
      assertThat(trail).allMatch(event -> event.rule().name().startsWith("ALLOC_STEP"));
      List<Allocation> recommended =
          trail
              .filter(TrailEvent.Recommended.class::isInstance)
              .map(TrailEvent.Recommended.class::cast)
              .map(r -> new Allocation(r.requestId(), r.providerId(), r.places()));
      assertThat(recommended).isEqualTo(batch.allocations());
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
      }
      switch (batch.outcome()) {
        case PENDING_VERIFICATION ->
            assertThat(trail.last()).isInstanceOf(TrailEvent.AwaitingAnswers.class);
        case RECOGNIZE_NEW_PROVIDER, UNALLOCATED ->
            assertThat(trail.last()).isInstanceOf(TrailEvent.NoCandidate.class);
        case ALLOCATED -> assertThat(trail.last()).isInstanceOf(TrailEvent.Recommended.class);
      }
    }
    List<String> inTrails =
        result.batches().flatMap(BatchResult::trail).flatMap(TrailEvent::request).distinct();
    for (RequestResult request : result.requests()) {
      if (request.status() == RequestStatus.ACCEPTED
          || request.status() == RequestStatus.REFUSED && request.rule().isEmpty()
          || request.status() == RequestStatus.WITHDRAWN
          || request.status() == RequestStatus.PENDING_VERIFICATION) {
        assertThat(inTrails).contains(request.id());
      }
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
        .doesNotContain(RequestStatus.ACCEPTED, RequestStatus.PENDING_VERIFICATION);
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

  private static boolean leaves(Scenario scenario, String sector) {
    return scenario
        .sectors()
        .find(s -> s.name().contains(sector))
        .map(Sector::parentNeeds)
        .exists(needs -> needs.get().signum() == 0);
  }

  private static boolean matches(Provider provider, ChildProfile child) {
    var offer = provider.offer().get();
    return offer.ageGroups().contains(AgeGroup.ofMonths(child.ageMonths().get().intValue()).name())
        && offer.needs().containsAll(child.needs())
        && offer.characteristics().containsAll(child.characteristics());
  }

  private static Provider provider(Scenario scenario, String id) {
    return scenario.providers().find(p -> p.id().contains(id)).get();
  }

  private static Request request(Scenario scenario, String id) {
    return scenario.requests().find(r -> r.id().contains(id)).get();
  }

  private static Option<Answers> answers(Scenario scenario, Request request) {
    return provider(scenario, request.provider().get()).answers();
  }
}
