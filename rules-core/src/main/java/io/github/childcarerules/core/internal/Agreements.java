package io.github.childcarerules.core.internal;

import static io.github.childcarerules.core.internal.reading.Entered.given;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.internal.reading.BracketsInForce;
import io.github.childcarerules.core.internal.reading.Entered;
import io.github.childcarerules.core.internal.reading.Extents;
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
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** RULES.md §7, and the §5 rules that tie agreements to age brackets. */
final class Agreements {
  private static final String DAYS = Array.of(Day.values()).mkString(", ");
  private static final String SLOTS = Array.of(Slot.values()).mkString(", ");
  private static final Day[] WEEK_DAYS = Day.values();

  private final Findings findings;
  private final BracketsInForce brackets;
  private final Option<DatePeriod> transitionalMeasure;

  Agreements(Findings findings, BracketsInForce brackets, Option<DatePeriod> transitionalMeasure) {
    this.findings = findings;
    this.brackets = brackets;
    this.transitionalMeasure = transitionalMeasure;
  }

  /**
   * Checks the agreements; returns the days each one covers, by index ({@link
   * PlannedOccupation#covered}: none for an absent one or one whose dates are unusable), read here
   * once for the care-day warnings.
   */
  IndexedSeq<Option<DatePeriod>> check(Seq<Agreement> agreements) {
    findings.reportIf(
        agreements.forAll(Agreement::isAbsent), Rule.AGREEMENT_REQUIRED, "agreements");
    List<Option<DatePeriod>> coveredByIndex = new ArrayList<>(agreements.size());
    List<Overlaps.Element> covered = new ArrayList<>(agreements.size());
    int index = 0;
    for (Agreement agreement : agreements) {
      Option<DatePeriod> days = Option.none();
      if (!agreement.isAbsent()) {
        At at = At.item("agreements", index);
        days = check(agreement, at);
        if (days.isDefined()) {
          covered.add(new Overlaps.Element(at, days.get()));
        }
      }
      coveredByIndex.add(days);
      index++;
    }
    Overlaps.check(covered, Rule.AGREEMENTS_OVERLAP, findings);
    return Array.ofAll(coveredByIndex);
  }

  /** Checks one agreement; returns the days it covers. */
  private Option<DatePeriod> check(Agreement agreement, At at) {
    if (!given(agreement.start())) {
      findings.report(Rule.AGREEMENT_START_REQUIRED, at.path("start"));
    }
    if (!given(agreement.end())) {
      findings.report(Rule.AGREEMENT_END_REQUIRED, at.path("end"));
    }
    Option<LocalDate> start = findings.date(agreement.start(), at, "start");
    Option<LocalDate> end = findings.date(agreement.end(), at, "end");
    Option<LocalDate> terminatedOn = findings.date(agreement.terminatedOn(), at, "terminatedOn");
    Option<DatePeriod> planned = Extents.closedOf(start, end);
    Option<DatePeriod> covered =
        PlannedOccupation.covered(planned, given(agreement.terminatedOn()), terminatedOn);
    if (Entered.endBeforeStart(start, end)) {
      findings.report(Rule.AGREEMENT_END_BEFORE_START, at.path("end"), start.get().toString());
    }
    if (planned.isDefined()
        && terminatedOn.isDefined()
        && !planned.get().contains(terminatedOn.get())) {
      findings.report(
          Rule.AGREEMENT_TERMINATION_OUTSIDE, at.path("terminatedOn"), planned.get().toString());
    }

    Option<LocalDate> earliest = brackets.earliest();
    if (start.isDefined() && earliest.isDefined() && start.get().isBefore(earliest.get())) {
      findings.report(Rule.AGE_BRACKET_NOT_IN_FORCE, at.path("start"), earliest.get().toString());
    }
    Option<LocalDate> schoolAge = brackets.schoolAge();
    if (covered.isDefined() && schoolAge.isDefined() && spans(covered.get(), schoolAge.get())) {
      findings.report(Rule.AGREEMENT_SPANS_SCHOOL_AGE, at.path(), schoolAge.get().toString());
    }

    Occupied normal =
        agreement.schedule().isDefined()
            ? schedule(agreement.schedule().get(), at, "schedule")
            : new Occupied(at, "schedule"); // none: nothing occupied
    boolean noWeek =
        agreement.schedule().isDefined() && agreement.schedule().get().weeks().isEmpty();
    if (!agreement.replacement() && normal.isNothing() && !noWeek && !scheduleOptional(start)) {
      findings.report(Rule.SCHEDULE_REQUIRED, at.path("schedule"));
    }
    boolean anySpecial = agreement.specialSchedules().exists(s -> !s.isAbsent());
    if (agreement.replacement() && (normal.valid > 0 || anySpecial)) {
      findings.report(Rule.REPLACEMENT_WITH_SCHEDULE, at.path());
    }

    specialSchedules(agreement, planned, at);
    return covered;
  }

  /** Whether an agreement's days run from before the school-age date to it or beyond. */
  private static boolean spans(DatePeriod days, LocalDate schoolAge) {
    return days.startInclusive().isBefore(schoolAge) && days.contains(schoolAge);
  }

