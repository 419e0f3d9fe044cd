package io.github.childcarerules.core.internal;

import static io.github.childcarerules.core.internal.reading.Entered.given;

import io.github.childcarerules.core.internal.reading.Entered;
import io.github.childcarerules.core.internal.reading.Extents;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.ServiceOffer;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RULES.md §6: CISSS/CIUSSS, ECP and disability periods share one mechanism (dates, order, overlap)
 * that differs only by rule ids and whether the end may stay open; then the transitional measure.
 */
final class SpecialPeriods {
  /** What distinguishes one kind of period from another. */
  private enum Kind {
    CISSS(
        "cisssPeriods",
        Rule.CISSS_PERIOD_START_REQUIRED,
        Option.some(Rule.CISSS_PERIOD_END_REQUIRED),
        Rule.CISSS_PERIODS_OVERLAP),
    ECP("ecpPeriods", Rule.ECP_PERIOD_START_REQUIRED, Option.none(), Rule.ECP_PERIODS_OVERLAP),
    DISABILITY(
        "disabilityPeriods",
        Rule.DISABILITY_PERIOD_START_REQUIRED,
        Option.none(),
        Rule.DISABILITY_PERIODS_OVERLAP);

    final String list;
    final Rule startRequired;
    final Option<Rule> endRequired;
    final Rule overlap;

    Kind(String list, Rule startRequired, Option<Rule> endRequired, Rule overlap) {
      this.list = list;
      this.startRequired = startRequired;
      this.endRequired = endRequired;
      this.overlap = overlap;
    }
  }

  private final Findings findings;
  private Option<DatePeriod> transitionalMeasure = Option.none();

  SpecialPeriods(Findings findings) {
    this.findings = findings;
  }

  /** Checks §6; {@code birthDate} is the child's well-formed birth date, if any. */
  void check(ParentChildRecord record, Option<LocalDate> birthDate) {
    check(Kind.CISSS, record.cisssPeriods());
    findings.reportIf(
        record.cisssPeriods().exists(p -> !p.isAbsent())
            && !record.serviceOffer().exists(ServiceOffer::cisssReservationConvention),
        Rule.CISSS_CONVENTION_REQUIRED,
        "cisssPeriods");
    check(Kind.ECP, record.ecpPeriods());
    List<Overlaps.Element> disabilities = check(Kind.DISABILITY, record.disabilityPeriods());
    if (record.transitionalMeasure().isDefined()
        && !record.transitionalMeasure().get().isAbsent()) {
      transitionalMeasure(
          record.transitionalMeasure().get(),
          record.disabilityPeriods().exists(p -> !p.isAbsent()),
          disabilities,
          birthDate);
    }
  }

  /** The transitional measure's days, when it has a well-formed extent. */
  Option<DatePeriod> transitionalMeasure() {
    return transitionalMeasure;
  }

  /** Checks one kind of period; returns those with a usable extent, in start order. */
  private List<Overlaps.Element> check(Kind kind, Seq<SpecialPeriod> periods) {
    if (periods.isEmpty()) {
      return List.of();
    }
    List<Overlaps.Element> extents = new ArrayList<>();
    int index = 0;
    for (SpecialPeriod period : periods) {
      At at = At.item(kind.list, index);
      if (!period.isAbsent()) {
        if (!given(period.start())) {
          findings.report(kind.startRequired, at.path("start"));
        }
        if (kind.endRequired.isDefined() && !given(period.end())) {
          findings.report(kind.endRequired.get(), at.path("end"));
        }
        Option<LocalDate> start = findings.date(period.start(), at, "start");
        Option<LocalDate> end = findings.date(period.end(), at, "end");
        Option<DatePeriod> days =
            extent(start, end, period.end(), at, "end", kind.endRequired.isEmpty());
        if (days.isDefined()) {
          extents.add(new Overlaps.Element(at, days.get()));
        }
      }
      index++;
    }
    Overlaps.check(extents, kind.overlap, findings);
    return extents;
  }

  /**
   * The extent ({@link Extents#of}) of a period whose dates are already read (and reported when
   * malformed), reporting an end before the start at the field {@code endField} of {@code at}, or
   * at the path {@code endField} when {@code at} is null.
   */
  private Option<DatePeriod> extent(
      Option<LocalDate> start,
      Option<LocalDate> end,
      Option<String> endEntered,
      @Nullable At at,
      String endField,
      boolean mayBeOpen) {
    if (Entered.endBeforeStart(start, end)) {
      findings.report(
          Rule.PERIOD_END_BEFORE_START,
          at == null ? endField : at.path(endField),
          start.get().toString());
    }
    return Extents.of(start, end, endEntered, mayBeOpen);
  }

  private void transitionalMeasure(
      SpecialPeriod measure,
      boolean anyDisability,
      List<Overlaps.Element> disabilities,
      Option<LocalDate> birthDate) {
    final String path = "transitionalMeasure"; // a constant: its paths are written at compile time
    if (!anyDisability) {
      findings.report(Rule.TRANSITIONAL_MEASURE_WITHOUT_DISABILITY, path);
      return;
    }
    findings.reportIf(
        !given(measure.start()), Rule.TRANSITIONAL_MEASURE_START_REQUIRED, path + ".start");
    Option<LocalDate> start = findings.date(measure.start(), path + ".start");
    Option<LocalDate> end = findings.date(measure.end(), path + ".end");
    // for a child of school age: needs only the start and the birth date
    for (LocalDate first : start) {
      for (LocalDate birth : birthDate) {
        if (birth.isAfter(NominalAgeBrackets.LAST_BIRTH_DATE)) {
          // school age after 9999-12-31, after any start: said so, never as a date past 9999
          findings.report(
              Rule.TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE, path + ".start", "> " + IsoDate.MAX);
          continue;
        }
        LocalDate schoolAge = NominalAgeBrackets.of(birth).schoolAge();
        findings.reportIf(
            first.isBefore(schoolAge),
            Rule.TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE,
            path + ".start",
            schoolAge.toString());
      }
    }
    // "one more year": the end is before the start plus one year
    for (LocalDate first : start) {
      for (LocalDate last : end) {
        LocalDate oneYearLater = first.plusYears(1);
        findings.reportIf(
            !last.isBefore(oneYearLater),
            Rule.TRANSITIONAL_MEASURE_OVER_ONE_YEAR,
            path + ".end",
            oneYearLater.minusDays(1).toString());
      }
    }
    transitionalMeasure = extent(start, end, measure.end(), null, path + ".end", true);
    if (transitionalMeasure.isEmpty()) {
      return;
    }
    DatePeriod days = transitionalMeasure.get();
    Option<DatePeriod> corresponding =
        Vector.ofAll(disabilities) // in start order
            .map(Overlaps.Element::period)
            .find(disability -> disability.contains(days.startInclusive()));
    if (days.isOpen() && corresponding.exists(disability -> !disability.isOpen())) {
      findings.report(
          Rule.TRANSITIONAL_MEASURE_END_REQUIRED,
          path + ".end",
          corresponding.get().endInclusive().get().toString());
    } else if (disabilities.stream().noneMatch(e -> e.period().encloses(days))) {
      findings.report(Rule.TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY, path);
    }
  }
}
