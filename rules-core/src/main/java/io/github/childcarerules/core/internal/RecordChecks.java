package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;

/** Runs every section's checks on a record. */
public final class RecordChecks {
  private RecordChecks() {}

  public static List<Violation> validate(ParentChildRecord record) {
    Findings findings = new Findings();
    new IdentityChecks(findings).check(record);
    return findings.sorted();
  }

  public static List<Violation> validateChange(ParentChildRecord saved, ParentChildRecord proposed) {
    return validate(proposed);
  }
}
