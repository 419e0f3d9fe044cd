package io.github.childcarerules.occupation.coverage;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One row of a coverage table as published: a sector (or {@value CoverageTables#TOTAL}) and its
 * cells, each absent when the table leaves it empty. Numbers are kept exactly as written.
 *
 * <p>A row is built only from cells an audit can judge (docs/decisions.md, "Hostile input"): a
 * count or an area (every column but {@code stated_rate}) is zero or more, and every cell has at
 * most {@value #MAX_DIGITS} digits before the point and {@value #MAX_DIGITS} after it. {@code
 * build()} refuses anything else with an {@code IllegalArgumentException} naming the column ({@link
 * #problem} says why), so that {@link CoverageTables#audit} works in exact decimals and never
 * throws.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CoverageRow {
  /** The most digits a cell may have before the decimal point, and the most after it. */
  public static final int MAX_DIGITS = 10_000;

  /** {@return the sector's name; {@value CoverageTables#TOTAL} for the table's total row} */
  public abstract String sector();

  /** {@return the area in km²} */
  public abstract Option<BigDecimal> areaKm2();

  /** {@return the children of the sector} */
  public abstract Option<BigDecimal> children();

  /** {@return the providers (RSG) of the sector} */
  public abstract Option<BigDecimal> providers();

  /** {@return the subsidized places of the sector} */
  public abstract Option<BigDecimal> places();

  /** {@return the coverage rate the table states, in percent} */
  public abstract Option<BigDecimal> statedRate();

  /** {@return the places for children of 0 to 17 months} */
  public abstract Option<BigDecimal> places0To17();

  /** {@return the places for children of 18 to 59 months} */
  public abstract Option<BigDecimal> places18To59();

  /** {@return the places for children of 60 months or more} */
  public abstract Option<BigDecimal> places60Plus();

  /** {@return true for the total row: its sector is exactly {@value CoverageTables#TOTAL}} */
  public boolean isTotal() {
    return CoverageTables.TOTAL.equals(sector());
  }

  /**
   * The cell of a numeric {@code column}; none for {@link Column#SECTOR}.
   *
   * @param column the column
   * @return the cell, absent when the table leaves it empty
   */
  public Option<BigDecimal> cell(Column column) {
    return switch (column) {
      case SECTOR -> Option.none();
      case AREA_KM2 -> areaKm2();
      case CHILDREN -> children();
      case PROVIDERS -> providers();
      case PLACES -> places();
      case STATED_RATE -> statedRate();
      case PLACES_0_17 -> places0To17();
      case PLACES_18_59 -> places18To59();
      case PLACES_60_PLUS -> places60Plus();
    };
  }

  @Value.Check
  void check() {
    for (Column column : Column.values()) {
      cell(column)
          .forEach(
              value ->
                  problem(column, value)
                      .forEach(
                          why -> {
                            throw new IllegalArgumentException(column.header() + ": " + why);
                          }));
    }
  }

  /**
   * Why {@code value} cannot be the cell of {@code column}, in English: a negative count or area,
   * or more than {@value #MAX_DIGITS} digits on one side of the point; none when it can.
   *
   * @param column the column of the cell
   * @param value the cell's number, as written
   * @return the reason, or none when {@code value} can be that cell
   */
  public static Option<String> problem(Column column, BigDecimal value) {
    // The digits first: a negative value is printed in the answer, within the bound only.
    Option<String> digits = digitsProblem(value);
    if (digits.isDefined()) {
      return digits;
    }
    if (column != Column.STATED_RATE && value.signum() < 0) {
      return Option.some(
          value.toPlainString() + " is below zero, and a count or an area cannot be");
    }
    return Option.none();
  }

  /** Why {@code value} has too many digits for exact decimals; none when it has not. */
  static Option<String> digitsProblem(BigDecimal value) {
    long after = value.scale();
    long before = (long) value.precision() - value.scale();
    if (after > MAX_DIGITS || before > MAX_DIGITS) {
      return Option.some("more than " + MAX_DIGITS + " digits before or after the decimal point");
    }
    return Option.none();
  }

  /** {@return a builder with every cell absent; the sector is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link CoverageRow}: {@code build()} throws an {@code IllegalArgumentException}
   * naming the column when a cell is one {@link #problem} refuses.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCoverageRow.Builder {
    /**
     * Sets the cell of a numeric {@code column} (not {@link Column#SECTOR}).
     *
     * @param column the value; {@code null} means absent
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder cell(Column column, Option<BigDecimal> value) {
      switch (column) {
        case SECTOR -> throw new IllegalArgumentException("the sector is not a number");
        case AREA_KM2 -> areaKm2(value);
        case CHILDREN -> children(value);
        case PROVIDERS -> providers(value);
        case PLACES -> places(value);
        case STATED_RATE -> statedRate(value);
        case PLACES_0_17 -> places0To17(value);
        case PLACES_18_59 -> places18To59(value);
        case PLACES_60_PLUS -> places60Plus(value);
      }
      return this;
    }
  }
}
