package io.github.childcarerules.testkit;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Period;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What RULES.md says a record means, read by the testkit itself: dates, the days agreements and
 * periods cover, the school-age exception of {@code SCHEDULE_REQUIRED}, whether the parent section
 * applies. Mutations use it to keep clear of every rule but the one they break.
 */
final class Facts {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Facts() {}

  /** The date written {@code YYYY-MM-DD}, when it is one. */
  static Optional<LocalDate> date(Option<String> text) {
    if (text.isEmpty() || !DATE.matcher(text.get()).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static boolean given(Option<String> text) {
    return text.exists(value -> !value.isBlank());
  }

  static Child child(ParentChildRecord record) {
    return record.child().getOrElse(() -> Child.builder().build());
  }

  static LocalDate birth(ParentChildRecord record) {
    return date(child(record).birthDate()).orElseThrow();
  }

  /** The well-formed effective dates of the known brackets. */
  static EnumMap<AgeBracket, LocalDate> brackets(ParentChildRecord record) {
    EnumMap<AgeBracket, LocalDate> dates = new EnumMap<>(AgeBracket.class);
    record
        .ageBrackets()
        .forEach(
            (key, value) ->
                AgeBracket.parse(key)
                    .forEach(
                        bracket ->
                            date(Option.of(value)).ifPresent(date -> dates.put(bracket, date))));
    return dates;
  }

  static Optional<LocalDate> earliestBracket(ParentChildRecord record) {
    return brackets(record).values().stream().min(LocalDate::compareTo);
  }

  static Optional<LocalDate> schoolAge(ParentChildRecord record) {
    return Optional.ofNullable(brackets(record).get(AgeBracket.SCHOOL_AGE));
  }

  /** Start to end as planned. */
  static Optional<Span> planned(Agreement agreement) {
    return Span.closed(date(agreement.start()), date(agreement.end()));
  }

  /** Start to effective end: the termination date when given, else the end. */
  static Optional<Span> covered(Agreement agreement) {
    if (!given(agreement.terminatedOn())) {
      return planned(agreement);
    }
    return planned(agreement)
        .flatMap(planned -> Span.closed(date(agreement.start()), date(agreement.terminatedOn())));
  }

  static Optional<Span> extent(SpecialSchedule special) {
    return Span.closed(date(special.start()), date(special.end()));
  }

  /** The days of a period that may be open (ECP, disability, transitional measure, CISSS). */
  static Optional<Span> extent(Period period) {
    Optional<LocalDate> start = date(period.start());
    if (!given(period.end())) {
      return start.map(Span::from);
    }
    return Span.closed(start, date(period.end()));
  }

  static Optional<Span> transitionalMeasure(ParentChildRecord record) {
    return record.transitionalMeasure().toJavaOptional().flatMap(Facts::extent);
  }

  /** The weekdays on which some known slot of a known day is occupied. */
  static EnumSet<DayOfWeek> occupiedDays(Schedule schedule) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (Week week : schedule.weeks()) {
      week.days()
          .forEach(
              (key, slots) ->
                  Day.parse(key)
                      .filter(day -> slots.exists(slot -> Slot.parse(slot).isDefined()))
                      .forEach(day -> days.add(day.dayOfWeek())));
    }
    return days;
  }

  /** The weekdays occupied by the normal schedule or any special schedule of the agreement. */
  static EnumSet<DayOfWeek> occupiedDays(Agreement agreement) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    agreement.schedule().forEach(schedule -> days.addAll(occupiedDays(schedule)));
    agreement
        .specialSchedules()
        .forEach(
            special -> special.schedule().forEach(schedule -> days.addAll(occupiedDays(schedule))));
    return days;
  }

  static boolean occupies(Option<Schedule> schedule) {
    return schedule.exists(s -> !occupiedDays(s).isEmpty());
  }

  /**
   * A non-replacement agreement of a valid record with no occupied slot: it is valid only through
   * {@code SCHEDULE_REQUIRED}'s school-age exception, which any change of the school-age date, the
   * agreement's start or the transitional measure may take away.
   */
  static boolean reliesOnSchoolAge(Agreement agreement) {
    return !agreement.replacement() && !occupies(agreement.schedule());
  }

