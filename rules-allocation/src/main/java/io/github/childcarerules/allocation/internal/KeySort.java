package io.github.childcarerules.allocation.internal;

import java.util.Arrays;
import java.util.Comparator;
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
    for (int i = 0; i < keys.length; i++) {
      long k = key.applyAsLong(items.get(i));
      if (k == NONE) {
        items.sort(order);
        return;
      }
      keys[i] = k;
    }
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        items.sort(order);
        return;
      }
    }
    // each key is there once: its place among the sorted keys is its element's
    Object[] placed = new Object[keys.length];
    for (int i = 0; i < keys.length; i++) {
      placed[Arrays.binarySearch(sorted, keys[i])] = items.get(i);
    }
    for (int i = 0; i < placed.length; i++) {
      @SuppressWarnings("unchecked") // placed holds the elements of items
      T item = (T) placed[i];
      items.set(i, item);
    }
  }
}
