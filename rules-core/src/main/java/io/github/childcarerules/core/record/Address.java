package io.github.childcarerules.core.record;

import io.vavr.control.Option;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The responsible's address (CSG, field "Adresse"). */
@Value.Immutable
public abstract class Address implements WithAddress {
  /** ASCII digits, 1 to 6. */
  public abstract Option<String> civicNumber();

  public abstract Option<String> civicSuffix();

  public abstract Option<String> street();

  public abstract Option<String> municipality();

  /** A Canadian postal code, {@code A1A 1A1}. */
  public abstract Option<String> postalCode();

  public abstract Option<String> apartment();

  /** A copy with {@link #civicNumber()} set to {@code value}; {@code null} means absent. */
  public abstract Address withCivicNumber(@Nullable String value);

  /** A copy with {@link #civicSuffix()} set to {@code value}; {@code null} means absent. */
  public abstract Address withCivicSuffix(@Nullable String value);

  /** A copy with {@link #street()} set to {@code value}; {@code null} means absent. */
  public abstract Address withStreet(@Nullable String value);

  /** A copy with {@link #municipality()} set to {@code value}; {@code null} means absent. */
  public abstract Address withMunicipality(@Nullable String value);

  /** A copy with {@link #postalCode()} set to {@code value}; {@code null} means absent. */
  public abstract Address withPostalCode(@Nullable String value);

  /** A copy with {@link #apartment()} set to {@code value}; {@code null} means absent. */
  public abstract Address withApartment(@Nullable String value);

  /** A builder with every field absent (or at its default). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Address}: a plain value or {@code null} (absent) for each field, or a
   * Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAddress.Builder {}
}
