package io.github.childcarerules.occupation.coverage;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * The audit of a coverage table (FORMAT.md, "Coverage table").
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CoverageAudit {
  /**
   * The sector rows, in input order; the {@code TOTAL} row is not one of them.
   *
   * @return one audit per sector row
   */
  public abstract List<RowAudit> rows();

  /**
   * {@code TOTAL_MISMATCH}es of the {@code TOTAL} row, in column order; empty without one.
   *
   * @return the findings of the {@code TOTAL} row
   */
  public abstract List<Finding> totalFindings();

  /**
   * Whether the table has no inconsistency ({@code coverage-audit} exits 0).
   *
   * @return true when no row and no total has a finding
   */
  public boolean isConsistent() {
    return totalFindings().isEmpty() && rows().forAll(row -> row.findings().isEmpty());
  }

  /**
   * An audit of these rows and total findings.
   *
   * @param rows the sector rows' audits, in input order
   * @param totalFindings the {@code TOTAL} row's findings, in column order
   * @return the audit
   */
  public static CoverageAudit of(List<RowAudit> rows, List<Finding> totalFindings) {
    return ImmutableCoverageAudit.builder().rows(rows).totalFindings(totalFindings).build();
  }
}
