package io.github.childcarerules.allocation.scenario;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The child who occupies a used place: age in months (it gives the age group), needs (atypical
 * hours…) and particular characteristics (allergy, disability…), free strings compared exactly.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ChildProfile implements WithChildProfile {
  /** {@return the child's age in whole months; it gives the {@link AgeGroup}} */
  public abstract Option<BigDecimal> ageMonths();

  /** {@return the child's needs (atypical hours…), compared exactly with the offer's} */
  public abstract List<String> needs();

  /**
   * {@return the child's sex as entered ({@code F}, {@code M} or {@code X}); shown in the grid,
   * decides nothing}
   *
   * @since 0.1.0
   */
  public abstract Option<String> sex();

  /** {@return the child's particular characteristics (allergy, disability…), compared exactly} */
  public abstract List<String> characteristics();

  /** {@return true when nothing of the profile is entered: the profile counts as absent} */
  public boolean isAbsent() {
    return ageMonths().isEmpty()
        && sex().isEmpty()
        && needs().isEmpty()
        && characteristics().isEmpty();
  }

  @Value.Check
  void noNullElements() {
    NoNulls.elements("needs", needs());
    NoNulls.elements("characteristics", characteristics());
  }

  /**
   * {@return a copy with {@link #ageMonths()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract ChildProfile withAgeMonths(@Nullable BigDecimal value);

  /**
   * {@return a copy with {@link #sex()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract ChildProfile withSex(@Nullable String value);

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A profile of a child of {@code ageMonths} with these needs and characteristics.
   *
   * @param ageMonths the child's age in whole months
   * @param needs the child's needs
   * @param characteristics the child's particular characteristics
   * @return the profile
   */
  public static ChildProfile of(int ageMonths, List<String> needs, List<String> characteristics) {
    return builder()
        .ageMonths(BigDecimal.valueOf(ageMonths))
        .needs(needs)
        .characteristics(characteristics)
        .build();
  }

  /**
   * The builder of {@link ChildProfile}: a plain value or {@code null} (absent) for each field, or
   * a Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableChildProfile.Builder {
    /**
     * Sets {@link ChildProfile#ageMonths()} to a whole number.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder ageMonths(long value) {
      return ageMonths(BigDecimal.valueOf(value));
    }
  }
}
