package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.rule.ViolationPaths;
import org.jspecify.annotations.Nullable;

/**
 * An element of a list of the record ({@code agreements[1]}, {@code
 * agreements[0].specialSchedules[2]}), kept as its list and index and written as a violation path
 * only when a violation is reported there: checking a valid record writes no path.
 */
final class At {
  private final @Nullable At parent;
  private final String list;
  private final int index;

  private At(@Nullable At parent, String list, int index) {
    this.parent = parent;
    this.list = list;
    this.index = index;
  }

  /** Element {@code index} of the record's list {@code list}. */
  static At item(String list, int index) {
    return new At(null, list, index);
  }

  /** Element {@code index} of this element's own list {@code list}. */
  At nested(String list, int index) {
    return new At(this, list, index);
  }

  /** The element's index in its list, as entered. */
  int index() {
    return index;
  }

  /** The element's path: {@code agreements[0]}. */
  String path() {
    String listPath = parent == null ? list : parent.path(list);
    return ViolationPaths.index(listPath, index);
  }

  /** The path of one of the element's fields: {@code agreements[0].start}. */
  String path(String field) {
    return path() + "." + field;
  }
}
