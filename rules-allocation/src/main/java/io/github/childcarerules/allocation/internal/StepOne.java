package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.CandidateSource;
import io.github.childcarerules.allocation.ExclusionReason;
import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.internal.Reading.Place;
import io.github.childcarerules.allocation.internal.Reading.SectorFacts;
import io.github.childcarerules.allocation.internal.Reading.Supplier;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Step 1 (POL "Étape 1"; RULES.md §9 "Step 1"): where a batch looks for candidates, and how it
 * screens each request it meets. The searches of a batch are its own sector's (1.1 increase
 * requests, then 1.2 obtention requests for free places), or, for free places in a sector listed
 * with no need, the other sectors' in order (1.3). A request met is passed over silently when it is
 * withdrawn or asks nothing more of the batch, passed over because of its provider, then, for used
 * places, because its offer does not match the child; else it is a candidate.
 */
final class StepOne {
  private final Map<String, SectorFacts> sectors;
  private final java.util.List<SectorFacts> leavingOrder;
  private final Map<String, java.util.List<Suspended>> suspensions = new HashMap<>();

  /** A provider's suspension granted in the run, in force from its effective date to its end. */
  record Suspended(String provider, LocalDate from, LocalDate until) {}

  StepOne(Reading reading, Iterable<Suspended> suspended) {
    this.sectors = reading.sectors();
    this.leavingOrder = leavingOrder(reading);
    suspended.forEach(
        s -> suspensions.computeIfAbsent(s.provider(), p -> new ArrayList<>()).add(s));
  }

  /** One search of a batch: a sector's list, the source of its candidates and its rule. */
  record Search(String sector, RequestType list, Rule rule, Option<SectorFacts> leftFor) {
    CandidateSource source() {
      return CandidateSource.of(rule);
    }
  }

  /** Whether the batch's places stay in their sector (step 1.3). */
  boolean staysInSector(Place place) {
    // the child of a used place is a need of its sector: used places never leave it
    Option<SectorFacts> own = Option.of(sectors.get(place.sector()));
    return place.isUsed() || own.forAll(SectorFacts::hasNeeds);
  }

  /** The batch's searches in order. */
  java.util.List<Search> searches(Place place) {
    java.util.List<Search> searches = new ArrayList<>();
    if (staysInSector(place)) {
      searches.add(
          new Search(
              place.sector(), RequestType.INCREASE, Rule.ALLOC_STEP1_SAME_SECTOR, Option.none()));
      if (!place.isUsed()) {
        searches.add(
            new Search(
                place.sector(),
                RequestType.OBTENTION,
                Rule.ALLOC_STEP1_OBTENTION_LIST,
                Option.none()));
      }
      return searches;
    }
    for (SectorFacts sector : leavingOrder) {
      searches.add(
          new Search(
              sector.name(),
              RequestType.INCREASE,
              Rule.ALLOC_STEP1_OTHER_SECTOR,
              Option.some(sector)));
      searches.add(
          new Search(
              sector.name(), RequestType.OBTENTION, Rule.ALLOC_STEP1_OTHER_SECTOR, Option.none()));
    }
    return searches;
  }

  /** What step 1 makes of a request met in one of the batch's searches. */
  sealed interface Screen {}

  /** Withdrawn, or asking nothing more of the batch: passed over without an event. */
  record Silent() implements Screen {}

  /** Passed over because of its provider ({@code ALLOC_STEP1_PROVIDER_EXCLUDED}). */
  record Excluded(ExclusionReason reason) implements Screen {}

  /** Used places, and an offer that does not match the child ({@code ALLOC_STEP1_PROFILE}). */
  record Mismatch() implements Screen {}

  /** A candidate, for step 2. */
  record Candidate() implements Screen {}

  Screen screen(Place place, RequestLife life, Supplier supplier) {
    if (life.withdrawn() || life.asks(place.isTemporary()) == 0) {
      return new Silent();
    }
    return exclusion(place, life.ask())
        .<Screen>map(Excluded::new)
        .getOrElse(
            () ->
                place.child().exists(child -> !supplier.serves(child))
                    ? new Mismatch()
                    : new Candidate());
  }

  /**
   * Places never go back to the provider they came from, nor to a provider whose suspension granted
   * in the run is in force on their availability date, both ends included (own places when both
   * apply).
   */
  Option<ExclusionReason> exclusion(Place place, Ask ask) {
    if (place.provider().contains(ask.provider())) {
      return Option.some(ExclusionReason.OWN_PLACES);
    }
    LocalDate day = place.availableOn();
    boolean suspended =
        suspensions.getOrDefault(ask.provider(), java.util.List.of()).stream()
            .anyMatch(s -> !day.isBefore(s.from()) && !day.isAfter(s.until()));
    return suspended ? Option.some(ExclusionReason.SUSPENDED) : Option.none();
  }

  /**
   * The sectors that may receive places leaving their own, in the order they are searched: the
   * analyst's {@code sectorOrder} first, then the others lowest coverage first, ties by name.
   */
  private static java.util.List<SectorFacts> leavingOrder(Reading reading) {
    Set<SectorFacts> order = new LinkedHashSet<>();
    for (String name : reading.sectorOrder()) {
      Option.of(reading.sectors().get(name)).filter(SectorFacts::takesPlaces).forEach(order::add);
    }
    reading.sectors().values().stream()
        .filter(SectorFacts::takesPlaces)
        .sorted(SectorFacts.LOWEST_FIRST)
        .forEach(order::add);
    return java.util.List.copyOf(order);
  }
}
