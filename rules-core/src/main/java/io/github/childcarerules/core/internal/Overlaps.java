package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.rule.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one mechanism behind every {@code *_OVERLAP} rule: an element is reported when it shares a
 * day with an element before it, "before" meaning an earlier start, or the same start and a lower
 * index. One sweep in start order suffices: every element before the current one starts on or
 * before it, so they overlap exactly when the latest end seen so far reaches the current start.
 */
final class Overlaps {
  private Overlaps() {}

  /** An element taking part: its index in its list, its path and its days. */
  record Element(int index, String path, DatePeriod period) {}

  static void check(List<Element> elements, Rule rule, Findings findings) {
    ArrayList<Element> ordered = new ArrayList<>(elements);
    ordered.sort(
        Comparator.comparing((Element e) -> e.period().startInclusive())
            .thenComparingInt(Element::index));
    Element reach = null;
    for (Element element : ordered) {
      if (reach != null && reachesInto(reach.period(), element.period().startInclusive())) {
        findings.report(rule, element.path(), reach.path());
      }
      if (reach == null || endsLater(element.period(), reach.period())) {
        reach = element;
      }
    }
  }

  private static boolean reachesInto(DatePeriod earlier, LocalDate start) {
    return earlier.endInclusive().forAll(end -> !end.isBefore(start));
  }

  private static boolean endsLater(DatePeriod candidate, DatePeriod current) {
    if (current.isOpen()) {
      return false;
    }
    return candidate.isOpen()
        || candidate.endInclusive().get().isAfter(current.endInclusive().get());
  }
}
