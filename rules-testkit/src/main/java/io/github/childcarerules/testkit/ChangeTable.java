package io.github.childcarerules.testkit;

import static io.github.childcarerules.testkit.Places.agreements;
import static io.github.childcarerules.testkit.Shapes.agreementPath;
import static io.github.childcarerules.testkit.Shapes.at;

import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The table of single changes of a saved record that {@code validateChange} warns about (RULES.md
 * §5 and §7): the saved and the proposed record are both valid on their own. The first row changes
 * a saved record into the proposed one; the second finds, in a valid proposed record, the saved one
 * it came from ({@link Row#savedBefore()}).
 */
final class ChangeTable {
  private static final String SCHOOL_AGE = AgeBracket.SCHOOL_AGE.name();

  static final Seq<Mutation> MUTATIONS =
      List.of(
          new Row<>(
                  "school-age date entered after the record was saved",
                  Rule.SCHOOL_AGE_DATE_CHANGED,
                  Places.record(saved -> !Facts.given(saved.ageBrackets().get(SCHOOL_AGE))),
                  ChangeTable::schoolAgeEntered,
                  at("ageBrackets." + SCHOOL_AGE))
              .mutation(),
          new Row<>(
                  "saved full-contribution agreement moved to the reduced contribution",
                  Rule.REDUCED_CONTRIBUTION_CHANGED,
                  agreements((proposed, agreement) -> agreement.reducedContribution()),
                  (proposed, i, c) ->
                      Option.some(
                          Edits.agreement(
                              proposed, i, agreement -> agreement.withReducedContribution(false))),
                  agreementPath(".reducedContribution"))
              .savedBefore());

  private ChangeTable() {}

  /**
   * A school-age date 1 to 400 days after every date the saved record names: no agreement or
   * bracket meets it, so the proposed record stays valid.
   */
  private static Option<ParentChildRecord> schoolAgeEntered(
      ParentChildRecord saved, ParentChildRecord same, Choices c) {
    LocalDate after =
        List.ofAll(Facts.brackets(saved).values()).foldLeft(Facts.lastDay(saved), Facts::max);
    LocalDate schoolAge = after.plusDays(c.days(400));
    return Option.some(
        saved.withAgeBrackets(saved.ageBrackets().put(SCHOOL_AGE, schoolAge.toString())));
  }
}
