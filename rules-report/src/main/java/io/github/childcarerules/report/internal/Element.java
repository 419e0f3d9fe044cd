package io.github.childcarerules.report.internal;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * One element of a record as a page shows it: the path violations are pinned by (a violation
 * belongs to the element whose path is the longest prefix of its own), what it is, its name and
 * entered values, and the dates the timeline reads from it (those entered and well formed).
 *
 * @param path the element's path, in {@code Violation.path()}'s syntax ({@code agreements[0]})
 * @param kind what it is
 * @param label its name on the page ({@code "Entente 1"})
 * @param details its entered values, each with its name
 * @param start the first day, when entered and well formed
 * @param end the last day (an agreement's planned end), when entered and well formed; for an age
 *     bracket, the day before the next bracket takes effect
 * @param terminatedOn an agreement's early end, when entered and well formed
 * @param openEnd no end by nature: an open period or the last age bracket, drawn to the timeline's
 *     end
 * @param barStyle the CSS class of its bar ({@code reduced}, {@code full}, {@code replacement}, or
 *     its kind's)
 * @param present whether the record holds it (else it is shown only when a violation is about it)
 */
public record Element(
    String path,
    ElementKind kind,
    String label,
    List<Detail> details,
    Option<LocalDate> start,
    Option<LocalDate> end,
    Option<LocalDate> terminatedOn,
    boolean openEnd,
    String barStyle,
    boolean present) {

  /**
   * Whether {@code violationPath} is this element's own path or a path inside it.
   *
   * @param violationPath a violation's path
   * @return true when the path is the element's, or starts with it followed by {@code .} or {@code
   *     [}; the record's empty path holds every path
   */
  public boolean holds(String violationPath) {
    return path.isEmpty()
        || violationPath.equals(path)
        || (violationPath.startsWith(path)
            && (violationPath.charAt(path.length()) == '.'
                || violationPath.charAt(path.length()) == '['));
  }

  /**
   * Every date the element has, for the timeline's span.
   *
   * @return its start, end and early end, those it has
   */
  public List<LocalDate> dates() {
    return List.of(start, end, terminatedOn).flatMap(date -> date);
  }

  /**
   * One entered value of an element and its name.
   *
   * @param label the name of the field
   * @param value the value as entered (cut when very long), or a word for a yes/no or an absence
   */
  public record Detail(String label, String value) {}
}
