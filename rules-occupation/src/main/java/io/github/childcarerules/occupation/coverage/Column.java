package io.github.childcarerules.occupation.coverage;

/** The columns of a coverage table (FORMAT.md, "Coverage table"), with their header names. */
public enum Column {
  SECTOR("sector"),
  AREA_KM2("area_km2"),
  CHILDREN("children"),
  PROVIDERS("providers"),
  PLACES("places"),
  STATED_RATE("stated_rate"),
  PLACES_0_17("places_0_17"),
  PLACES_18_59("places_18_59"),
  PLACES_60_PLUS("places_60_plus");

  private final String header;

  Column(String header) {
    this.header = header;
  }

  /** The name of the column in the header row. */
  public String header() {
    return header;
  }
}
