package io.github.childcarerules.occupation.coverage;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The audit of one sector row: its recomputed rate and what is inconsistent in it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RowAudit {
  /**
   * The sector the row is about.
   *
   * @return the {@code sector} cell, as in the table
   */
  public abstract String sector();

  /**
   * The rate rounded half-up to two decimals; none without children (or without places).
   *
   * @return the rate in percent, or none
   */
  public abstract Option<BigDecimal> rate();

  /**
   * The column whose empty cell leaves the row without a rate: {@link Column#CHILDREN}, else {@link
   * Column#PLACES}. An empty cell states nothing, so such a row has no rate without having "no
   * children"; none when the rate is computed or when the row states zero children.
   *
   * @return the empty cell the rate needed, or none
   */
  public abstract Option<Column> emptyCellForRate();

  /**
   * The exact rate is below 70 %; none when there is no rate.
   *
   * @return whether the sector is below saturation, or none
   */
  public abstract Option<Boolean> belowSaturation();

  /**
   * {@code RATE_MISMATCH}, then {@code BRACKETS_DO_NOT_ADD_UP}.
   *
   * @return the row's findings; empty when the row is consistent
   */
  public abstract List<Finding> findings();

  /**
   * A builder of a row's audit.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RowAudit}; the sector is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRowAudit.Builder {}
}
