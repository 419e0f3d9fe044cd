package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.BracketsInForce;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Runs every section's checks on a record, in the order of RULES.md.
 *
 * @since 0.1.0
 */
public final class RecordChecks {
  private static final String SCHOOL_AGE = AgeBracket.SCHOOL_AGE.name();

  private RecordChecks() {}

  /**
   * Every violation of {@code record}, RULES.md §1 to §7, unsorted.
   *
   * @param record the record as entered
   * @return the violations in the order the sections are checked
   */
  public static List<Violation> validate(ParentChildRecord record) {
    Findings findings = new Findings();
    check(record, findings);
    return findings.all();
  }

  /**
   * The proposed record's violations, plus the fields that may not change once a record is saved.
   * Values are compared as entered, white space around them removed; blank counts as absent.
   *
   * @param saved the record as it was last saved
   * @param proposed the record as the user wants to save it now
   * @return the violations of {@code proposed}, then those of the change rules
   */
  public static List<Violation> validateChange(
      ParentChildRecord saved, ParentChildRecord proposed) {
    Findings findings = new Findings();
    check(proposed, findings);
    immutable(
        saved,
        proposed,
        Child::birthDate,
        Rule.CHILD_BIRTH_DATE_IMMUTABLE,
        "child.birthDate",
        findings);
    immutable(saved, proposed, Child::nirec, Rule.CHILD_NIREC_IMMUTABLE, "child.nirec", findings);
    immutable(saved, proposed, Child::necsg, Rule.CHILD_NECSG_IMMUTABLE, "child.necsg", findings);
    findings.reportIf(
        !entered(saved.ageBrackets().get(SCHOOL_AGE))
            .equals(entered(proposed.ageBrackets().get(SCHOOL_AGE))),
        Rule.SCHOOL_AGE_DATE_CHANGED,
        "ageBrackets." + SCHOOL_AGE);
    reducedContributionChanged(saved.agreements(), proposed.agreements(), findings);
    return findings.all();
  }

  /**
   * An agreement saved at the full contribution (or without the answer) that the change puts at the
   * reduced contribution; agreements added at a new index, or in place of an absent one, are new.
   */
  private static void reducedContributionChanged(
      List<Agreement> saved, List<Agreement> proposed, Findings findings) {
    for (int i = 0; i < Math.min(saved.size(), proposed.size()); i++) {
      Agreement before = saved.get(i);
      Agreement after = proposed.get(i);
      findings.reportIf(
          !before.isAbsent() && !before.reducedContribution() && after.reducedContribution(),
          Rule.REDUCED_CONTRIBUTION_CHANGED,
          "agreements[" + i + "].reducedContribution");
    }
  }

  private static void check(ParentChildRecord record, Findings findings) {
    Option<LocalDate> birthDate = new IdentityChecks(findings).check(record);
    BracketsInForce brackets = AgeBrackets.check(record.ageBrackets(), birthDate, findings);
    SpecialPeriods periods = new SpecialPeriods(findings);
    periods.check(record, birthDate);
    IndexedSeq<Option<DatePeriod>> covered =
        new Agreements(findings, brackets, periods.transitionalMeasure())
            .check(record.agreements());
    CareDays.check(record.agreements(), covered, findings);
  }

  private static void immutable(
      ParentChildRecord saved,
      ParentChildRecord proposed,
      Function<Child, Option<String>> field,
      Rule rule,
      String path,
      Findings findings) {
    findings.reportIf(!entered(saved, field).equals(entered(proposed, field)), rule, path);
  }

  private static String entered(ParentChildRecord record, Function<Child, Option<String>> field) {
    return entered(record.child().flatMap(field));
  }

  /** A value as the change rules compare it: white space around it removed, absent as blank. */
  private static String entered(Option<String> value) {
    return value.map(String::strip).getOrElse("");
  }
}
