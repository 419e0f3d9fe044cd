package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;

/** Runs every section's checks on a record, in the order of RULES.md. */
public final class RecordChecks {
  private RecordChecks() {}

  public static List<Violation> validate(ParentChildRecord record) {
    Findings findings = new Findings();
    check(record, findings);
    return findings.all();
  }

  /**
   * The proposed record's violations, plus the fields that may not change once a record is saved.
   * Values are compared as entered, white space around them removed; blank counts as absent.
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
    return findings.all();
  }

  private static void check(ParentChildRecord record, Findings findings) {
    Option<LocalDate> birthDate = new IdentityChecks(findings).check(record);
    AgeBrackets brackets = AgeBrackets.check(record.ageBrackets(), birthDate, findings);
    SpecialPeriods periods = new SpecialPeriods(findings);
    periods.check(record);
    new Agreements(findings, brackets, periods.transitionalMeasure()).check(record.agreements());
    CareDays.check(record.agreements(), findings);
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
    return record.child().flatMap(field).map(String::strip).getOrElse("");
  }
}
