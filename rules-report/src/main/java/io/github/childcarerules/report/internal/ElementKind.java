package io.github.childcarerules.report.internal;

/**
 * What an element of a record is: a part of the form without dates, or a dated element the timeline
 * draws on a line of its own. The CSS class of a dated element's bar is its {@link #style()}.
 */
public enum ElementKind {
  /** The record as a whole (path {@code ""}). */
  RECORD(false, "record"),
  /** The child's identification. */
  CHILD(false, "child"),
  /** The responsible, the other responsible or the parent. */
  PERSON(false, "person"),
  /** The responsible's address. */
  ADDRESS(false, "address"),
  /** The provider's service offer. */
  SERVICE_OFFER(false, "offer"),
  /** A whole list or map of the record ({@code agreements}, {@code ageBrackets}). */
  LIST(false, "list"),
  /** An age bracket and the date it takes effect. */
  AGE_BRACKET(true, "bracket"),
  /** A service agreement. */
  AGREEMENT(true, "agreement"),
  /** A special schedule of an agreement. */
  SPECIAL_SCHEDULE(true, "special"),
  /** A CISSS/CIUSSS period. */
  CISSS_PERIOD(true, "cisss"),
  /** An ECP period. */
  ECP_PERIOD(true, "ecp"),
  /** A disability period. */
  DISABILITY_PERIOD(true, "disability"),
  /** The transitional measure. */
  TRANSITIONAL_MEASURE(true, "transitional");

  private final boolean dated;
  private final String style;

  ElementKind(boolean dated, String style) {
    this.dated = dated;
    this.style = style;
  }

  /**
   * Whether the element has dates, and so a line of the timeline.
   *
   * @return true for age brackets, agreements, special schedules and periods
   */
  public boolean dated() {
    return dated;
  }

  /**
   * The element's CSS class.
   *
   * @return a lower-case word
   */
  public String style() {
    return style;
  }
}
