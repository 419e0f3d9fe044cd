package io.github.childcarerules.allocation.scenario;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A sector of the territory (POL Tableau 1): its children, its places in home childcare and in
 * installations (all of them over its children is the coverage rate) and the parent needs
 * identified in its register; {@code parentNeeds} 0 lets places leave it.
 */
@Value.Immutable
public abstract class Sector {
  public abstract Option<String> name();

  public abstract Option<BigDecimal> children();

  public abstract Option<BigDecimal> places();

  public abstract Option<BigDecimal> parentNeeds();

  /** The places of CPE and daycares (installations), counted in the coverage rate; absent is 0. */
  public abstract Option<BigDecimal> installationPlaces();

  public static Builder builder() {
    return new Builder();
  }

  /** A sector with these whole counts. */
  public static Sector of(String name, long children, long places, long parentNeeds) {
    return builder()
        .name(name)
        .children(BigDecimal.valueOf(children))
        .places(BigDecimal.valueOf(places))
        .parentNeeds(BigDecimal.valueOf(parentNeeds))
        .build();
  }

  /** A sector with these whole counts, installation places included. */
  public static Sector of(
      String name, long children, long places, long installationPlaces, long parentNeeds) {
    return builder()
        .from(of(name, children, places, parentNeeds))
        .installationPlaces(BigDecimal.valueOf(installationPlaces))
        .build();
  }

  public static final class Builder extends ImmutableSector.Builder {}
}
