package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.testkit.Mutation.Broken;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Single changes of a saved record that {@code validateChange} warns about (RULES.md §5 and §7):
 * {@code valid} is the saved record, {@code record} the proposed one, and both are valid on their
 * own.
 */
final class ChangeMutations {
  private static final String SCHOOL_AGE = AgeBracket.SCHOOL_AGE.name();

  private ChangeMutations() {}

  static List<Mutation> all() {
    return List.of(
        new Mutation(
            "school-age date entered after the record was saved",
            Rule.SCHOOL_AGE_DATE_CHANGED,
            ChangeMutations::schoolAgeEntered),
        new Mutation(
            "saved full-contribution agreement moved to the reduced contribution",
            Rule.REDUCED_CONTRIBUTION_CHANGED,
            ChangeMutations::reducedContributionChanged));
  }

  /**
   * A record saved without a school-age date, given one 1 to 400 days after every date the record
   * names: no agreement or bracket meets it, so the proposed record stays valid.
   */
  private static Optional<Broken> schoolAgeEntered(ParentChildRecord saved, Choices c) {
    if (Facts.given(saved.ageBrackets().get(SCHOOL_AGE))) {
      return Optional.empty();
    }
    LocalDate after = Facts.lastDay(saved);
    for (LocalDate bracket : Facts.brackets(saved).values()) {
      after = Facts.max(after, bracket);
    }
    LocalDate schoolAge = after.plusDays(c.days(400));
    return Broken.of(
        saved,
        saved.withAgeBrackets(saved.ageBrackets().put(SCHOOL_AGE, schoolAge.toString())),
        "ageBrackets." + SCHOOL_AGE);
  }

  /**
   * A reduced-contribution agreement of a valid record, saved at the full contribution (or without
   * the answer): the valid record is the proposed change.
   */
  private static Optional<Broken> reducedContributionChanged(
      ParentChildRecord proposed, Choices c) {
    List<Integer> reduced =
        java.util.stream.IntStream.range(0, proposed.agreements().size())
            .filter(i -> proposed.agreements().get(i).reducedContribution())
            .boxed()
            .toList();
    if (reduced.isEmpty()) {
      return Optional.empty();
    }
    int i = c.of(reduced);
    ParentChildRecord saved =
        Edits.agreement(proposed, i, agreement -> agreement.withReducedContribution(false));
    return Broken.of(saved, proposed, Edits.agreement(i) + ".reducedContribution");
  }
}
