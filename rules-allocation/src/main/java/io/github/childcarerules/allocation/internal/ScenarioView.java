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
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A scenario that passed its checks, read once into typed values (dates, enumerations, whole
 * numbers): the sectors with their coverage, the providers with their answers by offer, the
 * batches, the increase and obtention requests, the decrease requests and the board's decisions.
 * Every step of the allocation works on this view; none reads the entered strings again.
 */
final class ScenarioView {
  private static final BigInteger SEVEN = BigInteger.valueOf(7);
  private static final BigInteger TEN = BigInteger.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  final LocalDate asOf;
  final Map<String, SectorView> sectors = new HashMap<>();
  final Map<String, Supplier> providers = new HashMap<>();
  final java.util.List<Place> batches = new ArrayList<>();
  final java.util.List<Candidate> candidates = new ArrayList<>();
  final java.util.List<DecreaseView> decreases = new ArrayList<>();
  final java.util.List<String> sectorOrder = new ArrayList<>();
  final Map<String, Decision> board = new HashMap<>();

  ScenarioView(Scenario scenario) {
    asOf = Entered.date(scenario.asOf()).get();
    scenario.sectors().forEach(this::sector);
    scenario.providers().forEach(this::provider);
    scenario.batches().forEach(batch -> batches.add(place(batch)));
    scenario.requests().forEach(this::request);
    scenario.sectorOrder().forEach(sectorOrder::add);
    scenario.boardDecisions().forEach(this::decision);
  }

  /** The provider with this id; the scenario checks saw to it that it is listed. */
  Supplier supplier(String id) {
    return Objects.requireNonNull(providers.get(id), id);
  }

  /** The board's decision on this batch's recommendation to this request, if it decided. */
  Option<Decision> decision(String batch, String request) {
    return Option.of(board.get(batch + '\u0000' + request));
  }

  private void sector(Sector sector) {
    String name = sector.name().get();
    sectors.put(
        name,
        new SectorView(
            name,
            whole(sector.children().get()),
            whole(sector.places().get())
                .add(
                    sector
                        .installationPlaces()
                        .map(ScenarioView::whole)
                        .getOrElse(BigInteger.ZERO)),
            whole(sector.parentNeeds().get())));
  }

  private static BigInteger whole(BigDecimal number) {
    return BigInteger.valueOf(Entered.count(number).get());
  }

  private void provider(Provider provider) {
    String id = provider.id().get();
    var offer = provider.offer().get();
    Set<AgeGroup> groups = EnumSet.noneOf(AgeGroup.class);
    offer.ageGroups().forEach(group -> groups.add(AgeGroup.valueOf(group)));
    Map<String, Verdict> byBatch = new HashMap<>();
    provider
        .answersByBatch()
        .forEach((batch, answers) -> verdict(answers).forEach(v -> byBatch.put(batch, v)));
    providers.put(
        id,
        new Supplier(
            id,
            groups,
            new HashSet<>(offer.needs().toJavaList()),
            new HashSet<>(offer.characteristics().toJavaList()),
            provider.answers().flatMap(ScenarioView::verdict),
            byBatch));
  }

  /** The answers as the run reads them; none when every field is absent (not reached yet). */
  private static Option<Verdict> verdict(Answers answers) {
    if (answers.maintainsRequest().isEmpty()) {
      return Option.none();
    }
    return Option.some(
        new Verdict(
            answers.maintainsRequest().get(),
            Entered.whole(answers.placesWanted().get()).get(),
            answers.keepsRequest().get(),
            answers.conformity().map(Option::get),
            Entered.date(answers.tenHourOfferPlannedOn()),
            answers.complaintsOnFile()));
  }

  private static Place place(Batch batch) {
    BatchStatus status = BatchStatus.valueOf(batch.status().get());
    BatchKind kind = BatchKind.valueOf(batch.kind().get());
    return new Place(
        batch.id().get(),
        Entered.whole(batch.places().get()).get(),
        batch.sector().get(),
        Entered.date(batch.availableOn()).get(),
        kind == BatchKind.TEMPORARY ? Entered.date(batch.until()) : Option.none(),
        Origin.valueOf(batch.origin().get()),
        status == BatchStatus.USED ? batch.child() : Option.none());
  }

  private void request(Request request) {
    RequestType type = RequestType.valueOf(request.type().get());
    String id = request.id().get();
    LocalDate received = Entered.date(request.receivedOn()).get();
    int count = Entered.whole(request.places().get()).get();
    Option<LocalDate> answeredOn = Entered.date(request.answeredOn());
    if (type == RequestType.DECREASE) {
      decreases.add(
          new DecreaseView(
              id,
              request.provider().get(),
              request.sector().get(),
              received,
              count,
              answeredOn,
              DecreaseReason.valueOf(request.reason().get()),
              Entered.date(request.requestedDate()).get(),
              Entered.date(request.until()),
              request.emergency()));
      return;
    }
    candidates.add(
        new Candidate(
            id,
            type,
            request.provider().get(),
            request.sector().get(),
            received,
            count,
            answeredOn));
  }

  private void decision(BoardDecision decision) {
    board.put(
        decision.batch().get() + '\u0000' + decision.request().get(),
        new Decision(decision.authorized().get(), Entered.date(decision.on()).get()));
  }

