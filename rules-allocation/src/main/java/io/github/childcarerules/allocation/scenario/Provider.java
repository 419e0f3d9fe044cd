package io.github.childcarerules.allocation.scenario;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A childcare provider that made requests: its sector, its service offer (used to match the child
 * of a used place) and its answers to step 2 (for one offer, or for every offer), absent while it
 * has not been reached.
 */
@Value.Immutable
public abstract class Provider {
  public abstract Option<String> id();

  public abstract Option<String> sector();

  public abstract Option<Offer> offer();

  /**
   * The answers of step 2 that hold for every offer not listed in {@link #answersByBatch()}; absent
   * until the provider has been reached.
   */
  public abstract Option<Answers> answers();

  /** The answers to the offer of one batch, by batch id; they take precedence over answers. */
  public abstract Map<String, Answers> answersByBatch();

  @Value.Check
  void noNullElements() {
    NoNulls.entries("answersByBatch", answersByBatch());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableProvider.Builder {}
}
