package io.github.childcarerules.allocation.scenario;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One run of the allocation: the date of the run ({@code asOf}, which decides which written answers
 * are late), the sectors' coverage and the analyst's order of them, the batches of places to
 * allocate, the registers of requests, the providers with their answers and the board's decisions.
 * Lists keep their input order; the allocation does not depend on it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Scenario implements WithScenario {
  /** {@return the date of the run, {@code YYYY-MM-DD}; when absent no answer is late} */
  public abstract Option<String> asOf();

  /** {@return the sectors of the territory with their coverage} */
  public abstract List<Sector> sectors();

  /** {@return the batches of places to allocate} */
  public abstract List<Batch> batches();

  /** {@return the registers' requests, every type together} */
  public abstract List<Request> requests();

  /** {@return the providers that made requests, with their answers} */
  public abstract List<Provider> providers();

  /**
   * {@return the analyst's order of the sectors that may receive places leaving their own (step
   * 1.3); sectors it does not name come after, lowest coverage first}
   */
  public abstract List<String> sectorOrder();

  /** {@return the board's decisions on recommendations, one per batch and request} */
  public abstract List<BoardDecision> boardDecisions();

  /**
   * {@return the name of the analyst who fills the analysis grids (shown in each grid's heading;
   * decides nothing)}
   *
   * @since 0.1.0
   */
  public abstract Option<String> analyst();

  /**
   * {@return the needs and characteristics the coordinating office counts as ministerial priorities
   * (grid item B.3), compared exactly with a used place's child}
   *
   * @since 0.1.0
   */
  public abstract List<String> ministerialPriorities();

  /**
   * {@return the letters the coordinating office sent (read by the audit of its decisions; the
   * allocation ignores them)}
   *
   * @since 0.1.0
   */
  public abstract List<LetterSent> lettersSent();

  @Value.Check
  void noNullElements() {
    NoNulls.elements("sectors", sectors());
    NoNulls.elements("batches", batches());
    NoNulls.elements("requests", requests());
    NoNulls.elements("providers", providers());
    NoNulls.elements("sectorOrder", sectorOrder());
    NoNulls.elements("boardDecisions", boardDecisions());
    NoNulls.elements("ministerialPriorities", ministerialPriorities());
    NoNulls.elements("lettersSent", lettersSent());
  }

  /**
   * {@return a copy with {@link #asOf()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Scenario withAsOf(@Nullable String value);

  /**
   * {@return a copy with {@link #analyst()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Scenario withAnalyst(@Nullable String value);

  /**
   * {@return a copy with {@link #asOf()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Scenario withAsOf(@Nullable LocalDate date) {
    return withAsOf(Option.of(date).map(LocalDate::toString));
  }

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Scenario}: a plain value or {@code null} (absent) for each field, or a
   * Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableScenario.Builder {
    /**
     * Sets {@link Scenario#asOf()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder asOf(@Nullable LocalDate date) {
      return asOf(Option.of(date).map(LocalDate::toString));
    }
  }
}
