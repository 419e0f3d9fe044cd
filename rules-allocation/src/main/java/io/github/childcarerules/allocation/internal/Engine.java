package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Annex;
import io.github.childcarerules.allocation.BatchOutcome;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.CandidateSource;
import io.github.childcarerules.allocation.Notice;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.scenario.AgeGroup;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BatchStatus;
import io.github.childcarerules.allocation.scenario.ChildProfile;
import io.github.childcarerules.allocation.scenario.DecreaseReason;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The two steps of RULES.md §9 on a scenario that passed its checks. Each sector has two queues
 * ordered by (received date, id), one of increase requests and one of obtention requests; a request
 * that fails step 2 or receives all it wants leaves its queue once, so that a batch never rescans
 * the requests already decided: the cost is {@code O((batches + requests) log requests)} plus the
 * size of the trail.
 */
public final class Engine {
  private static final int NOTICE_DAYS = 30;
  private static final int DECISION_DAYS = 30;
  private static final int SUSPENSION_MONTHS = 12;
  private static final BigInteger SEVEN = BigInteger.valueOf(7);
  private static final BigInteger TEN = BigInteger.TEN;

  private static final Comparator<Candidate> CHRONOLOGICAL =
      Comparator.comparing(Candidate::received).thenComparing(Candidate::id);
  private static final Comparator<Place> AVAILABILITY =
      Comparator.comparing(Place::availableOn).thenComparing(Place::id);

  private final Map<String, Supplier> providers = new HashMap<>();
  private final Map<String, TreeSet<Candidate>> increases = new HashMap<>();
  private final Map<String, TreeSet<Candidate>> obtentions = new HashMap<>();
  private final Map<String, Coverage> sectors = new HashMap<>();
  private final java.util.List<String> leavingOrder;
  private final java.util.List<Candidate> candidates = new ArrayList<>();
  private final java.util.List<Place> places = new ArrayList<>();
  private final java.util.List<RequestResult> decreases = new ArrayList<>();
  private final Option<LocalDate> asOf;

  private Engine(Scenario scenario) {
    asOf = Entered.date(scenario.asOf());
    scenario.sectors().forEach(this::sector);
    scenario.providers().forEach(this::provider);
    scenario.batches().forEach(batch -> places.add(place(batch)));
    scenario.requests().forEach(this::request);
    places.sort(AVAILABILITY);
    leavingOrder =
        sectors.values().stream()
            .filter(Coverage::takesPlaces)
            .sorted(Coverage.LOWEST_FIRST)
            .map(Coverage::name)
            .toList();
  }

  /** Allocates the batches of a scenario that has no {@code ERROR}. */
  public static AllocationResult allocate(Scenario scenario) {
    return new Engine(scenario).run();
  }

  private AllocationResult run() {
    java.util.List<BatchResult> batches = new ArrayList<>();
    for (Place place : places) {
      batches.add(new Run(place).allocate());
    }
    boolean pending =
        batches.stream().anyMatch(b -> b.outcome() == BatchOutcome.PENDING_VERIFICATION);
    java.util.List<RequestResult> requests = new ArrayList<>(decreases);
    java.util.List<Notice> notices = new ArrayList<>();
    for (Candidate candidate : candidates) {
      requests.add(candidate.result(pending, notices));
    }
    return new AllocationResult(
        List.ofAll(batches).sortBy(BatchResult::id),
        List.ofAll(requests).sortBy(RequestResult::id),
        List.ofAll(notices).sorted(Notice.ORDER));
  }

  // ---- reading the checked scenario

  private void sector(Sector sector) {
    String name = sector.name().get();
    sectors.put(
        name,
        new Coverage(
            name,
            BigInteger.valueOf(Entered.count(sector.children().get()).get()),
            BigInteger.valueOf(Entered.count(sector.places().get()).get()),
            BigInteger.valueOf(Entered.count(sector.parentNeeds().get()).get())));
  }

