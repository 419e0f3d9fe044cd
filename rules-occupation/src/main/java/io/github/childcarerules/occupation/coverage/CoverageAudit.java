package io.github.childcarerules.occupation.coverage;

import io.vavr.collection.List;
import org.immutables.value.Value;

/** The audit of a coverage table (FORMAT.md, "Coverage table"). */
@Value.Immutable
public abstract class CoverageAudit {
  /** The sector rows, in input order; the {@code TOTAL} row is not one of them. */
  public abstract List<RowAudit> rows();

  /** {@code TOTAL_MISMATCH}es of the {@code TOTAL} row, in column order; empty without one. */
  public abstract List<Finding> totalFindings();

  /** True when the table has no inconsistency. */
  public boolean isConsistent() {
    return totalFindings().isEmpty() && rows().forAll(row -> row.findings().isEmpty());
  }

  public static CoverageAudit of(List<RowAudit> rows, List<Finding> totalFindings) {
    return ImmutableCoverageAudit.builder().rows(rows).totalFindings(totalFindings).build();
  }
}
