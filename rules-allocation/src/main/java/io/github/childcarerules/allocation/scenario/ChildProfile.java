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
  public abstract Option<BigDecimal> ageMonths();

  public abstract List<String> needs();

  public abstract List<String> characteristics();

  /** True when nothing of the profile is entered: the profile counts as absent. */
  public boolean isAbsent() {
    return ageMonths().isEmpty() && needs().isEmpty() && characteristics().isEmpty();
  }

  @Value.Check
  void noNullElements() {
    NoNulls.elements("needs", needs());
    NoNulls.elements("characteristics", characteristics());
  }

  /** A copy with {@link #ageMonths()} set to {@code value}; {@code null} means absent. */
  public abstract ChildProfile withAgeMonths(@Nullable BigDecimal value);

  /** A builder with every field absent (or at its default). */
  public static Builder builder() {
    return new Builder();
  }

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
    /** Sets {@link ChildProfile#ageMonths()} to a whole number. */
    public Builder ageMonths(long value) {
      return ageMonths(BigDecimal.valueOf(value));
    }
  }
}
