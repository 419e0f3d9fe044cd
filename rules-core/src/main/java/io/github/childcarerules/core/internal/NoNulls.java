package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.rule.ViolationPaths;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.jspecify.annotations.Nullable;

/**
 * The structural check of the value types' lists and maps (docs/decisions.md, "Hostile input"): a
 * {@code null} list or map, element, key or value given through the Java API is refused when the
 * value is built, with a {@code NullPointerException} naming it ({@code agreements}, {@code
 * agreements[1]}, {@code ageBrackets.MON}), so that no rule ever meets it. An absent element keeps
 * its index as the empty element; an absent list is the empty list.
 *
 * @since 0.1.0
 */
public final class NoNulls {
  private NoNulls() {}

  /**
   * Refuses a {@code null} element of {@code list}, named {@code name[i]}.
   *
   * @param name the list's path, as in a violation ({@code agreements})
   * @param list the list as given
   * @throws NullPointerException naming the list when it is {@code null}, else its first {@code
   *     null} element
   */
  public static void elements(String name, @Nullable Seq<?> list) {
    if (list == null) {
      throw new NullPointerException(name + ": a list cannot be null (an absent one is empty)");
    }
    int index = 0;
    for (Object element : list) {
      if (element == null) {
        throw new NullPointerException(
            name + "[" + index + "]: a list element cannot be null (an absent one is empty)");
      }
      index++;
    }
  }

  /**
   * Refuses a {@code null} key of {@code map}, named {@code name}, or value, {@code name.KEY}.
   *
   * @param name the map's path, as in a violation ({@code ageBrackets})
   * @param map the map as given
   * @throws NullPointerException naming the map when it is {@code null}, else its first {@code
   *     null} key or value
   */
  public static void entries(String name, @Nullable Map<String, ?> map) {
    if (map == null) {
      throw new NullPointerException(name + ": a map cannot be null (an absent one is empty)");
    }
    for (var entry : map) {
      if (entry._1 == null) {
        throw new NullPointerException(name + ": a key cannot be null");
      }
      if (entry._2 == null) {
        throw new NullPointerException(
            ViolationPaths.key(name, entry._1) + ": a value cannot be null");
      }
    }
  }
}
