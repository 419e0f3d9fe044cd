package io.github.childcarerules.allocation.scenario;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A provider's service offer: the age groups it serves ({@link AgeGroup} names, as entered), the
 * needs and the particular characteristics it can meet (free strings compared exactly).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Offer {
  /** {@return the age groups served, {@link AgeGroup} names as entered} */
  public abstract List<String> ageGroups();

  /** {@return the needs the provider can meet (atypical hours…)} */
  public abstract List<String> needs();

  /** {@return the particular characteristics the provider can meet (allergy, disability…)} */
  public abstract List<String> characteristics();

  @Value.Check
  void noNullElements() {
    NoNulls.elements("ageGroups", ageGroups());
    NoNulls.elements("needs", needs());
    NoNulls.elements("characteristics", characteristics());
  }

  /** {@return a builder with every list empty} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An offer of these age groups (by name), needs and characteristics.
   *
   * @param ageGroups the age groups served, {@link AgeGroup} names as entered
   * @param needs the needs the provider can meet
   * @param characteristics the particular characteristics the provider can meet
   * @return the offer
   */
  public static Offer of(List<String> ageGroups, List<String> needs, List<String> characteristics) {
    return builder().ageGroups(ageGroups).needs(needs).characteristics(characteristics).build();
  }

  /**
   * The builder of {@link Offer}: age groups as {@link AgeGroup}s or as entered text.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableOffer.Builder {
    /**
     * Adds {@code groups} to {@link Offer#ageGroups()}, by name.
     *
     * @param groups the age groups served; a {@code null} element is refused with its index
     * @return this builder
     */
    public Builder addAgeGroups(AgeGroup... groups) {
      Objects.requireNonNull(groups, "groups");
      // a null group goes on as a null element, which the value's check refuses with its index
      return addAllAgeGroups(List.of(groups).map(group -> group == null ? null : group.name()));
    }
  }
}
