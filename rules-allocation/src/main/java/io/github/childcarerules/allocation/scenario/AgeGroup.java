package io.github.childcarerules.allocation.scenario;

/**
 * The age groups a provider serves (FORMAT.md): under 18 months, under 60 months, school age.
 *
 * @since 0.1.0
 */
public enum AgeGroup {
  /** 0 to 17 months. */
  MONTHS_0_17,
  /** 18 to 59 months. */
  MONTHS_18_59,
  /** 60 months or more. */
  SCHOOL_AGE;

  /**
   * The group of a child of {@code ageMonths}: under 18 months, under 60, else school age.
   *
   * @param ageMonths the child's age in whole months
   * @return its age group
   */
  public static AgeGroup ofMonths(long ageMonths) {
    if (ageMonths < 18) {
      return MONTHS_0_17;
    }
    return ageMonths < 60 ? MONTHS_18_59 : SCHOOL_AGE;
  }
}
