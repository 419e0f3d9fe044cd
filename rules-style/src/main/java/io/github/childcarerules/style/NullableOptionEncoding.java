package io.github.childcarerules.style;

import io.vavr.control.Option;
import java.util.Objects;
import org.immutables.encode.Encoding;
import org.jspecify.annotations.Nullable;

/**
 * How Immutables generates an {@code Option<T>} attribute of our value types: the builder and the
 * copy methods take the plain value too, and a {@code null} plain value means absent ({@code
 * Option.of}), never an exception. A {@code null} {@code Option} itself is a misuse and fails with
 * the argument's name. Immutables compiles this class into the annotation {@code
 * NullableOptionEncodingEnabled}, which the style of each module carries (in place of Vavr's own
 * Option encoding, whose plain-value methods reject {@code null}).
 */
@Encoding
class NullableOptionEncoding<T> {
  @Encoding.Impl private Option<T> field = Option.none();

  @Encoding.Expose
  Option<T> get() {
    return field;
  }

  @Encoding.Of
  static <T> Option<T> init(Option<T> value) {
    return Objects.requireNonNull(value, "value");
  }

  @Encoding.Copy
  public Option<T> withOption(Option<T> value) {
    return Objects.requireNonNull(value, "value");
  }

  @Encoding.Copy
  public Option<T> with(@Nullable T value) {
    return Option.of(value);
  }

  @Encoding.Builder
  static final class Builder<T> {
    private Option<T> optional = Option.none();

    @Encoding.Init
    @Encoding.Copy
    void set(Option<T> value) {
      this.optional = Objects.requireNonNull(value, "value");
    }

    @Encoding.Init
    void setValue(@Nullable T x) {
      this.optional = Option.of(x);
    }

    @Encoding.Naming(value = "unset*")
    @Encoding.Init
    void unset() {
      this.optional = Option.none();
    }

    @Encoding.Build
    Option<T> build() {
      return optional;
    }
  }
}
