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
  private final Map<String, RequestLife> lives = new HashMap<>();
  private final Map<Queue, Map<String, Ask>> queues = new HashMap<>();

  /** One queue: a sector's increase or obtention requests, for permanent or temporary batches. */
  private record Queue(String sector, RequestType list, boolean temporary) {}

  Register(Iterable<Ask> asks) {
    java.util.List<Keyed> chronological = new ArrayList<>();
    asks.forEach(ask -> chronological.add(new Keyed(ask)));
    chronological.sort(Keyed.CHRONOLOGICAL);
    for (Keyed keyed : chronological) {
      Ask ask = keyed.ask();
      lives.put(ask.id(), RequestLife.of(ask));
      for (boolean temporary : new boolean[] {false, true}) {
        queues
            .computeIfAbsent(
                new Queue(ask.sector(), ask.type(), temporary), queue -> new LinkedHashMap<>())
            .put(ask.id(), ask);
      }
    }
  }

  /** A request with its day of receipt and id as sort keys. */
  private record Keyed(Ask ask, long day, IdKey id) {
    /** {@link Ask#CHRONOLOGICAL}, each key computed once. */
    static final Comparator<Keyed> CHRONOLOGICAL =
        (a, b) -> {
          int order = Long.compare(a.day, b.day);
          return order != 0 ? order : IdKey.compare(a.id, b.id);
        };

    Keyed(Ask ask) {
      this(ask, ask.received().toEpochDay(), new IdKey(ask.id()));
    }
  }

  /** The requests of a sector's list that still ask for places of such a batch, in order. */
  Iterable<Ask> queue(String sector, RequestType list, boolean temporary) {
    Map<String, Ask> queue = queues.get(new Queue(sector, list, temporary));
    return queue == null ? Collections.emptyList() : queue.values();
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
    Map<String, Ask> queue = queues.get(new Queue(ask.sector(), ask.type(), temporary));
    if (queue != null) {
      queue.remove(ask.id());
    }
  }
}
