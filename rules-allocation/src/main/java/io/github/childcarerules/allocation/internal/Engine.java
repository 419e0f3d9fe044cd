package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.NaturalOrder;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.internal.Reading.Cut;
import io.github.childcarerules.allocation.internal.Reading.Place;
import io.github.childcarerules.allocation.internal.RequestLife.Grant;
import io.github.childcarerules.allocation.internal.StepOne.Suspended;
import io.github.childcarerules.allocation.internal.StepTwo.Awaiting;
import io.github.childcarerules.allocation.internal.StepTwo.Conform;
import io.github.childcarerules.allocation.internal.StepTwo.Declined;
import io.github.childcarerules.allocation.internal.StepTwo.Failed;
import io.github.childcarerules.allocation.internal.Walk.Called;
import io.github.childcarerules.allocation.internal.Walk.Visit;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;

/**
 * The allocation of RULES.md §9 on a scenario read by {@link ScenarioReader}, in the policy's
 * order: decreases ({@link Decreases}), then each batch in order of availability walked on the
 * register ({@link Walk}: step 1, step 2 and the board's decisions) and its walk applied to the
 * requests' lives, then the outcomes and letters ({@link Outcomes}) and the grids ({@link Grids}).
 */
public final class Engine {
  private Engine() {}

  /**
   * Allocates the batches of a scenario that passed its checks.
   *
   * @param reading the scenario's typed reading
   * @return the decisions of the run
   */
  public static AllocationResult allocate(Reading reading) {
    Start start = Start.of(reading);
    Register register = start.register();
    java.util.List<BatchResult> batches = new ArrayList<>();
    java.util.List<AnalysisGrid> grids = new ArrayList<>();
    for (Place place : start.places()) {
      Walk walk =
          Walk.of(
              place,
              start.stepOne(),
              register,
              reading.suppliers(),
              pair -> Option.of(reading.board().get(pair)));
      for (Visit visit : walk.visits) {
        if (visit instanceof Called called) {
          register.update(apply(register.life(called.ask()), place, called));
        }
      }
      batches.add(walk.result());
      grids.add(Grids.of(walk, reading));
    }

    Delay delay = start.delay();
    java.util.List<RequestResult> requests = new ArrayList<>(start.decreases());
    Outcomes outcomes = new Outcomes(delay, reading.asOf());
    java.util.List<Letter> letters = new ArrayList<>();
    for (Cut cut : reading.decreases()) {
      outcomes.letter(cut).forEach(letters::add);
    }
    for (Ask ask : reading.asks()) {
      RequestLife life = register.life(ask);
      requests.add(outcomes.of(life));
      outcomes.letters(life).forEach(letters::add);
    }
    // sorted as lists of Java (stable, as Vavr's sortBy), then held as Vavr's
    batches.sort((a, b) -> NaturalOrder.IDS.compare(a.id(), b.id()));
    sortById(requests);
    sortLetters(letters);
    grids.sort((a, b) -> NaturalOrder.IDS.compare(a.batch(), b.batch()));
    return new AllocationResult(
        List.ofAll(batches), List.ofAll(requests), List.ofAll(letters), List.ofAll(grids));
  }

  /**
   * Sorts request results by id in {@link NaturalOrder#IDS}, on the ids' numbers when they allow it
   * ({@link IdKey}).
   */
  static void sortById(java.util.List<RequestResult> requests) {
    String prefix = requests.isEmpty() ? "" : new IdKey(requests.get(0).id()).prefix();
    KeySort.sort(
        requests,
        (a, b) -> NaturalOrder.IDS.compare(a.id(), b.id()),
        request -> new IdKey(request.id()).number(prefix));
  }

  /**
   * Sorts letters in {@link Letter#ORDER}, the keys of each letter computed once: a letter with its
   * provider's and request's ids as sort keys.
   */
  static void sortLetters(java.util.List<Letter> letters) {
    java.util.List<Keyed> keyed = new ArrayList<>(letters.size());
    for (Letter letter : letters) {
      keyed.add(new Keyed(letter, new IdKey(letter.provider()), new IdKey(letter.request())));
    }
    String provider = keyed.isEmpty() ? "" : keyed.get(0).provider().prefix();
    String request = keyed.isEmpty() ? "" : keyed.get(0).request().prefix();
    KeySort.sort(keyed, Keyed.ORDER, letter -> letter.key(provider, request));
    for (int i = 0; i < keyed.size(); i++) {
      letters.set(i, keyed.get(i).letter());
    }
  }

