package io.github.childcarerules.core.internal;

import static io.github.childcarerules.core.internal.reading.Entered.given;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.internal.reading.BracketsInForce;
import io.github.childcarerules.core.internal.reading.Entered;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.ViolationPaths;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** RULES.md §7, and the §5 rules that tie agreements to age brackets. */
final class Agreements {
  private static final String DAYS = Array.of(Day.values()).mkString(", ");
  private static final String SLOTS = Array.of(Slot.values()).mkString(", ");

  private final Findings findings;
  private final BracketsInForce brackets;
  private final Option<DatePeriod> transitionalMeasure;

  Agreements(Findings findings, BracketsInForce brackets, Option<DatePeriod> transitionalMeasure) {
    this.findings = findings;
    this.brackets = brackets;
    this.transitionalMeasure = transitionalMeasure;
  }

  void check(Seq<Agreement> agreements) {
    findings.reportIf(
        agreements.forAll(Agreement::isAbsent), Rule.AGREEMENT_REQUIRED, "agreements");
    List<Overlaps.Element> covered = new ArrayList<>();
    int index = 0;
    for (Agreement agreement : agreements) {
      if (!agreement.isAbsent()) {
        String path = "agreements[" + index + "]";
        check(agreement, path);
        int position = index;
        PlannedOccupation.covered(agreement)
            .forEach(days -> covered.add(new Overlaps.Element(position, path, days)));
      }
      index++;
    }
    Overlaps.check(covered, Rule.AGREEMENTS_OVERLAP, findings);
  }

  private void check(Agreement agreement, String path) {
    findings.reportIf(!given(agreement.start()), Rule.AGREEMENT_START_REQUIRED, path + ".start");
    findings.reportIf(!given(agreement.end()), Rule.AGREEMENT_END_REQUIRED, path + ".end");
    Option<LocalDate> start = findings.date(agreement.start(), path + ".start");
    Option<LocalDate> end = findings.date(agreement.end(), path + ".end");
    Option<LocalDate> terminatedOn =
        findings.date(agreement.terminatedOn(), path + ".terminatedOn");
    Option<DatePeriod> planned = PlannedOccupation.planned(agreement);
    if (Entered.endBeforeStart(start, end)) {
      findings.report(Rule.AGREEMENT_END_BEFORE_START, path + ".end", start.get().toString());
    }
    planned
        .filter(days -> terminatedOn.exists(day -> !days.contains(day)))
        .forEach(
            days ->
                findings.report(
                    Rule.AGREEMENT_TERMINATION_OUTSIDE, path + ".terminatedOn", days.toString()));

    start.forEach(
        first ->
            brackets
                .earliest()
                .filter(first::isBefore)
                .forEach(
                    earliest ->
                        findings.report(
                            Rule.AGE_BRACKET_NOT_IN_FORCE, path + ".start", earliest.toString())));
    PlannedOccupation.covered(agreement)
        .filter(
            days ->
                brackets
                    .schoolAge()
                    .exists(
                        schoolAge ->
                            days.startInclusive().isBefore(schoolAge) && days.contains(schoolAge)))
        .forEach(
            days ->
                findings.report(
                    Rule.AGREEMENT_SPANS_SCHOOL_AGE, path, brackets.schoolAge().get().toString()));

    Occupied normal =
        agreement
            .schedule()
            .map(schedule -> schedule(schedule, path + ".schedule"))
            .getOrElse(Occupied.NOTHING);
    boolean noWeek = agreement.schedule().exists(schedule -> schedule.weeks().isEmpty());
    findings.reportIf(
        !agreement.replacement() && normal.isNothing() && !noWeek && !scheduleOptional(start),
        Rule.SCHEDULE_REQUIRED,
        path + ".schedule");
    boolean anySpecial = agreement.specialSchedules().exists(s -> !s.isAbsent());
    findings.reportIf(
        agreement.replacement() && (normal.valid > 0 || anySpecial),
        Rule.REPLACEMENT_WITH_SCHEDULE,
        path);

    specialSchedules(agreement, planned, path);
  }

