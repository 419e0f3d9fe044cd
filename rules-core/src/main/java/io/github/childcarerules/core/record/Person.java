package io.github.childcarerules.core.record;

import io.vavr.control.Option;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An adult named in the record: the responsible, the other responsible or the parent. Text fields
 * hold what was entered; a blank string counts as absent.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Person implements WithPerson {
  /** {@return the adult's last name, at most 50 characters} */
  public abstract Option<String> lastName();

  /** {@return the adult's first name, at most 50 characters} */
  public abstract Option<String> firstName();

  /**
   * {@return the adult's role: one of {@link Role}'s names, or the form's placeholder {@code
   * CHOOSE}}
   */
  public abstract Option<String> role();

  /**
   * {@return a copy with {@link #lastName()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Person withLastName(@Nullable String value);

  /**
   * {@return a copy with {@link #firstName()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Person withFirstName(@Nullable String value);

  /**
   * {@return a copy with {@link #role()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Person withRole(@Nullable String value);

  /**
   * {@return a copy with {@link #role()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public final Person withRole(@Nullable Role value) {
    return withRole(Option.of(value).map(Role::name));
  }

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A person with the three fields given.
   *
   * @param lastName the last name
   * @param firstName the first name
   * @param role the role
   * @return the person
   */
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
    /**
     * Sets {@link Person#role()} to {@code value}; {@code null} means absent.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder role(@Nullable Role value) {
      return role(Option.of(value).map(Role::name));
    }
  }
}
