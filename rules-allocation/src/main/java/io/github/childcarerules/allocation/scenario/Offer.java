package io.github.childcarerules.allocation.scenario;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * A provider's service offer: the age groups it serves ({@link AgeGroup} names, as entered), the
 * needs and the particular characteristics it can meet (free strings compared exactly).
 */
@Value.Immutable
public abstract class Offer {
  public abstract List<String> ageGroups();

  public abstract List<String> needs();

  public abstract List<String> characteristics();

  @Value.Check
  void noNullElements() {
    NoNulls.elements("ageGroups", ageGroups());
    NoNulls.elements("needs", needs());
    NoNulls.elements("characteristics", characteristics());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Offer of(List<String> ageGroups, List<String> needs, List<String> characteristics) {
    return builder().ageGroups(ageGroups).needs(needs).characteristics(characteristics).build();
  }

  public static final class Builder extends ImmutableOffer.Builder {}
}