  static boolean anyReliesOnSchoolAge(ParentChildRecord record) {
    return record.agreements().exists(Facts::reliesOnSchoolAge);
  }

  /** The school-age exception of {@code SCHEDULE_REQUIRED} holds on the agreement's start. */
  static boolean scheduleOptional(ParentChildRecord record, Agreement agreement) {
    Optional<LocalDate> start = date(agreement.start());
    return start.isPresent()
        && schoolAge(record).filter(schoolAge -> !start.get().isBefore(schoolAge)).isPresent()
        && transitionalMeasure(record).filter(measure -> measure.contains(start.get())).isEmpty();
  }

  /** The nominal school-age date of the record's child, when its birth date is well formed. */
  static Optional<LocalDate> nominalSchoolAge(ParentChildRecord record) {
    return date(child(record).birthDate()).map(Timelines::schoolAgeOf);
  }

  /**
   * The warnings of RULES.md §1 and §6 that read the child and the transitional measure, as they
   * would be reported on {@code record}: {@code CHILD_NECSG_NOT_APPLICABLE}, {@code
   * TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE}, {@code TRANSITIONAL_MEASURE_OVER_ONE_YEAR}.
   */
  static EnumSet<Rule> identityAndMeasureWarnings(ParentChildRecord record) {
    EnumSet<Rule> warnings = EnumSet.noneOf(Rule.class);
    Child child = child(record);
    if (child.bornOutsideQuebec().contains(false) && given(child.necsg())) {
      warnings.add(Rule.CHILD_NECSG_NOT_APPLICABLE);
    }
    Optional<Period> measure =
        record.transitionalMeasure().filter(m -> !m.isAbsent()).toJavaOptional();
    boolean anyDisability = record.disabilityPeriods().exists(p -> !p.isAbsent());
    Optional<LocalDate> start = measure.flatMap(m -> date(m.start()));
    if (!anyDisability || start.isEmpty()) {
      return warnings;
    }
    if (nominalSchoolAge(record).filter(start.get()::isBefore).isPresent()) {
      warnings.add(Rule.TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE);
    }
    if (date(measure.get().end())
        .filter(end -> !end.isBefore(start.get().plusYears(1)))
        .isPresent()) {
      warnings.add(Rule.TRANSITIONAL_MEASURE_OVER_ONE_YEAR);
    }
    return warnings;
  }

  static Optional<Role> role(Option<Person> person) {
    return person.flatMap(Person::role).flatMap(Role::parse).toJavaOptional();
  }

  static boolean hasParentRole(Option<Person> person) {
    return role(person).filter(Role::isParentRole).isPresent();
  }

  /** RULES.md §3, for a valid record (where the section is always decided). */
  static boolean parentSectionApplies(ParentChildRecord record) {
    return child(record).bornOutsideQuebec().contains(true)
        && !hasParentRole(record.responsible())
        && !hasParentRole(record.otherResponsible());
  }

  /** The child's names are required: a NIREC is given, or neither number is. */
  static boolean childNamesRequired(ParentChildRecord record) {
    Child child = child(record);
    return given(child.nirec()) || !given(child.necsg());
  }

  /** The latest day any agreement or period of the record names. */
  static LocalDate lastDay(ParentChildRecord record) {
    LocalDate last = birth(record);
    for (Agreement agreement : record.agreements()) {
      for (Option<String> text : java.util.List.of(agreement.end(), agreement.terminatedOn())) {
        last = max(last, date(text).orElse(last));
      }
    }
    for (Period period :
        record
            .ecpPeriods()
            .appendAll(record.disabilityPeriods())
            .appendAll(record.cisssPeriods())
            .appendAll(record.transitionalMeasure())) {
      for (Option<String> text : java.util.List.of(period.start(), period.end())) {
        last = max(last, date(text).orElse(last));
      }
    }
    return last;
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
