package io.github.childcarerules.style;

import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import org.immutables.encode.Encoding;
import org.jspecify.annotations.Nullable;

/**
 * How Immutables generates a Vavr {@code Map<K, V>} attribute of rules-core's value types: the same
 * methods as Vavr's own encoding ({@code putX}, {@code putEntryX}, {@code x}, {@code setJavaMapX},
 * {@code setEntriesX}, {@code withX}), except that a {@code null} map, entry or list of entries is
 * kept as {@code null} until the value is built, where the type's {@code Value.Check} refuses it
 * with the attribute's name, as {@link CheckedListEncoding} does for lists. A {@code null} key or
 * value is kept likewise, for the check to name it.
 */
// The value holds what it was given, null included, until its check refuses it: NullAway cannot
// see that the check runs before anyone reads the field.
@SuppressWarnings("NullAway")
@Encoding
class CheckedMapEncoding<K, V> {
  @Encoding.Impl private Map<K, V> field = HashMap.empty();

  @Encoding.Expose
  Map<K, V> get() {
    return field;
  }

  @Encoding.Of
  static <K, V> Map<K, V> init(@Nullable Map<K, V> value) {
    return value;
  }

  @Encoding.Copy
  public Map<K, V> with(@Nullable Map<K, V> value) {
    return value;
  }

  @Encoding.Builder
  static final class Builder<K, V> {
    private @Nullable Map<K, V> map = HashMap.empty();

    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    @Encoding.Init
    void put(@Nullable K key, @Nullable V value) {
      if (map != null) {
        map = map.put(key, value);
      }
    }

    @Encoding.Naming(value = "putEntry*")
    @Encoding.Init
    void putEntry(@Nullable Tuple2<K, V> entry) {
      if (entry == null) {
        map = null;
      } else if (map != null) {
        map = map.put(entry);
      }
    }

    @Encoding.Init
    @Encoding.Copy
    void set(@Nullable Map<K, V> elements) {
      map = elements;
    }

    @Encoding.Naming(value = "setJavaMap*")
    @Encoding.Init
    void setJavaMap(java.util.@Nullable Map<K, V> elements) {
      map = elements == null ? null : HashMap.ofAll(elements);
    }

    @Encoding.Naming(value = "setEntries*")
    @Encoding.Init
    void setEntries(@Nullable Iterable<Tuple2<K, V>> entries) {
      map = entries == null ? null : HashMap.ofEntries(entries);
    }

    @Encoding.Build
    Map<K, V> build() {
      return map;
    }
  }
}