  /**
   * The normal schedule is optional when the school-age bracket is in force on the agreement's
   * start and no transitional measure covers that day.
   */
  private boolean scheduleOptional(Option<LocalDate> start) {
    if (start.isEmpty()) {
      return false;
    }
    LocalDate day = start.get();
    boolean schoolAge = brackets.inForceOn(day).getOrNull() == AgeBracket.SCHOOL_AGE;
    boolean measure = transitionalMeasure.isDefined() && transitionalMeasure.get().contains(day);
    return schoolAge && !measure;
  }

  private void specialSchedules(Agreement agreement, Option<DatePeriod> planned, At agreementAt) {
    if (agreement.specialSchedules().isEmpty()) {
      return;
    }
    List<Overlaps.Element> extents = new ArrayList<>();
    int index = 0;
    for (SpecialSchedule special : agreement.specialSchedules()) {
      At at = agreementAt.nested("specialSchedules", index);
      if (!special.isAbsent()) {
        if (!given(special.start())) {
          findings.report(Rule.SPECIAL_SCHEDULE_START_REQUIRED, at.path("start"));
        }
        if (!given(special.end())) {
          findings.report(Rule.SPECIAL_SCHEDULE_END_REQUIRED, at.path("end"));
        }
        Option<LocalDate> start = findings.date(special.start(), at, "start");
        Option<LocalDate> end = findings.date(special.end(), at, "end");
        if (Entered.endBeforeStart(start, end)) {
          findings.report(Rule.PERIOD_END_BEFORE_START, at.path("end"), start.get().toString());
        }
        if (special.schedule().isDefined()) {
          schedule(special.schedule().get(), at, "schedule");
        }
        Option<DatePeriod> days = Extents.closedOf(start, end);
        if (days.isDefined()) {
          extents.add(new Overlaps.Element(at, days.get()));
          if (planned.isDefined() && !planned.get().encloses(days.get())) {
            findings.report(
                Rule.SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT, at.path(), planned.get().toString());
          }
        }
      }
      index++;
    }
    Overlaps.check(extents, Rule.SPECIAL_SCHEDULES_OVERLAP, findings);
  }

  /**
   * Checks a schedule's periodicity, day keys and slots; counts what it occupies. The schedule is
   * the field {@code field} of the element {@code at}.
   */
  private Occupied schedule(Schedule schedule, At at, String field) {
    int weeks = schedule.weeks().size();
    if (weeks < 1 || weeks > 4) {
      findings.report(Rule.SCHEDULE_PERIODICITY, at.path(field), String.valueOf(weeks));
    }
    Occupied occupied = new Occupied(at, field);
    int weekIndex = 0;
    for (Week week : schedule.weeks()) {
      var days = week.days();
      // the days looked up one by one; the map is walked only when it holds other keys
      int dayKeys = 0;
      for (Day day : WEEK_DAYS) {
        @Nullable Seq<String> slots = days.getOrElse(day.name(), null); // no Option made
        if (slots != null) { // a week holds no null (Week's check)
          dayKeys++;
          occupied.day(weekIndex, day.name(), slots, true);
        }
      }
      if (dayKeys < days.size()) {
        for (var day : days) {
          if (Day.parse(day._1).isEmpty()) {
            findings.report(Rule.VALUE_NOT_ALLOWED, occupied.dayPath(weekIndex, day._1), DAYS);
            occupied.day(weekIndex, day._1, day._2, false);
          }
        }
      }
      weekIndex++;
    }
    return occupied;
  }

  /**
   * The slots of a schedule, counted as its days are checked: {@code valid} ones (a known slot on a
   * known day) and {@code unknown} ones (a value outside its enumeration: given, but of unknown
   * meaning, so the rules about occupied slots are skipped for it).
   */
  private final class Occupied {
    private final At at;
    private final String field;
    private int valid;
    private int unknown;

    private Occupied(At at, String field) {
      this.at = at;
      this.field = field;
    }

    /** Counts the slots of one day of week {@code week}, reporting the values that are no slot. */
    void day(int week, String day, Seq<String> slots, boolean dayKnown) {
      int slotIndex = -1;
      for (String slot : slots) {
        slotIndex++;
        if (slot.isBlank()) {
          continue; // blank counts as absent: no slot at all
        }
        boolean slotKnown = Slot.parse(slot).isDefined();
        if (!slotKnown) {
          findings.report(
              Rule.VALUE_NOT_ALLOWED, ViolationPaths.index(dayPath(week, day), slotIndex), SLOTS);
        }
        if (slotKnown && dayKnown) {
          valid++;
        } else {
          unknown++;
        }
      }
    }

    /** The path of a day of the schedule: {@code agreements[0].schedule.weeks[1].MON}. */
    String dayPath(int week, String day) {
      return ViolationPaths.key(ViolationPaths.index(at.path(field) + ".weeks", week), day);
    }

    boolean isNothing() {
      return valid == 0 && unknown == 0;
    }
  }
}