  /**
   * The normal schedule is optional when the school-age bracket is in force on the agreement's
   * start and no transitional measure covers that day.
   */
  private boolean scheduleOptional(Option<LocalDate> start) {
    return start.exists(
        day ->
            brackets.inForceOn(day).contains(AgeBracket.SCHOOL_AGE)
                && !transitionalMeasure.exists(measure -> measure.contains(day)));
  }

  private void specialSchedules(Agreement agreement, Option<DatePeriod> planned, String path) {
    List<Overlaps.Element> extents = new ArrayList<>();
    int index = 0;
    for (SpecialSchedule special : agreement.specialSchedules()) {
      String at = path + ".specialSchedules[" + index + "]";
      if (!special.isAbsent()) {
        findings.reportIf(
            !given(special.start()), Rule.SPECIAL_SCHEDULE_START_REQUIRED, at + ".start");
        findings.reportIf(!given(special.end()), Rule.SPECIAL_SCHEDULE_END_REQUIRED, at + ".end");
        Option<LocalDate> start = findings.date(special.start(), at + ".start");
        Option<LocalDate> end = findings.date(special.end(), at + ".end");
        if (Entered.endBeforeStart(start, end)) {
          findings.report(Rule.PERIOD_END_BEFORE_START, at + ".end", start.get().toString());
        }
        special.schedule().forEach(schedule -> schedule(schedule, at + ".schedule"));
        int position = index;
        PlannedOccupation.extent(special)
            .forEach(
                days -> {
                  extents.add(new Overlaps.Element(position, at, days));
                  planned
                      .filter(agreementDays -> !agreementDays.encloses(days))
                      .forEach(
                          agreementDays ->
                              findings.report(
                                  Rule.SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT,
                                  at,
                                  agreementDays.toString()));
                });
      }
      index++;
    }
    Overlaps.check(extents, Rule.SPECIAL_SCHEDULES_OVERLAP, findings);
  }

  /** Checks a schedule's periodicity, day keys and slots; counts what it occupies. */
  private Occupied schedule(Schedule schedule, String path) {
    int weeks = schedule.weeks().size();
    findings.reportIf(
        weeks < 1 || weeks > 4, Rule.SCHEDULE_PERIODICITY, path, String.valueOf(weeks));
    int valid = 0;
    int unknown = 0;
    int weekIndex = 0;
    for (Week week : schedule.weeks()) {
      for (var day : week.days()) {
        boolean dayKnown = Day.parse(day._1).isDefined();
        if (!dayKnown) {
          findings.report(Rule.VALUE_NOT_ALLOWED, dayPath(path, weekIndex, day._1), DAYS);
        }
        int slotIndex = -1;
        for (String slot : day._2) {
          slotIndex++;
          if (slot.isBlank()) {
            continue; // blank counts as absent: no slot at all
          }
          boolean slotKnown = Slot.parse(slot).isDefined();
          if (!slotKnown) {
            findings.report(
                Rule.VALUE_NOT_ALLOWED,
                dayPath(path, weekIndex, day._1) + "[" + slotIndex + "]",
                SLOTS);
          }
          if (slotKnown && dayKnown) {
            valid++;
          } else {
            unknown++;
          }
        }
      }
      weekIndex++;
    }
    return new Occupied(valid, unknown);
  }

  private static String dayPath(String schedulePath, int week, String day) {
    return ViolationPaths.key(ViolationPaths.index(schedulePath + ".weeks", week), day);
  }

  /**
   * Slots of a schedule: {@code valid} ones (a known slot on a known day) and {@code unknown} ones
   * (a value outside its enumeration: given, but of unknown meaning, so the rules about occupied
   * slots are skipped for it).
   */
  private record Occupied(int valid, int unknown) {
    static final Occupied NOTHING = new Occupied(0, 0);

    boolean isNothing() {
      return valid == 0 && unknown == 0;
    }
  }
}
