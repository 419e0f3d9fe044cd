package io.github.childcarerules.occupation.coverage;

/**
 * The columns of a coverage table (FORMAT.md, "Coverage table"), with their header names.
 *
 * @since 0.1.0
 */
public enum Column {
  /** The sector's name; {@code TOTAL} names the row of sums. */
  SECTOR("sector"),
  /** The sector's area, in square kilometres. */
  AREA_KM2("area_km2"),
  /** The number of children of the sector the places are for. */
  CHILDREN("children"),
  /** The number of childcare providers in the sector. */
  PROVIDERS("providers"),
  /** The number of subsidized places in the sector. */
  PLACES("places"),
  /** The coverage rate the table states: places / children × 100 ({@link CoverageRate}). */
  STATED_RATE("stated_rate"),
  /** The places for children of 0 to 17 months. */
  PLACES_0_17("places_0_17"),
  /** The places for children of 18 to 59 months. */
  PLACES_18_59("places_18_59"),
  /** The places for children of 60 months and more. */
  PLACES_60_PLUS("places_60_plus");

  private final String header;

  Column(String header) {
    this.header = header;
  }

  /**
   * The name of the column in the header row.
   *
   * @return the header, lower case as in FORMAT.md ({@code "stated_rate"})
   */
  public String header() {
    return header;
  }
}
