package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.scenario.RequestType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The register of requests during a run (POL "Étape 1"): each increase and obtention request with
 * its {@link RequestLife}, and per sector four queues in chronological order, increase and
 * obtention requests each for permanent and for temporary batches. A request leaves a queue once it
 * asks for nothing more from such batches, or once it is withdrawn; a kept request keeps its
 * chronological place. Every request a batch scans therefore adds an event to its trail, and a run
 * costs {@code O((batches + requests) log requests)} plus the size of the trail: the requests are
 * sorted once and numbered by their place in that order, and each queue links its requests by
 * number in that order, with a constant-time departure (a doubly linked list in arrays; ids are
 * unique, and the order is total).
 */
final class Register {
  /** The number of request types: a sector's queue numbers for one kind of batch. */
  private static final int TYPES = RequestType.values().length;

  /** The requests, by number: their place in chronological order. */
  private final Ask[] asks;

  /** Each request's life so far, by number. */
  private final RequestLife[] lives;

  /** Each request's number, by its {@link Ask#index}. */
  private final int[] numbers;

  /** Each sector's first queue number: its queues follow, by {@link #queue(int, RequestType)}. */
  private final Map<String, Integer> sectors = new HashMap<>();

  /** The queues for permanent batches. */
  private final Chains permanent;

  /** The queues for temporary batches. */
  private final Chains temporary;

  /**
   * The register of {@code entered}, nothing done to them yet.
   *
   * @param entered the requests, each at its {@link Ask#index}
   * @throws IllegalArgumentException when a request is not at its index
   */
  Register(java.util.List<Ask> entered) {
    int count = entered.size();
    // what each request needs is read in the order entered, the order its values lie in memory
    java.util.List<Keyed> keyed = new ArrayList<>(count);
    long[] keys = new long[count];
    int[] queuesEntered = new int[count];
    String prefix = "";
    for (int i = 0; i < count; i++) {
      Ask ask = entered.get(i);
      if (ask.index() != i) {
        throw new IllegalArgumentException(ask.id() + " has index " + ask.index() + ", not " + i);
      }
      Keyed request = new Keyed(ask);
      keyed.add(request);
      if (i == 0) {
        prefix = request.id().prefix();
      }
      keys[i] = request.key(prefix);
      queuesEntered[i] = queue(sector(ask.sector()), ask.type());
    }
    int[] places = KeySort.places(keyed, Keyed.CHRONOLOGICAL, keys);
    asks = new Ask[count];
    lives = new RequestLife[count];
    numbers = places;
    int[] queues = new int[count];
    for (int i = 0; i < count; i++) {
      Ask ask = entered.get(i);
      int number = places[i];
      asks[number] = ask;
      lives[number] = RequestLife.of(ask);
      queues[number] = queuesEntered[i];
    }
    permanent = new Chains(queues, sectors.size() * TYPES);
    temporary = new Chains(queues, sectors.size() * TYPES);
  }

  /** The sector's first queue number, given to it when it is first met. */
  private int sector(String name) {
    Integer first = sectors.get(name);
    if (first == null) {
      first = sectors.size() * TYPES;
      sectors.put(name, first);
    }
    return first;
  }

  private static int queue(int first, RequestType list) {
    return first + list.ordinal();
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
  Iterable<Ask> queue(String sector, RequestType list, boolean temporaryBatch) {
    Integer first = sectors.get(sector);
    if (first == null) {
      return Collections.emptyList();
    }
    Chains chains = temporaryBatch ? temporary : permanent;
    int queue = queue(first, list);
    return () -> new Walker(chains, queue);
  }

  /** The request's life so far. */
  RequestLife life(Ask ask) {
    return lives[number(ask)];
  }

  /**
   * Records a request's next state, and takes it out of the queues of the batches it asks nothing
   * more of (once withdrawn, of all).
   */
  void update(RequestLife life) {
    int number = number(life.ask());
    lives[number] = life;
    if (life.withdrawn() || life.asks(false) == 0) {
      permanent.remove(number);
      temporary.remove(number);
    } else if (life.asks(true) == 0) {
      temporary.remove(number);
    }
  }

  private int number(Ask ask) {
    return numbers[ask.index()];
  }

  /**
   * Queues of requests by number, each in increasing order, as one doubly linked list each in
   * arrays: a request is in one queue, named by its number in {@code queues}, until it is removed
   * from it; removing it takes constant time.
   */
  static final class Chains {
    /** The end of a queue: no request. */
    static final int END = -1;

    private final int[] queues;
    private final int[] firsts;
    private final int[] next;
    private final int[] previous;
    private final boolean[] in;

    /**
     * Each request in its queue, the queues in increasing order of numbers.
     *
     * @param queues each request's queue, by number, each from 0 to {@code count - 1}
     * @param count the number of queues
     */
    Chains(int[] queues, int count) {
      this.queues = queues;
      firsts = new int[count];
      next = new int[queues.length];
      previous = new int[queues.length];
      in = new boolean[queues.length];
      int[] lasts = new int[count];
      Arrays.fill(firsts, END);
      Arrays.fill(lasts, END);
      for (int number = 0; number < queues.length; number++) {
        int queue = queues[number];
        int last = lasts[queue];
        if (last == END) {
          firsts[queue] = number;
        } else {
          next[last] = number;
        }
        previous[number] = last;
        next[number] = END;
        in[number] = true;
        lasts[queue] = number;
      }
    }

    /** The first request of a queue, {@link #END} when it is empty. */
    int first(int queue) {
      return firsts[queue];
    }

    /**
     * The request after {@code number} in its queue, {@link #END} after the last. For a request
     * removed already, the first request still in the queue after it: the requests removed keep
     * their link to what followed them, so that a walk of a queue goes on past a request removed on
     * the way.
     */
    int after(int number) {
      int following = next[number];
      while (following != END && !in[following]) {
        following = next[following];
      }
      return following;
    }

    /** Takes the request out of its queue; nothing when it left it already. */
    void remove(int number) {
      if (!in[number]) {
        return;
      }
      in[number] = false;
      int before = previous[number];
      int following = next[number];
      if (before == END) {
        firsts[queues[number]] = following;
      } else {
        next[before] = following;
      }
      if (following != END) {
        previous[following] = before;
      }
    }
  }

  /** A walk of one queue, in order; requests removed on the way are passed over. */
  private final class Walker implements Iterator<Ask> {
    private final Chains chains;
    private final int queue;
    private int current = Chains.END;

    Walker(Chains chains, int queue) {
      this.chains = chains;
      this.queue = queue;
    }

    private int following() {
      return current == Chains.END ? chains.first(queue) : chains.after(current);
    }

    @Override
    public boolean hasNext() {
      return following() != Chains.END;
    }

    @Override
    public Ask next() {
      int following = following();
      if (following == Chains.END) {
        throw new NoSuchElementException();
      }
      current = following;
      return asks[following];
    }
  }
}
