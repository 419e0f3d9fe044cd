package io.github.childcarerules.core.record;

import io.vavr.control.Option;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The responsible's address (CSG, field "Adresse"). Text fields hold what was entered; a blank
 * string counts as absent. Civic number, street, municipality and postal code are required, suffix
 * and apartment optional ({@code ADDRESS_INCOMPLETE}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Address implements WithAddress {
  /** {@return the civic number: ASCII digits, 1 to 6 ({@code ADDRESS_CIVIC_NUMBER_FORMAT})} */
  public abstract Option<String> civicNumber();

  /** {@return what follows the civic number ({@code A} of {@code 12A}); optional} */
  public abstract Option<String> civicSuffix();

  /** {@return the street name} */
  public abstract Option<String> street();

  /** {@return the municipality (city or town)} */
  public abstract Option<String> municipality();

  /**
   * {@return the postal code as entered, a Canadian {@code A1A 1A1} in either case, with one space
   * or none between the halves ({@code ADDRESS_POSTAL_CODE_FORMAT})}
   */
  public abstract Option<String> postalCode();

  /** {@return the apartment or unit number; optional} */
  public abstract Option<String> apartment();

  /**
   * {@return a copy with {@link #civicNumber()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Address withCivicNumber(@Nullable String value);

  /**
   * {@return a copy with {@link #civicSuffix()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Address withCivicSuffix(@Nullable String value);

  /**
   * {@return a copy with {@link #street()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Address withStreet(@Nullable String value);

  /**
   * {@return a copy with {@link #municipality()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Address withMunicipality(@Nullable String value);

  /**
   * {@return a copy with {@link #postalCode()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Address withPostalCode(@Nullable String value);

  /**
   * {@return a copy with {@link #apartment()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Address withApartment(@Nullable String value);

  /** {@return a builder with every field absent (or at its default)} */
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
