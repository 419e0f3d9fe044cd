package io.github.childcarerules.allocation.scenario;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A childcare provider that made requests: its sector, its service offer (used to match the child
 * of a used place) and its answers to step 2 (for one offer, or for every offer), absent while it
 * has not been reached.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Provider implements WithProvider {
  /** {@return the provider's identifier, which requests name} */
  public abstract Option<String> id();

  /** {@return the name of the provider's sector} */
  public abstract Option<String> sector();

  /**
   * {@return the provider's name, shown in the analysis grid and the letters}
   *
   * @since 0.1.0
   */
  public abstract Option<String> name();

  /**
   * {@return the provider's address, shown in the analysis grid and the letters}
   *
   * @since 0.1.0
   */
  public abstract Option<String> address();

  /** {@return the provider's service offer, matched against the child of a used place} */
  public abstract Option<Offer> offer();

  /**
   * {@return the answers of step 2 that hold for every offer not listed in {@link
   * #answersByBatch()}; absent until the provider has been reached}
   */
  public abstract Option<Answers> answers();

  /**
   * {@return the answers to the offer of one batch, by batch id; they take precedence over answers}
   */
  public abstract Map<String, Answers> answersByBatch();

  @Value.Check
  void noNullElements() {
    NoNulls.entries("answersByBatch", answersByBatch());
  }

  /**
   * {@return a copy with {@link #id()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Provider withId(@Nullable String value);

  /**
   * {@return a copy with {@link #sector()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Provider withSector(@Nullable String value);

  /**
   * {@return a copy with {@link #name()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Provider withName(@Nullable String value);

  /**
   * {@return a copy with {@link #address()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Provider withAddress(@Nullable String value);

  /**
   * {@return a copy with {@link #offer()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Provider withOffer(@Nullable Offer value);

  /**
   * {@return a copy with {@link #answers()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Provider withAnswers(@Nullable Answers value);

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Provider}: a plain value or {@code null} (absent) for each field, or a
   * Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableProvider.Builder {}
}
