package io.github.childcarerules.allocation.scenario;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A sector of the territory (POL Tableau 1): its children, its places in home childcare and in
 * installations (all of them over its children is the coverage rate) and the parent needs
 * identified in its register; {@code parentNeeds} 0 lets places leave it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Sector implements WithSector {
  /** {@return the sector's name, which batches, requests and providers name} */
  public abstract Option<String> name();

  /** {@return the children living in the sector} */
  public abstract Option<BigDecimal> children();

  /** {@return the sector's subsidized places in home childcare, counted in the coverage rate} */
  public abstract Option<BigDecimal> places();

  /**
   * {@return the parent needs identified in the sector's register; 0 lets places leave the sector}
   */
  public abstract Option<BigDecimal> parentNeeds();

  /**
   * {@return the places of CPE and daycares (installations), counted in the coverage rate; absent
   * is 0}
   */
  public abstract Option<BigDecimal> installationPlaces();

  /**
   * {@return a copy with {@link #name()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Sector withName(@Nullable String value);

  /**
   * {@return a copy with {@link #children()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Sector withChildren(@Nullable BigDecimal value);

  /**
   * {@return a copy with {@link #places()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Sector withPlaces(@Nullable BigDecimal value);

  /**
   * {@return a copy with {@link #parentNeeds()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Sector withParentNeeds(@Nullable BigDecimal value);

  /**
   * {@return a copy with {@link #installationPlaces()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Sector withInstallationPlaces(@Nullable BigDecimal value);

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A sector with these whole counts, no installation places.
   *
   * @param name the sector's name
   * @param children the children living in the sector
   * @param places its places in home childcare
   * @param parentNeeds the parent needs identified in its register
   * @return the sector
   */
  public static Sector of(String name, long children, long places, long parentNeeds) {
    return builder()
        .name(name)
        .children(BigDecimal.valueOf(children))
        .places(BigDecimal.valueOf(places))
        .parentNeeds(BigDecimal.valueOf(parentNeeds))
        .build();
  }

  /**
   * A sector with these whole counts, installation places included.
   *
   * @param name the sector's name
   * @param children the children living in the sector
   * @param places its places in home childcare
   * @param installationPlaces its places in installations (CPE and daycares)
   * @param parentNeeds the parent needs identified in its register
   * @return the sector
   */
  public static Sector of(
      String name, long children, long places, long installationPlaces, long parentNeeds) {
    return builder()
        .from(of(name, children, places, parentNeeds))
        .installationPlaces(BigDecimal.valueOf(installationPlaces))
        .build();
  }

  /**
   * The builder of {@link Sector}: a plain value or {@code null} (absent) for each field, or a Vavr
   * {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSector.Builder {
    /**
     * Sets {@link Sector#children()} to a whole number.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder children(long value) {
      return children(BigDecimal.valueOf(value));
    }

    /**
     * Sets {@link Sector#places()} to a whole number.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder places(long value) {
      return places(BigDecimal.valueOf(value));
    }

    /**
     * Sets {@link Sector#parentNeeds()} to a whole number.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder parentNeeds(long value) {
      return parentNeeds(BigDecimal.valueOf(value));
    }

    /**
     * Sets {@link Sector#installationPlaces()} to a whole number.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder installationPlaces(long value) {
      return installationPlaces(BigDecimal.valueOf(value));
    }
  }
}
