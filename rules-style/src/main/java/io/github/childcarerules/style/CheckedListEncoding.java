package io.github.childcarerules.style;

import io.vavr.collection.List;
import java.util.Arrays;
import org.immutables.encode.Encoding;
import org.jspecify.annotations.Nullable;

/**
 * How Immutables generates a Vavr {@code List<T>} attribute of rules-core's value types: the same
 * methods as Vavr's own encoding ({@code addX}, {@code addAllX}, {@code x}, {@code setIterableX},
 * {@code withX}), except that a {@code null} list given to any of them does not fail inside Vavr
 * with a message that names nothing. It is kept as {@code null} until the value is built, where the
 * type's {@code @Value.Check} refuses it with the attribute's name (Immutables gives an encoding no
 * name to put in a message). A {@code null} element is kept likewise, for the check to name it with
 * its index.
 */
// The value holds what it was given, null included, until its check refuses it: NullAway cannot
// see that the check runs before anyone reads the field.
@SuppressWarnings("NullAway")
@Encoding
class CheckedListEncoding<T> {
  @Encoding.Impl private List<T> field = List.empty();

  @Encoding.Expose
  List<T> get() {
    return field;
  }

  @Encoding.Of
  static <T> List<T> init(@Nullable List<T> value) {
    return value;
  }

  @Encoding.Copy
  public List<T> with(@Nullable List<T> value) {
    return value;
  }

  @Encoding.Builder
  static final class Builder<T> {
    private @Nullable List<T> list = List.empty();

    @Encoding.Naming(standard = Encoding.StandardNaming.ADD)
    @Encoding.Init
    void add(@Nullable T element) {
      if (list != null) {
        list = list.append(element);
      }
    }

    @Encoding.Naming(standard = Encoding.StandardNaming.ADD)
    @Encoding.Init
    @SafeVarargs
    final void addVarArgs(T @Nullable ... elements) {
      addAll(elements == null ? null : Arrays.asList(elements));
    }

    @Encoding.Naming(standard = Encoding.StandardNaming.ADD_ALL)
    @Encoding.Init
    void addAll(@Nullable Iterable<T> elements) {
      if (elements == null) {
        list = null;
      } else if (list != null) {
        list = list.appendAll(elements);
      }
    }

    @Encoding.Init
    @Encoding.Copy
    void set(@Nullable List<T> elements) {
      list = elements;
    }

    @Encoding.Naming(value = "setIterable*")
    @Encoding.Init
    void setIterable(@Nullable Iterable<T> elements) {
      list = elements == null ? null : List.ofAll(elements);
    }

    @Encoding.Build
    List<T> build() {
      return list;
    }
  }
}
