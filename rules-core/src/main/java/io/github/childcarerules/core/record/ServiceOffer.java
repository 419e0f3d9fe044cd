package io.github.childcarerules.core.record;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What the provider keeping the record has registered in its service offer: it decides whether a
 * CISSS period needs a convention (RULES.md §6, {@code CISSS_CONVENTION_REQUIRED}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceOffer implements WithServiceOffer {
  /**
   * A place-reservation convention under a protocol with a CISSS/CIUSSS. Absent means false.
   *
   * @return true when the provider has registered such a convention
   */
  @Value.Default
  public boolean cisssReservationConvention() {
    return false;
  }

  /**
   * An offer with or without the CISSS convention.
   *
   * @param cisssReservationConvention whether the provider has registered the convention; {@code
   *     null} means absent, that is false
   * @return the offer
   */
  public static ServiceOffer of(@Nullable Boolean cisssReservationConvention) {
    return builder().cisssReservationConvention(cisssReservationConvention).build();
  }

  /**
   * {@return a copy with {@link #cisssReservationConvention()} set to {@code value}}
   *
   * @param value whether the provider has registered the convention; {@code null} means absent,
   *     that is false
   */
  public final ServiceOffer withCisssReservationConvention(@Nullable Boolean value) {
    return withCisssReservationConvention(Boolean.TRUE.equals(value));
  }

  /**
   * A builder of an offer, the convention false until set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ServiceOffer}; {@code build()} never fails.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableServiceOffer.Builder {
    /**
     * Sets {@link ServiceOffer#cisssReservationConvention()} to {@code value}: a mapped {@code
     * Boolean} may be {@code null}.
     *
     * @param value whether the provider has registered the convention; {@code null} means absent,
     *     that is false
     * @return this builder
     */
    public Builder cisssReservationConvention(@Nullable Boolean value) {
      return cisssReservationConvention(Boolean.TRUE.equals(value));
    }
  }
}
