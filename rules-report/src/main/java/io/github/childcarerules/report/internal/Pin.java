package io.github.childcarerules.report.internal;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * A violation pinned to the element and date it is about, numbered in the page's order (the number
 * of its marker on the timeline).
 *
 * @param number its number on the page, from 1
 * @param violation the violation, as the validation reported it
 * @param element the element it is about
 * @param date the day it is about, when the element has that date well formed
 * @param window the days that trigger a care-day warning: the 28 consecutive days with the most
 *     care days, or the reference year over 261 days
 * @param referenceYear whether {@code window} is a reference year (drawn across the timeline)
 * @param severity the violation's severity, in words
 * @param message the violation's message in the page's language
 * @param notes the date and the triggering days, in words
 */
public record Pin(
    int number,
    Violation violation,
    Element element,
    Option<LocalDate> date,
    Option<DatePeriod> window,
    boolean referenceYear,
    String severity,
    String message,
    List<String> notes) {

  /**
   * The rule's id.
   *
   * @return the id, as in the catalogue
   */
  public String rule() {
    return violation.rule().name();
  }

  /**
   * The violation's path.
   *
   * @return the path, as entered keys included
   */
  public String path() {
    return violation.path();
  }

  /**
   * The rule's source.
   *
   * @return the citation
   */
  public String source() {
    return violation.source();
  }

  /**
   * The CSS class of its severity.
   *
   * @return {@code error}, {@code warning} or {@code info}
   */
  public String style() {
    return violation.severity().name().toLowerCase(java.util.Locale.ROOT);
  }
}
