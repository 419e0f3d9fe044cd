package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.BatchOutcome;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.CandidateSource;
import io.github.childcarerules.allocation.ExclusionReason;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.internal.Reading.Decision;
import io.github.childcarerules.allocation.internal.Reading.Pair;
import io.github.childcarerules.allocation.internal.Reading.Place;
import io.github.childcarerules.allocation.internal.Reading.SectorFacts;
import io.github.childcarerules.allocation.internal.Reading.Supplier;
import io.github.childcarerules.allocation.internal.StepOne.Search;
import io.github.childcarerules.allocation.internal.StepTwo.Awaiting;
import io.github.childcarerules.allocation.internal.StepTwo.Conform;
import io.github.childcarerules.allocation.internal.StepTwo.Declined;
import io.github.childcarerules.allocation.internal.StepTwo.Failed;
import io.github.childcarerules.allocation.internal.StepTwo.Verification;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;

/**
 * The walk of one batch (RULES.md §9, steps 1 and 2 and the board) on a given state of the
 * register: its searches in order ({@link StepOne}), each request met screened, each candidate
 * verified ({@link StepTwo}) and, when it conforms, recommended and decided by the board as the
 * walk's {@link Board} says, until the places run out or a provider's answers are awaited. The walk
 * changes nothing: it records the trail, the requests it met with what it made of them ({@link
 * Visit}, which the allocation and the audit each apply to their register), the allocations, and
 * the facts of the analysis grid.
 */
final class Walk {
  /** The board's decisions as a walk sees them. */
  interface Board {
    /** The board's decision on the batch's recommendation to the request, if the walk sees one. */
    Option<Decision> decision(Pair pair);
  }

  /** A request the walk met, and what it made of it. */
  sealed interface Visit {
    /** The request met. */
    Ask ask();
  }

  /** Passed over because of its provider. */
  record Excluded(Ask ask, ExclusionReason reason) implements Visit {}

  /** Passed over: its offer does not match the child of used places. */
  record Mismatch(Ask ask) implements Visit {}

  /**
   * A candidate: its provider called with {@code leftWhenCalled} places left, what step 2 made of
   * it, and for a conforming file the board's decision as the walk saw it.
   */
  record Called(
      Ask ask,
      Supplier supplier,
      CandidateSource source,
      int leftWhenCalled,
      Verification verification,
      Option<Decision> decision)
      implements Visit {}

  final Place place;
  final boolean staysInSector;
  final java.util.List<SectorFacts> searched = new ArrayList<>();
  final java.util.List<TrailEvent> trail = new ArrayList<>();
  final java.util.List<Visit> visits = new ArrayList<>();
  final java.util.List<Allocation> allocations = new ArrayList<>();
  int left;
  Option<String> pendingProvider = Option.none();
  BatchOutcome outcome = BatchOutcome.ALLOCATED;

  private final StepOne stepOne;
  private final Register register;
  private final Map<String, Supplier> suppliers;
  private final Board board;

  private Walk(
      Place place,
      StepOne stepOne,
      Register register,
      Map<String, Supplier> suppliers,
      Board board) {
    this.place = place;
    this.stepOne = stepOne;
    this.register = register;
    this.suppliers = suppliers;
    this.board = board;
    this.left = place.places();
    this.staysInSector = stepOne.staysInSector(place);
  }

  /** Walks {@code place} on {@code register} as it stands; the register is not changed. */
  static Walk of(
      Place place,
      StepOne stepOne,
      Register register,
      Map<String, Supplier> suppliers,
      Board board) {
    Walk walk = new Walk(place, stepOne, register, suppliers, board);
    walk.run();
    return walk;
  }

  /** Places left to offer, and no provider awaited: the search goes on. */
  boolean open() {
    return left > 0 && pendingProvider.isEmpty();
  }

  BatchResult result() {
    return new BatchResult(
        place.id(), outcome, left, List.ofAll(allocations), pendingProvider, List.ofAll(trail));
  }

  private void run() {
    for (Search search : stepOne.searches(place)) {
      if (!open()) {
        break;
      }
      for (SectorFacts sector : search.leftFor()) {
        // places leave their sector (step 1.3) for the next sector in order, which has a rate
        searched.add(sector);
        sector
            .coverage()
            .forEach(
                rate ->
                    record(
                        Rule.ALLOC_STEP1_OTHER_SECTOR,
                        new TrailEvent.SectorLeft(sector.name(), rate)));
      }
      for (Ask ask : register.queue(search.sector(), search.list(), place.isTemporary())) {
        if (!open()) {
          break;
        }
        meet(ask, search);
      }
    }
    if (pendingProvider.isDefined()) {
      outcome = BatchOutcome.PENDING_VERIFICATION;
    } else if (left == 0) {
      outcome = BatchOutcome.ALLOCATED;
    } else if (place.isUsed()) {
      record(
          Rule.ALLOC_STEP1_UNALLOCATED, new TrailEvent.NoCandidate(Rule.ALLOC_STEP1_UNALLOCATED));
      outcome = BatchOutcome.UNALLOCATED;
    } else {
      record(
          Rule.ALLOC_STEP1_NEW_PROVIDER, new TrailEvent.NoCandidate(Rule.ALLOC_STEP1_NEW_PROVIDER));
      outcome = BatchOutcome.RECOGNIZE_NEW_PROVIDER;
    }
  }

