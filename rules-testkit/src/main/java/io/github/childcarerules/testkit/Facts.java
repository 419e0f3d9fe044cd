package io.github.childcarerules.testkit;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What RULES.md says a record means, read by the testkit itself: a DELIBERATELY INDEPENDENT ORACLE.
 *
 * <p>The testkit checks rules-core, so it must not share the implementation it checks: a fact read
 * through core's own typed reading of a record would carry a bug of that reading into both the
 * generator and the rule, and every property would still pass. So each fact the generators and the
 * mutation tables rely on is stated here once, from RULES.md, in the plainest code: the entered
 * date syntax ({@code YYYY-MM-DD} and a real day), the effective dates of the age brackets and the
 * bracket in force, the nominal school-age date (1 September of the year of the fifth birthday, or
 * of the sixth for a child born after 30 September), the reference year (1 September to 31 August),
 * the days agreements, special schedules and periods cover (closed, an absent end meaning open),
 * the school-age exception of {@code SCHEDULE_REQUIRED}, and whether the parent section applies.
 * Only rules-core's public value types and enumerations ({@code AgeBracket.parse}, {@code
 * Role.parse}, {@code Day.parse}, {@code Slot.parse}) are read from the library: they name the
 * vocabulary, not a decision.
 *
 * <p>Absence is Vavr's {@link Option} throughout. Three readings ({@link #date}, {@link #covered},
 * {@link #role}) also answer in {@link Optional}: the testkit's own tests, which must stay
 * unchanged, call them so; the mutation tables use {@link #dateOf}, {@link #coveredDays} and {@link
 * #roleOf}.
 */
final class Facts {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final MonthDay SEPTEMBER_30 = MonthDay.of(Month.SEPTEMBER, 30);

  private Facts() {}

  /** The date written {@code YYYY-MM-DD}, when it is one. */
  static Option<LocalDate> dateOf(Option<String> text) {
    return text.filter(value -> DATE.matcher(value).matches())
        .flatMap(value -> Try.of(() -> LocalDate.parse(value)).toOption());
  }

  /** {@link #dateOf}, for the testkit's tests. */
  static Optional<LocalDate> date(Option<String> text) {
    return dateOf(text).toJavaOptional();
  }

  static boolean given(Option<String> text) {
    return text.exists(value -> !value.isBlank());
  }

  static Child child(ParentChildRecord record) {
    return record.child().getOrElse(() -> Child.builder().build());
  }

  static LocalDate birth(ParentChildRecord record) {
    return dateOf(child(record).birthDate()).get();
  }

  /**
   * The nominal school-age date of a child born on {@code birth}: 1 September of the year of the
   * fifth birthday, a year later for a child born after 30 September.
   */
  static LocalDate schoolAgeOf(LocalDate birth) {
    int year = birth.getYear() + (MonthDay.from(birth).isAfter(SEPTEMBER_30) ? 6 : 5);
    return LocalDate.of(year, Month.SEPTEMBER, 1);
  }

  /** The year in which the reference year holding {@code day} starts (on 1 September). */
  static int referenceYear(LocalDate day) {
    return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
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
                            dateOf(Option.of(value)).forEach(date -> dates.put(bracket, date))));
    return dates;
  }

  /** The effective date of the youngest bracket given: no bracket is in force before it. */
  static Option<LocalDate> earliestBracket(ParentChildRecord record) {
    return Option.ofOptional(brackets(record).values().stream().min(LocalDate::compareTo));
  }

  static Option<LocalDate> schoolAge(ParentChildRecord record) {
    return Option.of(brackets(record).get(AgeBracket.SCHOOL_AGE));
  }

  /** Start to end as planned. */
  static Option<Span> planned(Agreement agreement) {
    return Span.closed(dateOf(agreement.start()), dateOf(agreement.end()));
  }

  /** Start to effective end: the termination date when given, else the end. */
  static Option<Span> coveredDays(Agreement agreement) {
    if (!given(agreement.terminatedOn())) {
      return planned(agreement);
    }
    return planned(agreement)
        .flatMap(
            planned -> Span.closed(dateOf(agreement.start()), dateOf(agreement.terminatedOn())));
  }

  /** {@link #coveredDays}, for the testkit's tests. */
  static Optional<Span> covered(Agreement agreement) {
    return coveredDays(agreement).toJavaOptional();
  }

  static Option<Span> extent(SpecialSchedule special) {
    return Span.closed(dateOf(special.start()), dateOf(special.end()));
  }

  /** The days of a period that may be open (ECP, disability, transitional measure, CISSS). */
  static Option<Span> extent(SpecialPeriod period) {
    Option<LocalDate> start = dateOf(period.start());
    if (!given(period.end())) {
      return start.map(Span::from);
    }
    return Span.closed(start, dateOf(period.end()));
  }

  static Option<Span> transitionalMeasure(ParentChildRecord record) {
    return record.transitionalMeasure().flatMap(Facts::extent);
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
    return dateOf(agreement.start())
        .exists(
            start ->
                schoolAge(record).exists(schoolAge -> !start.isBefore(schoolAge))
                    && !transitionalMeasure(record).exists(measure -> measure.contains(start)));
  }

  /** The nominal school-age date of the record's child, when its birth date is well formed. */
  static Option<LocalDate> nominalSchoolAge(ParentChildRecord record) {
    return dateOf(child(record).birthDate()).map(Facts::schoolAgeOf);
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
    Option<SpecialPeriod> measure = record.transitionalMeasure().filter(m -> !m.isAbsent());
    boolean anyDisability = record.disabilityPeriods().exists(p -> !p.isAbsent());
    Option<LocalDate> start = measure.flatMap(m -> dateOf(m.start()));
    if (!anyDisability || start.isEmpty()) {
      return warnings;
    }
    if (nominalSchoolAge(record).exists(start.get()::isBefore)) {
      warnings.add(Rule.TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE);
    }
    if (dateOf(measure.get().end()).exists(end -> !end.isBefore(start.get().plusYears(1)))) {
      warnings.add(Rule.TRANSITIONAL_MEASURE_OVER_ONE_YEAR);
    }
    return warnings;
  }

  static Option<Role> roleOf(Option<Person> person) {
    return person.flatMap(Person::role).flatMap(Role::parse);
  }

  /** {@link #roleOf}, for the testkit's tests. */
  static Optional<Role> role(Option<Person> person) {
    return roleOf(person).toJavaOptional();
  }

  static boolean hasParentRole(Option<Person> person) {
    return roleOf(person).exists(Role::isParentRole);
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
    io.vavr.collection.List<Option<String>> texts =
        record
            .agreements()
            .flatMap(
                agreement -> io.vavr.collection.List.of(agreement.end(), agreement.terminatedOn()))
            .appendAll(
                record
                    .ecpPeriods()
                    .appendAll(record.disabilityPeriods())
                    .appendAll(record.cisssPeriods())
                    .appendAll(record.transitionalMeasure())
                    .flatMap(period -> io.vavr.collection.List.of(period.start(), period.end())));
    return texts.flatMap(Facts::dateOf).foldLeft(birth(record), Facts::max);
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
