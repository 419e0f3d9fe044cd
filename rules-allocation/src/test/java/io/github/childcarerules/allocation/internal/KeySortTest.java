package io.github.childcarerules.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link KeySort} sorts on the keys when each element has its own, else by the comparator. */
class KeySortTest {
  /** Sorts by length, the key being the length: consistent with it. */
  private static final Comparator<String> BY_LENGTH = Comparator.comparingInt(String::length);

  @Test
  void distinctKeysSortTheListWithoutTheComparator() {
    List<String> items = new ArrayList<>(List.of("ccc", "a", "dddd", "bb"));
    AtomicInteger compared = new AtomicInteger();

    KeySort.sort(
        items,
        (a, b) -> {
          compared.incrementAndGet();
          return BY_LENGTH.compare(a, b);
        },
        String::length);

    assertThat(items).containsExactly("a", "bb", "ccc", "dddd");
    assertThat(compared).hasValue(0);
  }

  @Test
  void negativeKeysComeFirst() {
    List<String> items = new ArrayList<>(List.of("x", "yy", "zzz"));

    KeySort.sort(items, BY_LENGTH.reversed(), item -> -item.length());

    assertThat(items).containsExactly("zzz", "yy", "x");
  }

  @Test
  void anElementWithoutAKeySortsTheListByTheComparator() {
    List<String> items = new ArrayList<>(List.of("ccc", "a", "dddd", "bb"));

    KeySort.sort(items, BY_LENGTH, item -> item.equals("bb") ? KeySort.NONE : 100 - item.length());

    assertThat(items).containsExactly("a", "bb", "ccc", "dddd");
  }

  @Test
  void twoElementsWithTheSameKeySortTheListByTheComparator() {
    List<String> items = new ArrayList<>(List.of("b2", "ccc", "a1"));

    KeySort.sort(items, Comparator.naturalOrder(), String::length);

    assertThat(items).containsExactly("a1", "b2", "ccc");
  }

  @Test
  void anEmptyListStaysEmpty() {
    List<String> items = new ArrayList<>();

    KeySort.sort(items, BY_LENGTH, String::length);

    assertThat(items).isEmpty();
  }

  @Test
  void keysInOrderAlreadyAreEachInTheirPlace() {
    assertThat(KeySort.places(new long[] {-4, 0, 7, 8})).containsExactly(0, 1, 2, 3);
    assertThat(KeySort.places(new long[] {5})).containsExactly(0);
    assertThat(KeySort.places(new long[0])).isEmpty();
  }

  @Test
  void keysOutOfOrderAreEachPlacedAmongTheSortedKeys() {
    assertThat(KeySort.places(new long[] {7, -4, 8, 0})).containsExactly(2, 0, 3, 1);
    assertThat(KeySort.places(new long[] {0, 1, 3, 2})).containsExactly(0, 1, 3, 2);
  }

  @Test
  void keysInOrderButOneTwiceOrOneMissingHaveNoPlaces() {
    assertThat(KeySort.places(new long[] {1, 2, 2, 3})).isNull();
    assertThat(KeySort.places(new long[] {3, 1, 3})).isNull();
    assertThat(KeySort.places(new long[] {KeySort.NONE, 1, 2})).isNull();
    assertThat(KeySort.places(new long[] {1, 2, KeySort.NONE})).isNull();
  }

  @Test
  void withoutUsableKeysThePlacesAreTheComparatorsAndTiesKeepTheirOrder() {
    List<String> items = List.of("ccc", "a", "bb", "d");
    long[] sameLengthTwice = {3, 1, 2, 1};

    assertThat(KeySort.places(items, BY_LENGTH, sameLengthTwice)).containsExactly(3, 0, 2, 1);
    assertThat(KeySort.places(items, BY_LENGTH, new long[] {3, KeySort.NONE, 2, 1}))
        .containsExactly(3, 0, 2, 1);
    assertThat(KeySort.places(items, BY_LENGTH, new long[] {10, 30, 20, 15}))
        .as("usable keys are used, whatever the comparator says")
        .containsExactly(0, 3, 2, 1);
  }

  @Test
  void aListInOrderWithTheSameKeyTwiceIsSortedByTheComparator() {
    List<String> items = new ArrayList<>(List.of("a", "bb", "cb", "ddd"));

    KeySort.sort(items, Comparator.<String>reverseOrder(), String::length);

    assertThat(items).containsExactly("ddd", "cb", "bb", "a");
  }
}
