package io.github.childcarerules.allocation.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Sorts a list in the order of a comparator, on numbers when it can: each element given a key (a
 * {@code long}) that orders the elements exactly as the comparator does, the keys are sorted as
 * numbers, which costs a fraction of the comparisons. When an element has no key ({@link #NONE}) or
 * two elements have the same one, the list is sorted by the comparator itself.
 */
final class KeySort {
  /** The key of an element that has none. */
  static final long NONE = Long.MIN_VALUE;

  private KeySort() {}

  /**
   * Sorts {@code items} in {@code order}.
   *
   * @param items the list, sorted in place
   * @param order the order
   * @param key each element's key: for two elements that have one, the keys compare as {@code
   *     order} compares the elements
   * @param <T> the type of the elements
   */
  static <T> void sort(
      java.util.List<T> items, Comparator<? super T> order, ToLongFunction<? super T> key) {
    long[] keys = new long[items.size()];
    Map<Long, T> byKey = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      T item = items.get(i);
      long k = key.applyAsLong(item);
      if (k == NONE || byKey.putIfAbsent(k, item) != null) {
        items.sort(order);
        return;
      }
      keys[i] = k;
    }
    Arrays.sort(keys);
    for (int i = 0; i < keys.length; i++) {
      items.set(i, byKey.get(keys[i]));
    }
  }
}
