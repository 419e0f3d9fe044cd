package io.github.childcarerules.allocation.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

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
      keys[i] = key.applyAsLong(items.get(i));
    }
    int[] places = places(items, order, keys);
    Object[] placed = new Object[keys.length];
    for (int i = 0; i < keys.length; i++) {
      placed[places[i]] = items.get(i);
    }
    for (int i = 0; i < placed.length; i++) {
      @SuppressWarnings("unchecked") // placed holds the elements of items
      T item = (T) placed[i];
      items.set(i, item);
    }
  }

  /**
   * Each element's place in {@code order}: found on the keys when they allow it ({@link
   * #places(long[])}), else by sorting the elements' indices by the comparator itself (stable, as
   * {@link java.util.List#sort}).
   *
   * @param items the elements, left as they are
   * @param order the order
   * @param keys each element's key, by index: for two elements that have one, the keys compare as
   *     {@code order} compares the elements
   * @param <T> the type of the elements
   * @return each element's place, from 0, by index
   */
  static <T> int[] places(java.util.List<T> items, Comparator<? super T> order, long[] keys) {
    int @Nullable [] places = places(keys);
    if (places != null) {
      return places;
    }
    Integer[] inOrder = new Integer[items.size()];
    for (int i = 0; i < inOrder.length; i++) {
      inOrder[i] = i;
    }
    Arrays.sort(inOrder, (a, b) -> order.compare(items.get(a), items.get(b)));
    int[] found = new int[inOrder.length];
    for (int place = 0; place < inOrder.length; place++) {
      found[inOrder[place]] = place;
    }
    return found;
  }

  /**
   * Each key's place among the keys sorted as numbers, when every key is there once and none is
   * {@link #NONE}.
   *
   * @param keys the keys, left as they are
   * @return each key's place, from 0; null when a key is {@link #NONE} or given twice
   */
  static int @Nullable [] places(long[] keys) {
    boolean ascending = true;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == NONE) {
        return null;
      }
      ascending = ascending && (i == 0 || keys[i] > keys[i - 1]);
    }
    int[] places = new int[keys.length];
    if (ascending) {
      // in order already, each key once: each is in its place
      for (int i = 0; i < keys.length; i++) {
        places[i] = i;
      }
      return places;
    }
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        return null;
      }
    }
    // each key is there once: its place among the sorted keys is its element's
    for (int i = 0; i < keys.length; i++) {
      places[i] = Arrays.binarySearch(sorted, keys[i]);
    }
    return places;
  }
}
