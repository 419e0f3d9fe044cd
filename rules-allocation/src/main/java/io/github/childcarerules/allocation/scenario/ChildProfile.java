package io.github.childcarerules.allocation.scenario;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The child who occupies a used place: age in months (it gives the age group), needs (atypical
 * hours…) and particular characteristics (allergy, disability…), free strings compared exactly.
 */
@Value.Immutable
public abstract class ChildProfile {
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

  public static final class Builder extends ImmutableChildProfile.Builder {}
}
