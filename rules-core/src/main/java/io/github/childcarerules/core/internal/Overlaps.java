package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.rule.Rule;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The one mechanism behind every {@code *_OVERLAP} rule: an element is reported when it shares a
 * day with an element before it, "before" meaning an earlier start, or the same start and a lower
 * index. One sweep in start order suffices: every element before the current one starts on or
 * before it, so they overlap exactly when the latest end seen so far reaches the current start. The
 * cost is one sort, n log n in the number of elements.
 */
final class Overlaps {
  /** Start order: by start, then by index in the list. */
  private static final Comparator<Element> START_ORDER =
      Comparator.comparing((Element e) -> e.period().startInclusive())
          .thenComparingInt(e -> e.at().index());

  private Overlaps() {}

  /** An element taking part: where it is in its list, and its days. */
  record Element(At at, DatePeriod period) {}

  /**
   * Reports {@code rule} at every element of {@code elements} that overlaps one before it, quoting
   * the path of the one reaching furthest; {@code elements}, when it has two or more, is left
   * sorted in start order.
   */
  static void check(List<Element> elements, Rule rule, Findings findings) {
    if (elements.size() < 2) {
      return;
    }
    elements.sort(START_ORDER);
    Element reach = null;
    for (Element element : elements) {
      if (reach != null && reachesInto(reach.period(), element.period().startInclusive())) {
        findings.report(rule, element.at().path(), reach.at().path());
      }
      if (reach == null || endsLater(element.period(), reach.period())) {
        reach = element;
      }
    }
  }

  private static boolean reachesInto(DatePeriod earlier, LocalDate start) {
    return earlier.isOpen() || !earlier.endInclusive().get().isBefore(start);
  }

  private static boolean endsLater(DatePeriod candidate, DatePeriod current) {
    if (current.isOpen()) {
      return false;
    }
    return candidate.isOpen()
        || candidate.endInclusive().get().isAfter(current.endInclusive().get());
  }
}