  /** Step 1 then step 2 for one request met in a search. */
  private void meet(Ask ask, Search search) {
    RequestLife life = register.life(ask);
    Supplier supplier = supplier(ask);
    StepOne.Screen screen = stepOne.screen(place, life, supplier);
    if (screen instanceof StepOne.Excluded excluded) {
      record(
          Rule.ALLOC_STEP1_PROVIDER_EXCLUDED,
          new TrailEvent.ProviderExcluded(ask.id(), supplier.id(), excluded.reason()));
      visits.add(new Excluded(ask, excluded.reason()));
    } else if (screen instanceof StepOne.Mismatch) {
      record(Rule.ALLOC_STEP1_PROFILE, new TrailEvent.ProfileMismatch(ask.id(), supplier.id()));
      visits.add(new Mismatch(ask));
    } else if (screen instanceof StepOne.Candidate) {
      record(search.rule(), new TrailEvent.Candidate(ask.id(), supplier.id(), search.source()));
      verify(ask, life, supplier, search.source());
    }
  }

  private void verify(Ask ask, RequestLife life, Supplier supplier, CandidateSource source) {
    int calledWith = left;
    Verification verification = StepTwo.verify(place, life, supplier, left);
    Option<Decision> decision = Option.none();
    if (verification instanceof Awaiting) {
      // not reached yet about this offer: the batch waits for its answers
      record(Rule.ALLOC_STEP2_AWAITING, new TrailEvent.AwaitingAnswers(ask.id(), supplier.id()));
      pendingProvider = Option.some(supplier.id());
    } else if (verification instanceof Declined declined) {
      record(
          Rule.ALLOC_STEP2_MAINTAIN,
          new TrailEvent.NotMaintained(ask.id(), supplier.id(), declined.verdict().keeps()));
    } else if (verification instanceof Failed failed) {
      record(
          Rule.ALLOC_STEP2_CONFORMITY,
          new TrailEvent.NotConform(
              ask.id(), supplier.id(), failed.failed(), failed.verdict().keeps()));
    } else if (verification instanceof Conform conform) {
      record(
          Rule.ALLOC_STEP2_RECOMMEND,
          new TrailEvent.Recommended(ask.id(), supplier.id(), conform.places(), place.until()));
      decision = board.decision(new Pair(place.id(), ask.id()));
      decide(ask, supplier, conform.places(), decision);
    }
    visits.add(new Called(ask, supplier, source, calledWith, verification, decision));
  }

  /**
   * The board's decision on a recommendation: authorized places are granted, refused ones go back
   * to the batch for the next candidate, undecided ones stay reserved.
   */
  private void decide(Ask ask, Supplier supplier, int places, Option<Decision> decision) {
    if (decision.isEmpty()) {
      left -= places;
      allocations.add(new Allocation(ask.id(), supplier.id(), places, place.until(), false));
    }
    for (Decision decided : decision) {
      decide(ask, supplier, places, decided);
    }
  }

  private void decide(Ask ask, Supplier supplier, int places, Decision decided) {
    if (decided.authorized()) {
      record(
          Rule.ALLOC_BOARD_DECISION,
          new TrailEvent.Authorized(ask.id(), supplier.id(), places, decided.on()));
      left -= places;
      allocations.add(new Allocation(ask.id(), supplier.id(), places, place.until(), true));
    } else {
      record(
          Rule.ALLOC_BOARD_DECISION,
          new TrailEvent.BoardRefused(ask.id(), supplier.id(), places, decided.on()));
    }
  }

  private Supplier supplier(Ask ask) {
    // the scenario checks saw to it that every increase and obtention request's provider is listed
    return Objects.requireNonNull(suppliers.get(ask.provider()), ask.provider());
  }

  /** Adds an event to the trail; {@code rule} is the rule the calling line applies. */
  private void record(Rule rule, TrailEvent event) {
    if (event.rule() != rule) {
      throw new IllegalStateException(event.event() + " carries " + event.rule() + ", not " + rule);
    }
    trail.add(event);
  }
}
