package io.github.childcarerules.occupation.coverage;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The coverage rate of a sector (RULES.md §8, POL Tableau 1): places / children × 100, kept as the
 * exact fraction (it may be a repeating decimal) so that comparisons are exact.
 *
 * @since 0.1.0
 */
public final class CoverageRate {
  /** The saturation ceiling, in percent: 30 % of children are assumed to be cared for at home. */
  public static final BigDecimal SATURATION = BigDecimal.valueOf(70);

  /** A stated rate this far from the exact rate, or farther, is a mismatch. */
  public static final BigDecimal TOLERANCE = new BigDecimal("0.1");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal places;
  private final BigDecimal children;

  private CoverageRate(BigDecimal places, BigDecimal children) {
    this.places = places;
    this.children = children;
  }

  /**
   * The rate of {@code places} for {@code children}; none when there are no children. Each number
   * has at most {@value CoverageRow#MAX_DIGITS} digits before the decimal point and as many after
   * it, as a cell of a {@link CoverageRow}: so bounded, {@link #rounded()} and the comparisons work
   * in exact decimals and never throw.
   *
   * @param places the sector's subsidized places
   * @param children the sector's children
   * @return the rate, or none when {@code children} is zero or negative
   * @throws IllegalArgumentException when {@code places} or {@code children} has more than {@value
   *     CoverageRow#MAX_DIGITS} digits before or after the decimal point ({@code new
   *     BigDecimal("1e-999999999")})
   */
  public static Option<CoverageRate> of(BigDecimal places, BigDecimal children) {
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(children, "children");
    CoverageRow.digitsProblem(places)
        .forEach(
            why -> {
              throw new IllegalArgumentException("places: " + why);
            });
    CoverageRow.digitsProblem(children)
        .forEach(
            why -> {
              throw new IllegalArgumentException("children: " + why);
            });
    return children.signum() > 0 ? Option.some(new CoverageRate(places, children)) : Option.none();
  }

  /**
   * The rate in percent rounded half-up to two decimals (scale 2: {@code 25.00}).
   *
   * @return the rounded rate, as a coverage audit reports it
   */
  public BigDecimal rounded() {
    return places.multiply(HUNDRED).divide(children, 2, RoundingMode.HALF_UP);
  }

  /**
   * Whether the exact rate is below {@link #SATURATION} (70 %).
   *
   * @return true when the sector is below saturation, compared before any rounding
   */
  public boolean isBelowSaturation() {
    return places.multiply(HUNDRED).compareTo(SATURATION.multiply(children)) < 0;
  }

  /**
   * {@code stated} differs from the exact rate by {@link #TOLERANCE} (0.1 point) or more, compared
   * exactly: |stated × children − places × 100| ≥ 0.1 × children.
   *
   * @param stated the rate the table states, in percent
   * @return true when the stated rate is a {@code RATE_MISMATCH}
   */
  public boolean differsFrom(BigDecimal stated) {
    Objects.requireNonNull(stated, "stated");
    BigDecimal gap = stated.multiply(children).subtract(places.multiply(HUNDRED)).abs();
    return gap.compareTo(TOLERANCE.multiply(children)) >= 0;
  }

  @Override
  public String toString() {
    return places.toPlainString() + " / " + children.toPlainString() + " × 100";
  }
}
