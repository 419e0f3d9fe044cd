package io.github.childcarerules.core.record;

import org.immutables.value.Value;

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
   * @param cisssReservationConvention whether the provider has registered the convention
   * @return the offer
   */
  public static ServiceOffer of(boolean cisssReservationConvention) {
    return builder().cisssReservationConvention(cisssReservationConvention).build();
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
  public static final class Builder extends ImmutableServiceOffer.Builder {}
}
