package io.github.childcarerules.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.internal.Register.Chains;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The register's queues: each request in its queue in order until it leaves it, a departure from
 * the first, the last, the only or a middle place, and a walk of a queue that goes on past requests
 * that leave it on the way.
 */
class RegisterQueuesTest {
  private static List<Integer> walk(Chains chains, int queue) {
    List<Integer> met = new ArrayList<>();
    for (int number = chains.first(queue); number != Chains.END; number = chains.after(number)) {
      met.add(number);
    }
    return met;
  }

  @Test
  void aQueueWithoutRequestsIsEmpty() {
    Chains chains = new Chains(new int[] {1, 1}, 3);

    assertThat(chains.first(0)).isEqualTo(Chains.END);
    assertThat(chains.first(2)).isEqualTo(Chains.END);
    assertThat(walk(chains, 1)).containsExactly(0, 1);
  }

  @Test
  void theOnlyRequestLeavesItsQueueEmpty() {
    Chains chains = new Chains(new int[] {0}, 1);

    chains.remove(0);

    assertThat(chains.first(0)).isEqualTo(Chains.END);
    assertThat(chains.after(0)).isEqualTo(Chains.END);
  }

  @Test
  void theFirstTheLastAndAMiddleRequestLeaveTheirPlaces() {
    Chains chains = new Chains(new int[] {0, 1, 0, 0, 1, 0, 0}, 2);

    chains.remove(0);
    assertThat(walk(chains, 0)).containsExactly(2, 3, 5, 6);
    chains.remove(6);
    assertThat(walk(chains, 0)).containsExactly(2, 3, 5);
    chains.remove(3);
    assertThat(walk(chains, 0)).containsExactly(2, 5);
    assertThat(walk(chains, 1)).containsExactly(1, 4);
  }

  @Test
  void aRequestThatLeftAlreadyChangesNothingWhenItLeavesAgain() {
    Chains chains = new Chains(new int[] {0, 0, 0}, 1);
    chains.remove(1);

    chains.remove(1);

    assertThat(walk(chains, 0)).containsExactly(0, 2);
  }

  @Test
  void aWalkGoesOnPastTheRequestsThatLeftAfterItsPlace() {
    Chains chains = new Chains(new int[] {0, 0, 0, 0, 0}, 1);
    chains.remove(1);
    chains.remove(2);

    assertThat(chains.after(1)).isEqualTo(3);
    assertThat(chains.after(0)).isEqualTo(3);
    chains.remove(4);
    chains.remove(3);
    assertThat(chains.after(1)).isEqualTo(Chains.END);
    assertThat(chains.after(0)).isEqualTo(Chains.END);
  }

  /** Each request's queue, and the order in which requests leave, some never. */
  @Property(tries = 500)
  void queuesHoldTheirRequestsInOrderUntilTheyLeave(
      @ForAll("queues") int[] queues,
      @ForAll("departures") List<Integer> departures,
      @ForAll @IntRange(min = 0, max = 40) int walkedBefore) {
    int count = 3;
    Chains chains = new Chains(queues, count);
    boolean[] left = new boolean[queues.length];
    // a walk of queue 0 started before the departures, resumed after them
    int current = chains.first(0);
    for (int i = 0; i < walkedBefore && current != Chains.END; i++) {
      current = chains.after(current);
    }
    for (int departure : departures) {
      int number = departure % Math.max(1, queues.length);
      if (queues.length > 0) {
        chains.remove(number);
        left[number] = true;
      }
      for (int queue = 0; queue < count; queue++) {
        List<Integer> expected = new ArrayList<>();
        for (int n = 0; n < queues.length; n++) {
          if (queues[n] == queue && !left[n]) {
            expected.add(n);
          }
        }
        assertThat(walk(chains, queue)).isEqualTo(expected);
      }
    }
    if (current != Chains.END) {
      List<Integer> rest = new ArrayList<>();
      for (int n = chains.after(current); n != Chains.END; n = chains.after(n)) {
        rest.add(n);
      }
      List<Integer> expected = new ArrayList<>();
      for (int n = current + 1; n < queues.length; n++) {
        if (queues[n] == 0 && !left[n]) {
          expected.add(n);
        }
      }
      assertThat(rest).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<int[]> queues() {
    return Arbitraries.integers().between(0, 2).array(int[].class).ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<Integer>> departures() {
    return Arbitraries.integers().between(0, 29).list().ofMaxSize(30);
  }

  // ---- the register

  private static Ask ask(String id, int day, int places, int index) {
    return new Ask(
        id,
        RequestType.INCREASE,
        "P1",
        "A",
        LocalDate.of(2015, 1, 1).plusDays(day),
        places,
        Option.none(),
        index);
  }

  @Test
  void aRequestLeavesTheQueuesItAsksNothingMoreOfEvenDuringAWalk() {
    // received in the order R3, R1, R2, R4
    Ask r1 = ask("R1", 2, 1, 0);
    Ask r2 = ask("R2", 3, 2, 1);
    Ask r3 = ask("R3", 1, 1, 2);
    Ask r4 = ask("R4", 4, 1, 3);
    Register register = new Register(List.of(r1, r2, r3, r4));
    assertThat(register.queue("A", RequestType.INCREASE, false)).containsExactly(r3, r1, r2, r4);

    Iterator<Ask> walk = register.queue("A", RequestType.INCREASE, false).iterator();
    assertThat(walk.next()).isEqualTo(r3);
    // the current request leaves, and the one after it
    register.update(register.life(r3).declined(false));
    register.update(register.life(r1).reserved(1, false));
    assertThat(walk.hasNext()).isTrue();
    assertThat(walk.next()).isEqualTo(r2);
    // the last one leaves the temporary batches' queue only: it still asks for permanent places
    register.update(register.life(r4).reserved(1, true));
    assertThat(walk.next()).isEqualTo(r4);
    assertThat(walk.hasNext()).isFalse();
    assertThatThrownBy(walk::next).isInstanceOf(NoSuchElementException.class);

    assertThat(register.queue("A", RequestType.INCREASE, false)).containsExactly(r2, r4);
    assertThat(register.queue("A", RequestType.INCREASE, true)).containsExactly(r2);
    assertThat(register.queue("A", RequestType.OBTENTION, true)).isEmpty();
    assertThat(register.queue("B", RequestType.INCREASE, false)).isEmpty();
    assertThat(register.life(r3).withdrawn()).isTrue();
    assertThat(register.life(r4).reservedTemporary()).isEqualTo(1);
    // a request asking for more than it holds stays in both
    register.update(register.life(r2).reserved(1, true));
    assertThat(register.queue("A", RequestType.INCREASE, true)).containsExactly(r2);
  }

  @Test
  void anEmptyRegisterHasEmptyQueues() {
    Register register = new Register(List.of());

    assertThat(register.queue("A", RequestType.INCREASE, false)).isEmpty();
  }

  @Test
  void aRequestNotAtItsIndexIsRefused() {
    Ask r1 = ask("R1", 1, 1, 0);
    Ask r2 = ask("R2", 1, 1, 0);

    assertThatThrownBy(() -> new Register(List.of(r1, r2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("R2 has index 0, not 1");
    assertThat(new Register(List.of(r1)).queue("A", RequestType.INCREASE, true))
        .containsExactly(r1);
  }
}