  private void provider(Provider provider) {
    String id = provider.id().get();
    var offer = provider.offer().get();
    Set<AgeGroup> groups = EnumSet.noneOf(AgeGroup.class);
    offer.ageGroups().forEach(group -> groups.add(AgeGroup.valueOf(group)));
    Option<Verdict> verdict =
        provider
            .answers()
            .filter(answers -> answers.maintainsRequest().isDefined())
            .map(Engine::verdict);
    providers.put(
        id,
        new Supplier(
            id,
            groups,
            new HashSet<>(offer.needs().toJavaList()),
            new HashSet<>(offer.characteristics().toJavaList()),
            verdict));
  }

  private static Verdict verdict(Answers answers) {
    List<String> failed = List.empty();
    List<Option<Boolean>> conformity = answers.conformity();
    for (int i = Answers.CONFORMITY.size() - 1; i >= 0; i--) {
      if (!conformity.get(i).get()) {
        failed = failed.prepend(Answers.CONFORMITY.get(i));
      }
    }
    return new Verdict(
        answers.maintainsRequest().get(),
        Entered.whole(answers.placesWanted().get()).get(),
        answers.keepsRequest().get(),
        failed);
  }

  private static Place place(Batch batch) {
    BatchStatus status = BatchStatus.valueOf(batch.status().get());
    return new Place(
        batch.id().get(),
        Entered.whole(batch.places().get()).get(),
        batch.sector().get(),
        Entered.date(batch.availableOn()).get(),
        status == BatchStatus.USED ? batch.child() : Option.none());
  }

  private void request(Request request) {
    RequestType type = RequestType.valueOf(request.type().get());
    String id = request.id().get();
    LocalDate received = Entered.date(request.receivedOn()).get();
    int count = Entered.whole(request.places().get()).get();
    if (type == RequestType.DECREASE) {
      decrease(request, id, received, count);
      return;
    }
    Candidate candidate =
        new Candidate(id, type, request.provider().get(), received, count, due(received));
    candidates.add(candidate);
    (type == RequestType.INCREASE ? increases : obtentions)
        .computeIfAbsent(request.sector().get(), sector -> new TreeSet<>(CHRONOLOGICAL))
        .add(candidate);
  }

  /**
   * A {@code DECREASE} becomes a free batch of returned places at its effective date, unless it is
   * a suspension of 12 months or more from that date.
   */
  private void decrease(Request request, String id, LocalDate received, int count) {
    DecreaseReason reason = DecreaseReason.valueOf(request.reason().get());
    LocalDate requested = Entered.date(request.requestedDate()).get();
    LocalDate notice = received.plusDays(NOTICE_DAYS);
    LocalDate effective =
        reason == DecreaseReason.RATIO_DECREASE
                || (reason == DecreaseReason.SUSPENSION && request.emergency())
                || !requested.isBefore(notice)
            ? requested
            : notice;
    Due due = due(received);
    if (reason == DecreaseReason.SUSPENSION) {
      LocalDate until = Entered.date(request.until()).get();
      if (!until.isBefore(effective.plusMonths(SUSPENSION_MONTHS))) {
        decreases.add(
            new RequestResult(
                id,
                RequestStatus.REFUSED,
                0,
                due.date,
                due.late,
                Option.none(),
                Option.none(),
                Option.some(Rule.SUSPENSION_TOO_LONG)));
        return;
      }
    }
    decreases.add(
        new RequestResult(
            id,
            RequestStatus.GRANTED,
            0,
            due.date,
            due.late,
            Option.none(),
            Option.some(effective),
            Option.some(Rule.ALLOC_DECREASE_NOTICE)));
    places.add(new Place(id, count, request.sector().get(), effective, Option.none()));
  }

  private Due due(LocalDate received) {
    LocalDate due = received.plusDays(DECISION_DAYS);
    return new Due(due, asOf.exists(day -> day.isAfter(due)));
  }

  // ---- one batch

