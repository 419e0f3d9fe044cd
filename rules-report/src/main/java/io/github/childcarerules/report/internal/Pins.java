package io.github.childcarerules.report.internal;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.CareDayUnits;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Every violation of a validation report pinned to its element and date: the element is the one
 * whose path is the longest prefix of the violation's path; the date is the one the path names
 * ({@code .start}, {@code .end}, {@code .terminatedOn}), else the element's first. The two care-day
 * warnings carry the days that trigger them: {@code TWENTY_DAYS_PER_FOUR_WEEKS} the agreement's 28
 * consecutive days with the most care days (decided by rules-core, as for the warning), {@code
 * REFERENCE_YEAR_261_DAYS} the reference year its message quotes.
 */
public final class Pins {
  private Pins() {}

  /**
   * The pins of {@code report}'s violations, numbered in the order of {@code elements}, then of the
   * report.
   *
   * @param record the record validated
   * @param report its validation report
   * @param elements its elements
   * @param words the page's words
   * @return one pin per violation
   */
  public static List<Pin> of(
      ParentChildRecord record, ValidationReport report, RecordElements elements, Words words) {
    Map<String, Integer> order =
        elements.all().zipWithIndex().toMap(pair -> Tuple.of(pair._1.path(), pair._2));
    Comparator<Tuple2<Tuple2<Violation, Element>, Integer>> pageOrder =
        Comparator.comparingInt(
            (Tuple2<Tuple2<Violation, Element>, Integer> pair) ->
                order.get(pair._1._2.path()).getOrElse(0));
    List<Tuple2<Violation, Element>> placed =
        report
            .violations()
            .map(violation -> Tuple.of(violation, elements.elementOf(violation.path())))
            .zipWithIndex()
            .sorted(pageOrder.thenComparingInt(Tuple2::_2))
            .map(Tuple2::_1);
    return placed
        .zipWithIndex()
        .map(pair -> pin(pair._2 + 1, pair._1._1, pair._1._2, record, words));
  }

  private static Pin pin(
      int number, Violation violation, Element element, ParentChildRecord record, Words words) {
    Option<DatePeriod> window = Option.none();
    boolean referenceYear = false;
    if (violation.rule() == Rule.TWENTY_DAYS_PER_FOUR_WEEKS) {
      window =
          agreement(element, record).flatMap(CareDayUnits::heaviestFourWeeks).map(w -> w.days());
    } else if (violation.rule() == Rule.REFERENCE_YEAR_261_DAYS
        && !violation.arguments().isEmpty()) {
      window = DatePeriod.parse(violation.arguments().head());
      referenceYear = window.isDefined();
    }
    Option<LocalDate> date =
        window.isDefined() ? window.map(DatePeriod::startInclusive) : date(violation, element);
    List<String> notes = List.empty();
    if (element.kind().dated()) {
      notes =
          notes.append(
              date.map(day -> words.get("pin.date", day.toString()))
                  .getOrElse(() -> words.get("pin.noDate")));
    }
    if (window.isDefined()) {
      DatePeriod days = window.get();
      String first = days.startInclusive().toString();
      String last = days.endInclusive().map(LocalDate::toString).getOrElse("");
      notes =
          notes.append(
              referenceYear
                  ? words.get("pin.referenceYear", first, last)
                  : words.get("pin.fourWeeks", first, last));
    }
    return new Pin(
        number,
        violation,
        element,
        date,
        window,
        referenceYear,
        words.get("severity." + violation.severity().name()),
        violation.message(words.locale()),
        notes);
  }

  /** The date the violation's path names within its element, else the element's first. */
  private static Option<LocalDate> date(Violation violation, Element element) {
    String rest = violation.path().substring(element.path().length());
    return switch (rest) {
      case ".start" -> element.start();
      case ".end" -> element.end();
      case ".terminatedOn" -> element.terminatedOn();
      default -> element.start().orElse(element.end());
    };
  }

  /** The agreement an element is, read back from its path ({@code agreements[2]}). */
  private static Option<Agreement> agreement(Element element, ParentChildRecord record) {
    if (element.kind() != ElementKind.AGREEMENT) {
      return Option.none();
    }
    String path = element.path();
    int index = Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
    return index < record.agreements().size()
        ? Option.some(record.agreements().get(index))
        : Option.none();
  }
}
