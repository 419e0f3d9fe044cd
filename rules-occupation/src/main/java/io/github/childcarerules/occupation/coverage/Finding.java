package io.github.childcarerules.occupation.coverage;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One inconsistency of a coverage table: the cell of {@link #column()} states {@link #stated()},
 * the audit computes {@link #computed()} (the rate rounded to two decimals, the sum of the
 * brackets, or the sum of the column).
 */
@Value.Immutable
public abstract class Finding {
  @Value.Parameter
  public abstract FindingCode code();

  @Value.Parameter
  public abstract Column column();

  /** The value as given in the table. */
  @Value.Parameter
  public abstract BigDecimal stated();

  @Value.Parameter
  public abstract BigDecimal computed();

  public static Finding of(
      FindingCode code, Column column, BigDecimal stated, BigDecimal computed) {
    return ImmutableFinding.of(code, column, stated, computed);
  }
}