  /** The allocation of one batch: its places left, what it gave and its trail. */
  private final class Run {
    private final Place place;
    private final java.util.List<TrailEvent> trail = new ArrayList<>();
    private final java.util.List<Allocation> allocations = new ArrayList<>();
    private int left;
    private Option<String> pendingProvider = Option.none();

    Run(Place place) {
      this.place = place;
      this.left = place.places();
    }

    BatchResult allocate() {
      Coverage own = sectors.get(place.sector());
      if (own == null || own.parentNeeds().signum() > 0) {
        search(place.sector(), CandidateSource.SAME_SECTOR, CandidateSource.OBTENTION_LIST);
      } else {
        for (String sector : leavingOrder) {
          if (left == 0 || pendingProvider.isDefined()) {
            break;
          }
          trail.add(new TrailEvent.SectorLeft(sector));
          search(sector, CandidateSource.OTHER_SECTOR, CandidateSource.OTHER_SECTOR);
        }
      }
      BatchOutcome outcome;
      if (pendingProvider.isDefined()) {
        outcome = BatchOutcome.PENDING_VERIFICATION;
      } else if (left == 0) {
        outcome = BatchOutcome.ALLOCATED;
      } else if (place.isUsed()) {
        trail.add(new TrailEvent.NoCandidate(Rule.ALLOC_STEP1_UNALLOCATED));
        outcome = BatchOutcome.UNALLOCATED;
      } else {
        trail.add(new TrailEvent.NoCandidate(Rule.ALLOC_STEP1_NEW_PROVIDER));
        outcome = BatchOutcome.RECOGNIZE_NEW_PROVIDER;
      }
      return new BatchResult(
          place.id(), outcome, left, List.ofAll(allocations), pendingProvider, List.ofAll(trail));
    }

    /** Search 1 of a sector, then search 2 for a free batch. */
    private void search(String sector, CandidateSource increase, CandidateSource obtention) {
      take(increases.get(sector), increase);
      if (!place.isUsed()) {
        take(obtentions.get(sector), obtention);
      }
    }

    /** Candidates of one queue in order until the batch is spent or stops. */
    private void take(TreeSet<Candidate> queue, CandidateSource source) {
      if (queue == null) {
        return;
      }
      Iterator<Candidate> it = queue.iterator();
      while (left > 0 && pendingProvider.isEmpty() && it.hasNext()) {
        Candidate candidate = it.next();
        Supplier supplier = providers.get(candidate.provider());
        if (place.isUsed() && !supplier.serves(place.child().get())) {
          trail.add(new TrailEvent.ProfileMismatch(candidate.id(), supplier.id()));
          continue;
        }
        trail.add(new TrailEvent.Candidate(candidate.id(), supplier.id(), source));
        if (step2(candidate, supplier)) {
          it.remove();
        }
      }
    }

    /** Step 2 for one candidate; true when the request leaves its queue for the rest of the run. */
    private boolean step2(Candidate candidate, Supplier supplier) {
      if (supplier.verdict().isEmpty()) {
        trail.add(new TrailEvent.AwaitingAnswers(candidate.id(), supplier.id()));
        candidate.awaited = true;
        pendingProvider = Option.some(supplier.id());
        return false;
      }
      Verdict verdict = supplier.verdict().get();
      if (!verdict.maintains()) {
        trail.add(new TrailEvent.NotMaintained(candidate.id(), supplier.id()));
        candidate.failure = Failure.NOT_MAINTAINED;
        candidate.keeps = verdict.keeps();
        return true;
      }
      if (!verdict.failed().isEmpty()) {
        trail.add(new TrailEvent.NotConform(candidate.id(), supplier.id(), verdict.failed()));
        candidate.failure = Failure.NOT_CONFORM;
        candidate.keeps = verdict.keeps();
        return true;
      }
      int wanted = Math.min(candidate.places(), verdict.placesWanted());
      int given = Math.min(wanted - candidate.granted, left);
      trail.add(new TrailEvent.Recommended(candidate.id(), supplier.id(), given));
      allocations.add(new Allocation(candidate.id(), supplier.id(), given));
      candidate.granted += given;
      left -= given;
      return candidate.granted >= wanted;
    }
  }

