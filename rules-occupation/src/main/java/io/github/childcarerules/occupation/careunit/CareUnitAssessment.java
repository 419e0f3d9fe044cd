package io.github.childcarerules.occupation.careunit;

import org.immutables.value.Value;

/** What one day's stays make (FORMAT.md, "Care unit"). */
@Value.Immutable
public abstract class CareUnitAssessment {
  /** Day, half-day or none. */
  public abstract CareUnit unit();

  /** The rule the child's age on 30 September of the reference year calls for. */
  public abstract AgeRule ageRule();

  /** Total minutes of all the stays of the day. */
  public abstract long minutes();

  /** More than 10 hours (600 minutes) of care in the day, all stays together (RCR art. 6). */
  public boolean overTenHours() {
    return minutes() > CareUnits.TEN_HOURS;
  }

  public static CareUnitAssessment of(CareUnit unit, AgeRule ageRule, long minutes) {
    return ImmutableCareUnitAssessment.builder()
        .unit(unit)
        .ageRule(ageRule)
        .minutes(minutes)
        .build();
  }
}
