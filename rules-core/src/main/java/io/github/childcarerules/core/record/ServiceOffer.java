package io.github.childcarerules.core.record;

import org.immutables.value.Value;

/** What the provider keeping the record has registered in its service offer. */
@Value.Immutable
public abstract class ServiceOffer implements WithServiceOffer {
  /** A place-reservation convention under a protocol with a CISSS/CIUSSS. Absent means false. */
  @Value.Default
  public boolean cisssReservationConvention() {
    return false;
  }

  public static ServiceOffer of(boolean cisssReservationConvention) {
    return builder().cisssReservationConvention(cisssReservationConvention).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableServiceOffer.Builder {}
}