  // ---- values of the run

  private record Place(
      String id, int places, String sector, LocalDate availableOn, Option<ChildProfile> child) {
    boolean isUsed() {
      return child.isDefined();
    }
  }

  private record Due(LocalDate date, boolean late) {}

  private record Verdict(boolean maintains, int placesWanted, boolean keeps, List<String> failed) {}

  private record Supplier(
      String id,
      Set<AgeGroup> ageGroups,
      Set<String> needs,
      Set<String> characteristics,
      Option<Verdict> verdict) {
    /** The offer serves the child's age group and holds every need and characteristic. */
    boolean serves(ChildProfile child) {
      long months = Entered.whole(child.ageMonths().get()).get();
      return ageGroups.contains(AgeGroup.ofMonths(months))
          && needs.containsAll(child.needs().toJavaList())
          && characteristics.containsAll(child.characteristics().toJavaList());
    }
  }

  /** A sector's coverage: places over children, compared exactly by cross-multiplication. */
  private record Coverage(
      String name, BigInteger children, BigInteger places, BigInteger parentNeeds) {
    static final Comparator<Coverage> LOWEST_FIRST =
        ((Comparator<Coverage>)
                (a, b) -> a.places.multiply(b.children).compareTo(b.places.multiply(a.children)))
            .thenComparing(Coverage::name);

    /** Has a rate below 70 % and identified needs: may receive places leaving another sector. */
    boolean takesPlaces() {
      return children.signum() > 0
          && parentNeeds.signum() > 0
          && places.multiply(TEN).compareTo(children.multiply(SEVEN)) < 0;
    }
  }

  private enum Failure {
    NOT_MAINTAINED,
    NOT_CONFORM
  }

  /** An increase or obtention request, with what the run did to it. */
  private static final class Candidate {
    private final String id;
    private final RequestType type;
    private final String provider;
    private final LocalDate received;
    private final int places;
    private final Due due;
    private int granted;
    private boolean awaited;
    private boolean keeps;
    private @Nullable Failure failure;

    Candidate(
        String id, RequestType type, String provider, LocalDate received, int places, Due due) {
      this.id = id;
      this.type = type;
      this.provider = provider;
      this.received = received;
      this.places = places;
      this.due = due;
    }

    String id() {
      return id;
    }

    String provider() {
      return provider;
    }

    LocalDate received() {
      return received;
    }

    int places() {
      return places;
    }

    /** The request's outcome (RULES.md §9 "Request outcomes"), adding its notices. */
    RequestResult result(boolean pendingRun, java.util.List<Notice> notices) {
      RequestStatus status;
      Option<Boolean> kept = Option.none();
      if (granted > 0) {
        status = RequestStatus.ACCEPTED;
        notices.add(new Notice(provider, id, Annex.CONFIRMATION));
      } else if (failure == Failure.NOT_MAINTAINED) {
        status = keeps ? RequestStatus.WAITING : RequestStatus.WITHDRAWN;
        kept = Option.some(keeps);
      } else if (failure == Failure.NOT_CONFORM) {
        status = RequestStatus.REFUSED;
        kept = Option.some(keeps);
      } else if (awaited) {
        status = RequestStatus.PENDING_VERIFICATION;
      } else {
        status = RequestStatus.WAITING;
      }
      if (failure != null && granted == 0 && !keeps) {
        notices.add(new Notice(provider, id, Annex.REFUSAL));
      }
      if (status == RequestStatus.WAITING && type == RequestType.INCREASE && !pendingRun) {
        notices.add(new Notice(provider, id, Annex.WAITING_REGISTER));
      }
      return new RequestResult(
          id, status, granted, due.date(), due.late(), kept, Option.none(), Option.none());
    }
  }
}
