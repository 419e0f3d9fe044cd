package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.scenario.RequestType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The register of requests during a run (POL "Étape 1"): each increase and obtention request with
 * its {@link RequestLife}, and per sector four queues in chronological order, increase and
 * obtention requests each for permanent and for temporary batches. A request leaves a queue once it
 * asks for nothing more from such batches, or once it is withdrawn; a kept request keeps its
 * chronological place. Every request a batch scans therefore adds an event to its trail, and a run
 * costs {@code O((batches + requests) log requests)} plus the size of the trail: the requests are
 * sorted once, and each queue keeps them in that order with a constant-time departure (a linked map
 * by id: ids are unique, and the order is total).
 */
final class Register {
  private final Map<String, RequestLife> lives;

  /** Each sector's queues, by {@link #index}. */
  private final Map<String, Queues> queues = new HashMap<>();

  /**
   * A sector's queues: its increase and obtention requests, for permanent and temporary batches.
   */
  private static final class Queues {
    @SuppressWarnings("unchecked")
    private final Map<String, Ask>[] byList = new Map[RequestType.values().length * 2];

    Map<String, Ask> get(RequestType list, boolean temporary) {
      int index = list.ordinal() * 2 + (temporary ? 1 : 0);
      Map<String, Ask> queue = byList[index];
      if (queue == null) {
        queue = new LinkedHashMap<>();
        byList[index] = queue;
      }
      return queue;
    }
  }

  Register(Iterable<Ask> asks) {
    java.util.List<Keyed> chronological = new ArrayList<>();
    asks.forEach(ask -> chronological.add(new Keyed(ask)));
    String prefix = chronological.isEmpty() ? "" : chronological.get(0).id().prefix();
    KeySort.sort(chronological, Keyed.CHRONOLOGICAL, keyed -> keyed.key(prefix));
    lives = new HashMap<>(chronological.size() * 2);
    for (Keyed keyed : chronological) {
      Ask ask = keyed.ask();
      lives.put(ask.id(), RequestLife.of(ask));
      Queues sector = queues.computeIfAbsent(ask.sector(), name -> new Queues());
      sector.get(ask.type(), false).put(ask.id(), ask);
      sector.get(ask.type(), true).put(ask.id(), ask);
    }
  }

  /** A request with its day of receipt and id as sort keys. */
  record Keyed(Ask ask, long day, IdKey id) {
    /** {@link Ask#CHRONOLOGICAL}, each key computed once. */
    static final Comparator<Keyed> CHRONOLOGICAL =
        (a, b) -> {
          int order = Long.compare(a.day, b.day);
          return order != 0 ? order : IdKey.compare(a.id, b.id);
        };

    /** 0000-01-01, the first day a date of the contract names. */
    private static final long FIRST_DAY = -719_528;

    /** The bits of a key that hold the id's number. */
    private static final int NUMBER_BITS = 40;

    Keyed(Ask ask) {
      this(ask, ask.received().toEpochDay(), new IdKey(ask.id()));
    }

    /**
     * The day, then the number of an id with {@code prefix} before its number, in one number that
     * orders as {@link #CHRONOLOGICAL}; {@link KeySort#NONE} for an id of another shape or a number
     * or day too large for it.
     */
    long key(String prefix) {
      long number = id.number(prefix);
      long days = day - FIRST_DAY;
      boolean fits = number >= 0 && number >> NUMBER_BITS == 0 && days >= 0 && days >> 22 == 0;
      return fits ? days << NUMBER_BITS | number : KeySort.NONE;
    }
  }

  /** The requests of a sector's list that still ask for places of such a batch, in order. */
  Iterable<Ask> queue(String sector, RequestType list, boolean temporary) {
    Queues lists = queues.get(sector);
    return lists == null ? Collections.emptyList() : lists.get(list, temporary).values();
  }

  /** The request's life so far. */
  RequestLife life(Ask ask) {
    return Objects.requireNonNull(lives.get(ask.id()), ask.id());
  }

  /** Every request's life, in no particular order. */
  Iterable<RequestLife> lives() {
    return lives.values();
  }

  /**
   * Records a request's next state, and takes it out of the queues of the batches it asks nothing
   * more of (once withdrawn, of all).
   */
  void update(RequestLife life) {
    Ask ask = life.ask();
    lives.put(ask.id(), life);
    if (life.withdrawn() || life.asks(false) == 0) {
      leave(ask, false);
      leave(ask, true);
    } else if (life.asks(true) == 0) {
      leave(ask, true);
    }
  }

  private void leave(Ask ask, boolean temporary) {
    // every request was put in its sector's queues
    Objects.requireNonNull(queues.get(ask.sector())).get(ask.type(), temporary).remove(ask.id());
  }
}
