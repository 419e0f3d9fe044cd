package io.github.childcarerules.allocation.scenario;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A batch of places to allocate (RULES.md §9 "Places to allocate"): a count, a sector, an
 * availability date, a kind ({@link BatchKind}, with {@code until} when temporary), a status
 * ({@link BatchStatus}, with the child's profile when used) and an origin ({@link Origin}).
 */
@Value.Immutable
public abstract class Batch {
  public abstract Option<String> id();

  public abstract Option<BigDecimal> places();

  public abstract Option<String> sector();

  public abstract Option<String> availableOn();

  public abstract Option<String> kind();

  /** The last day of a temporary batch. */
  public abstract Option<String> until();

  public abstract Option<String> status();

  public abstract Option<String> origin();

  /** The child who keeps a used place. */
  public abstract Option<ChildProfile> child();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableBatch.Builder {
    /** Sets a whole number of places. */
    public final Builder places(long places) {
      return (Builder) places(BigDecimal.valueOf(places));
    }
  }
}
