package io.github.childcarerules.allocation;

import io.github.childcarerules.core.rule.Rule;

/**
 * Where step 1 found a candidate, with the rule of that paragraph.
 *
 * @since 0.1.0
 */
public enum CandidateSource {
  /** Step 1.1: an increase request of the batch's sector. */
  SAME_SECTOR(Rule.ALLOC_STEP1_SAME_SECTOR),
  /** Step 1.2: an obtention request of the batch's sector. */
  OBTENTION_LIST(Rule.ALLOC_STEP1_OBTENTION_LIST),
  /** Step 1.3: a request of another sector, after the places left theirs. */
  OTHER_SECTOR(Rule.ALLOC_STEP1_OTHER_SECTOR);

  private final Rule rule;

  CandidateSource(Rule rule) {
    this.rule = rule;
  }

  /**
   * The paragraph of step 1 that finds candidates here.
   *
   * @return one of the {@code ALLOC_STEP1_*} rules
   */
  public Rule rule() {
    return rule;
  }

  /**
   * The source whose paragraph is {@code rule}.
   *
   * @param rule one of the {@code ALLOC_STEP1_*} rules
   * @return the source it decides
   * @throws IllegalArgumentException if {@code rule} is not a paragraph of step 1's search
   */
  public static CandidateSource of(Rule rule) {
    for (CandidateSource source : values()) {
      if (source.rule == rule) {
        return source;
      }
    }
    throw new IllegalArgumentException(rule + " is not a paragraph of step 1's search");
  }
}
