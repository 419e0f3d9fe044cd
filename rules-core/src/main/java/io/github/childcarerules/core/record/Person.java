package io.github.childcarerules.core.record;

import io.vavr.control.Option;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An adult named in the record: the responsible, the other responsible or the parent. */
@Value.Immutable
public abstract class Person implements WithPerson {
  public abstract Option<String> lastName();

  public abstract Option<String> firstName();

  /** One of {@link Role}'s names, or the form's placeholder {@code CHOOSE}. */
  public abstract Option<String> role();

  /** A copy with {@link #lastName()} set to {@code value}; {@code null} means absent. */
  public abstract Person withLastName(@Nullable String value);

  /** A copy with {@link #firstName()} set to {@code value}; {@code null} means absent. */
  public abstract Person withFirstName(@Nullable String value);

  /** A copy with {@link #role()} set to {@code value}; {@code null} means absent. */
  public abstract Person withRole(@Nullable String value);

  /** A copy with {@link #role()} set to {@code value}; {@code null} means absent. */
  public final Person withRole(@Nullable Role value) {
    return withRole(Option.of(value).map(Role::name));
  }

  /** A builder with every field absent (or at its default). */
  public static Builder builder() {
    return new Builder();
  }

  public static Person of(String lastName, String firstName, Role role) {
    return builder().lastName(lastName).firstName(firstName).role(role).build();
  }

  /**
   * The builder of {@link Person}: a plain value or {@code null} (absent) for each field, or a Vavr
   * {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePerson.Builder {
    /** Sets {@link Person#role()} to {@code value}; {@code null} means absent. */
    public Builder role(@Nullable Role value) {
      return role(Option.of(value).map(Role::name));
    }
  }
}
