package io.github.childcarerules.allocation.scenario;

/** The age groups a provider serves (FORMAT.md): under 18 months, under 60 months, school age. */
public enum AgeGroup {
  MONTHS_0_17,
  MONTHS_18_59,
  SCHOOL_AGE;

  /** The group of a child of {@code ageMonths}: under 18 months, under 60, else school age. */
  public static AgeGroup ofMonths(long ageMonths) {
    if (ageMonths < 18) {
      return MONTHS_0_17;
    }
    return ageMonths < 60 ? MONTHS_18_59 : SCHOOL_AGE;
  }
}
