package io.github.childcarerules.allocation.scenario;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The board's decision on the recommendation a run makes for one batch and one request (POL
 * "Modalités administratives": the board allocates the places): authorized or refused, on a date.
 */
@Value.Immutable
public abstract class BoardDecision {
  public abstract Option<String> batch();

  public abstract Option<String> request();

  public abstract Option<Boolean> authorized();

  /** The date of the decision, {@code YYYY-MM-DD}. */
  public abstract Option<String> on();

  public static Builder builder() {
    return new Builder();
  }

  /** The board's decision on {@code request}'s recommendation for {@code batch}. */
  public static BoardDecision of(String batch, String request, boolean authorized, String on) {
    return builder().batch(batch).request(request).authorized(authorized).on(on).build();
  }

  public static final class Builder extends ImmutableBoardDecision.Builder {}
}
