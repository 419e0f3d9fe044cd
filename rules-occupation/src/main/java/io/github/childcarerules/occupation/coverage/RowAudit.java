package io.github.childcarerules.occupation.coverage;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** The audit of one sector row: its recomputed rate and what is inconsistent in it. */
@Value.Immutable
public abstract class RowAudit {
  public abstract String sector();

  /** The rate rounded half-up to two decimals; none without children (or without places). */
  public abstract Option<BigDecimal> rate();

  /** The exact rate is below 70 %; none when there is no rate. */
  public abstract Option<Boolean> belowSaturation();

  /** {@code RATE_MISMATCH}, then {@code BRACKETS_DO_NOT_ADD_UP}. */
  public abstract List<Finding> findings();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRowAudit.Builder {}
}
