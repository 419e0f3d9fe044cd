package io.github.childcarerules.occupation.careunit;

import org.immutables.value.Value;

/**
 * What one day's stays make (FORMAT.md, "Care unit").
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CareUnitAssessment {
  /**
   * Day, half-day or none.
   *
   * @return the unit of care the day counts as
   */
  public abstract CareUnit unit();

  /**
   * The rule the child's age on 30 September of the reference year calls for.
   *
   * @return the rule of RCR art. 1 that decided {@link #unit()}
   */
  public abstract AgeRule ageRule();

  /**
   * Total minutes of all the stays of the day.
   *
   * @return the sum of the stays' lengths, in minutes (stays never overlap in an assessment)
   */
  public abstract long minutes();

  /**
   * More than 10 hours (600 minutes) of care in the day, all stays together (RCR art. 6).
   *
   * @return true when {@link #minutes()} exceeds 600
   */
  public boolean overTenHours() {
    return minutes() > CareUnits.TEN_HOURS;
  }

  /**
   * The assessment of one day.
   *
   * @param unit the unit of care the day counts as
   * @param ageRule the rule that decided it
   * @param minutes the total minutes of the day's stays
   * @return the assessment
   */
  public static CareUnitAssessment of(CareUnit unit, AgeRule ageRule, long minutes) {
    return ImmutableCareUnitAssessment.builder()
        .unit(unit)
        .ageRule(ageRule)
        .minutes(minutes)
        .build();
  }
}
