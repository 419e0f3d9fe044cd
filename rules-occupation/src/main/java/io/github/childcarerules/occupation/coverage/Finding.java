package io.github.childcarerules.occupation.coverage;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One inconsistency of a coverage table: the cell of {@link #column()} states {@link #stated()},
 * the audit computes {@link #computed()} (the rate rounded to two decimals, the sum of the
 * brackets, or the sum of the column).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Finding {
  /**
   * What is inconsistent.
   *
   * @return the kind of finding
   */
  @Value.Parameter
  public abstract FindingCode code();

  /**
   * The column of the inconsistent cell.
   *
   * @return {@link Column#STATED_RATE} for a rate, {@link Column#PLACES} for brackets, the summed
   *     column for a total
   */
  @Value.Parameter
  public abstract Column column();

  /**
   * The value as given in the table.
   *
   * @return the cell's value
   */
  @Value.Parameter
  public abstract BigDecimal stated();

  /**
   * The value the audit computes for that cell.
   *
   * @return the rate rounded to two decimals, or the sum
   */
  @Value.Parameter
  public abstract BigDecimal computed();

  /**
   * A finding on one cell.
   *
   * @param code what is inconsistent
   * @param column the cell's column
   * @param stated the value in the table
   * @param computed the value the audit computes
   * @return the finding
   */
  public static Finding of(
      FindingCode code, Column column, BigDecimal stated, BigDecimal computed) {
    return ImmutableFinding.of(code, column, stated, computed);
  }
}