  /** A letter with its sort keys. */
  record Keyed(Letter letter, IdKey provider, IdKey request) {
    /** Each letter's rank in the order of their names. */
    private static final int[] LETTER_RANKS = letterRanks();

    private static int[] letterRanks() {
      LetterKind[] kinds = LetterKind.values();
      int[] ranks = new int[kinds.length];
      for (LetterKind kind : kinds) {
        for (LetterKind other : kinds) {
          if (other.name().compareTo(kind.name()) < 0) {
            ranks[kind.ordinal()]++;
          }
        }
      }
      return ranks;
    }

    /**
     * The provider's number, the request's number, then the letter's rank, in one number that
     * orders as {@link #ORDER} for ids with these prefixes; {@link KeySort#NONE} for other ids or
     * numbers too large for it.
     */
    long key(String providerPrefix, String requestPrefix) {
      long providerNumber = provider.number(providerPrefix);
      long requestNumber = request.number(requestPrefix);
      boolean fits =
          providerNumber >= 0
              && providerNumber >> 28 == 0
              && requestNumber >= 0
              && requestNumber >> 32 == 0;
      return fits
          ? providerNumber << 35 | requestNumber << 3 | LETTER_RANKS[letter.letter().ordinal()]
          : KeySort.NONE;
    }

    static final java.util.Comparator<Keyed> ORDER =
        (a, b) -> {
          int order = IdKey.compare(a.provider, b.provider);
          if (order == 0) {
            order = IdKey.compare(a.request, b.request);
          }
          return order != 0 ? order : a.letter.letter().name().compareTo(b.letter.letter().name());
        };
  }

  /**
   * The state a run starts from, the same for the allocation and the audit: the decreases decided
   * (their results, the batches they give back and the suspensions they grant), every batch in
   * order of availability, step 1 with the suspensions in force, and the register.
   */
  record Start(
      Delay delay,
      java.util.List<RequestResult> decreases,
      java.util.List<Place> places,
      StepOne stepOne,
      Register register) {
    static Start of(Reading reading) {
      Delay delay = new Delay(reading.asOf());
      java.util.List<Place> places = new ArrayList<>(reading.batches());
      java.util.List<RequestResult> decreases = new ArrayList<>();
      java.util.List<Suspended> suspensions = new ArrayList<>();
      for (Cut cut : reading.decreases()) {
        Decreases.Decided decided = Decreases.decide(cut, delay);
        decreases.add(decided.result());
        decided.place().forEach(places::add);
        decided.suspended().forEach(suspensions::add);
      }
      places.sort(Place.AVAILABILITY);
      return new Start(
          delay,
          decreases,
          places,
          new StepOne(reading, suspensions),
          new Register(reading.asks()));
    }
  }

  /**
   * What §9 does to a candidate's request: awaited, declined or failed (kept or withdrawn), or
   * recommended and, as the board decided, granted, refused, or reserved pending its decision.
   */
  static RequestLife apply(RequestLife life, Place place, Called called) {
    if (called.verification() instanceof Awaiting) {
      return life.awaitingAnswers();
    } else if (called.verification() instanceof Declined declined) {
      return life.declined(declined.verdict().keeps());
    } else if (called.verification() instanceof Failed failed) {
      return life.failedChecks(failed.verdict().keeps());
    } else if (called.verification() instanceof Conform conform) {
      return called
          .decision()
          .map(
              decision ->
                  decision.authorized()
                      ? life.authorized(
                          new Grant(place.id(), conform.places(), place.until(), decision.on()))
                      : life.refusedByBoard(decision.on()))
          .getOrElse(() -> life.reserved(conform.places(), place.isTemporary()));
    }
    return life;
  }
}