  /**
   * The sectors that may receive places leaving their own, in the order they are searched: the
   * analyst's {@code sectorOrder} first, then the others lowest coverage first, ties by name.
   */
  java.util.List<SectorView> leavingOrder() {
    Set<SectorView> order = new LinkedHashSet<>();
    for (String name : sectorOrder) {
      @Nullable SectorView sector = sectors.get(name);
      if (sector != null && sector.takesPlaces()) {
        order.add(sector);
      }
    }
    sectors.values().stream()
        .filter(SectorView::takesPlaces)
        .sorted(SectorView.LOWEST_FIRST)
        .forEach(order::add);
    return java.util.List.copyOf(order);
  }

  // ---- the typed values

  /** A batch of places to allocate; a decrease granted becomes one. */
  record Place(
      String id,
      int places,
      String sector,
      LocalDate availableOn,
      Option<LocalDate> until,
      Origin origin,
      Option<ChildProfile> child) {
    static final Comparator<Place> AVAILABILITY =
        Comparator.comparing(Place::availableOn).thenComparing(Place::id);

    boolean isUsed() {
      return child.isDefined();
    }
  }

  /**
   * A sector's coverage: its places (home childcare and installations) over its children, compared
   * exactly by cross-multiplication.
   */
  record SectorView(String name, BigInteger children, BigInteger places, BigInteger parentNeeds) {
    static final Comparator<SectorView> LOWEST_FIRST =
        ((Comparator<SectorView>)
                (a, b) -> a.places.multiply(b.children).compareTo(b.places.multiply(a.children)))
            .thenComparing(SectorView::name);

    boolean hasNeeds() {
      return parentNeeds.signum() > 0;
    }

    /** Below 70 %; false for a sector with no children, which has no rate. */
    boolean below70() {
      return children.signum() > 0 && places.multiply(TEN).compareTo(children.multiply(SEVEN)) < 0;
    }

    /** Has a rate below 70 % and identified needs: may receive places leaving another sector. */
    boolean takesPlaces() {
      return hasNeeds() && below70();
    }

    /** The rate in percent, two decimals rounded half-up; none for a sector with no children. */
    Option<BigDecimal> coverage() {
      return children.signum() == 0
          ? Option.none()
          : Option.some(
              new BigDecimal(places)
                  .multiply(HUNDRED)
                  .divide(new BigDecimal(children), 2, RoundingMode.HALF_UP));
    }
  }

  /**
   * A provider's answers to one offer, as the run reads them: the five conformity answers in {@link
   * Answers#CONFORMITY} order.
   */
  record Verdict(
      boolean maintains,
      int placesWanted,
      boolean keeps,
      List<Boolean> conformity,
      Option<LocalDate> tenHourOfferPlannedOn,
      Option<Boolean> complaintsOnFile) {}

  /** A provider: its offer and its answers, for every offer and by batch. */
  record Supplier(
      String id,
      Set<AgeGroup> ageGroups,
      Set<String> needs,
      Set<String> characteristics,
      Option<Verdict> answers,
      Map<String, Verdict> answersByBatch) {
    /** The offer serves the child's age group and holds every need and characteristic. */
    boolean serves(ChildProfile child) {
      long months = Entered.whole(child.ageMonths().get()).get();
      return ageGroups.contains(AgeGroup.ofMonths(months))
          && needs.containsAll(child.needs().toJavaList())
          && characteristics.containsAll(child.characteristics().toJavaList());
    }

    /** Its answers to the offer of {@code batch}: for that batch, else for every offer. */
    Option<Verdict> answersTo(String batch) {
      @Nullable Verdict verdict = answersByBatch.get(batch);
      return verdict != null ? Option.some(verdict) : answers;
    }
  }

  /** A {@code DECREASE} request. */
  record DecreaseView(
      String id,
      String provider,
      String sector,
      LocalDate received,
      int places,
      Option<LocalDate> answeredOn,
      DecreaseReason reason,
      LocalDate requested,
      Option<LocalDate> until,
      boolean emergency) {}

  /** The board's decision on one recommendation. */
  record Decision(boolean authorized, LocalDate on) {}

  /** An increase or obtention request, with what the run did to it so far. */
  static final class Candidate {
    static final Comparator<Candidate> CHRONOLOGICAL =
        Comparator.comparing((Candidate c) -> c.received).thenComparing(c -> c.id);

    final String id;
    final RequestType type;
    final String provider;
    final String sector;
    final LocalDate received;
    final int places;
    final Option<LocalDate> answeredOn;

    /** Places the board authorized. */
    int granted;

    /** Places recommended, the board's decision awaited. */
    int reserved;

    /** Its provider's answers were missing for an offer. */
    boolean awaited;

    /** Not maintained for an offer, and kept. */
    boolean declined;

    /** Failed a conformity check for an offer. */
    boolean failedCheck;

    /** The board refused a recommendation to it. */
    boolean boardRefused;

    /** Withdrawn: not kept after a decline or a failed check, or refused by the board. */
    boolean withdrawn;

    Candidate(
        String id,
        RequestType type,
        String provider,
        String sector,
        LocalDate received,
        int places,
        Option<LocalDate> answeredOn) {
      this.id = id;
      this.type = type;
      this.provider = provider;
      this.sector = sector;
      this.received = received;
      this.places = places;
      this.answeredOn = answeredOn;
    }

    /** The places it still asks for: its places less those granted and reserved. */
    int stillAsked() {
      return places - granted - reserved;
    }

    /** Passed over silently by later batches: withdrawn, or all it asked granted or reserved. */
    boolean settled() {
      return withdrawn || stillAsked() <= 0;
    }
  }
}
