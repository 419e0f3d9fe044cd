package io.github.childcarerules.occupation.careunit;

/**
 * Which of RCR art. 1's two rules applies: the child's age on 30 September of the reference year (1
 * September – 31 August) holding the day.
 *
 * @since 0.1.0
 */
public enum AgeRule {
  /**
   * Under 5: the longest continuous stay decides (more than 4 h a day, 2 h 30 to 4 h a half-day).
   */
  UNDER_FIVE_ON_SEPTEMBER_30,
  /** 5 or older: stays totalling at least 2 h 30 make a day. */
  FIVE_OR_OLDER_ON_SEPTEMBER_30
}
