package io.github.childcarerules.testkit;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ServiceOffer;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Valid RULES.md §5–7 parts of a record, all placed on one calendar from the child's birth: age
 * brackets, service agreements with their schedules, and the special periods. A {@link Plan} holds
 * the random choices (generated, and shrunk, as plain numbers and lists, which is fast and shrinks
 * well); {@link Plan#on(LocalDate)} turns them into dates that respect every rule.
 */
final class Timelines {
  /** Everything of a record that is placed in time. */
  record Timeline(
      Map<String, String> brackets,
      List<SpecialPeriod> ecp,
      List<SpecialPeriod> disability,
      List<SpecialPeriod> cisss,
      Option<SpecialPeriod> transitionalMeasure,
      Option<ServiceOffer> serviceOffer,
      List<Agreement> agreements) {}

  /** The random choices behind a timeline. */
  record Plan(
      BracketPlan brackets,
      List<AgreementPlan> agreements,
      PeriodsPlan ecp,
      PeriodsPlan disability,
      PeriodsPlan cisss,
      MeasurePlan measure,
      int offer,
      int beforeSchoolAge) {
    Timeline on(LocalDate birth) {
      Brackets dates = brackets.on(birth);
      LocalDate first =
          beforeSchoolAge < 0
              ? dates.earliest()
              : dates
                  .schoolAge()
                  .map(school -> Facts.max(dates.earliest(), school.minusDays(beforeSchoolAge)))
                  .getOrElse(dates.earliest().plusDays(beforeSchoolAge));
      List<Extent> extents = extents(first, dates, agreements);
      LocalDate from = dates.earliest();
      LocalDate to = extents.get(extents.size() - 1).end();
      List<SpecialPeriod> disabilities = disability.on(from, to, true);
      Option<SpecialPeriod> tm = measure.inside(disabilities, Facts.schoolAgeOf(birth));
      List<SpecialPeriod> cisssPeriods = cisss.on(from, to, false);
      Option<ServiceOffer> serviceOffer =
          !cisssPeriods.isEmpty()
              ? Option.some(ServiceOffer.of(true))
              : offer == 0 ? Option.none() : Option.some(ServiceOffer.of(offer == 2));
      Option<Span> measureDays = tm.flatMap(Facts::extent);
      List<Agreement> built = new ArrayList<>();
      for (int i = 0; i < extents.size(); i++) {
        Extent extent = extents.get(i);
        boolean scheduleOptional =
            dates.schoolAge().exists(schoolAge -> !extent.start().isBefore(schoolAge))
                && !measureDays.exists(days -> days.contains(extent.start()));
        built.add(agreements.get(i).on(extent, scheduleOptional));
      }
      return new Timeline(
          dates.entered(),
          ecp.shuffled(ecp.on(from, to, true)),
          disability.shuffled(disabilities),
          cisss.shuffled(cisssPeriods),
          tm,
          serviceOffer,
          built);
    }
  }

  /** Which brackets (a run from {@code youngest} to {@code oldest}) and how far from nominal. */
  record BracketPlan(
      int youngest, int oldest, int months0, int months18, int school, Option<String> blank) {
    /**
     * Near the nominal dates of RULES.md §5 (18 months; 1 September of the year the child is 5 on
     * 30 September), never before birth, strictly increasing; unused keys now and then blank.
     */
    Brackets on(LocalDate birth) {
      LocalDate[] nominal = {
        birth.plusDays(months0),
        birth.plusMonths(18).plusDays(youngest == 1 ? Math.abs(months18) : months18 / 20),
        Facts.schoolAgeOf(birth).plusDays(school)
      };
      EnumMap<AgeBracket, LocalDate> dates = new EnumMap<>(AgeBracket.class);
      Map<String, String> entered = new LinkedHashMap<>();
      Option<LocalDate> previous = Option.none();
      for (AgeBracket bracket : AgeBracket.values()) {
        int index = bracket.ordinal();
        if (index < youngest || index > Math.max(youngest, oldest)) {
          blank.forEach(value -> entered.put(bracket.name(), value));
          continue;
        }
        LocalDate date =
            previous
                .filter(before -> !nominal[index].isAfter(before))
                .map(before -> before.plusDays(1))
                .getOrElse(nominal[index]);
        dates.put(bracket, date);
        entered.put(bracket.name(), date.toString());
        previous = Option.some(date);
      }
      return new Brackets(dates, entered);
    }
  }

  /** An agreement: its days, flags, the weekdays it may occupy, its schedules. */
  record AgreementPlan(
      Days days, Flags flags, Set<Day> weekdays, SchedulePlan normal, List<SpecialPlan> specials) {
    /**
     * A replacement plans nothing; any other agreement occupies only {@link #weekdays} (at most 5
     * under the reduced contribution, so that 28 days never hold more than 20 care days), and has
     * an occupied normal schedule unless the school-age exception holds.
     */
    Agreement on(Extent extent, boolean scheduleOptional) {
      Agreement agreement =
          Agreement.builder()
              .start(extent.start())
              .end(extent.end())
              .terminatedOn(
                  extent.terminated()
                      ? Option.some(extent.effectiveEnd().toString())
                      : Option.none())
              .reducedContribution(flags.reduced())
              .replacement(flags.replacement())
              .signed(flags.signed())
              .build();
      if (flags.replacement()) {
        return agreement.withSchedule(
            normal.on(
                normal.kind() == ScheduleKind.NONE ? ScheduleKind.NONE : ScheduleKind.EMPTY,
                Set.of()));
      }
      Set<Day> occupied =
          flags.reduced()
              ? weekdays.stream()
                  .sorted()
                  .limit(CareDayBound.WEEKDAYS_PER_FOUR_WEEKS)
                  .collect(Collectors.toSet())
              : weekdays;
      ScheduleKind kind = scheduleOptional ? normal.kind() : ScheduleKind.OCCUPIED;
      return agreement
          .withSchedule(normal.on(kind, occupied))
          .withSpecialSchedules(io.vavr.collection.List.ofAll(specials(extent, occupied)));
    }

    /** Inside the planned days, not overlapping: a later one that would overlap is left out. */
    private List<SpecialSchedule> specials(Extent extent, Set<Day> occupied) {
      long length = extent.end().toEpochDay() - extent.start().toEpochDay() + 1;
      List<SpecialSchedule> placed = new ArrayList<>();
      LocalDate free = extent.start();
      for (SpecialPlan special :
          specials.stream()
              .sorted(Comparator.comparingLong(s -> Math.min(s.from() % length, s.to() % length)))
              .toList()) {
        long from = special.from() % length;
        long to = special.to() % length;
        LocalDate start = extent.start().plusDays(Math.min(from, to));
        LocalDate end = extent.start().plusDays(Math.max(from, to));
        if (start.isBefore(free)) {
          continue;
        }
        placed.add(
            SpecialSchedule.builder()
                .start(start.toString())
                .end(end.toString())
                .schedule(special.schedule().on(special.schedule().kind(), occupied))
                .build());
        free = end.plusDays(1);
      }
      return placed;
    }
  }

  /**
   * Days after the previous agreement, length, days planned beyond a termination (or -1), and days
   * before school age at which an agreement reaching it ends instead.
   */
  record Days(int gap, int length, int beyond, int beforeSchoolAge) {}

  record Flags(boolean reduced, boolean replacement, boolean signed) {}

  /** What kind of schedule, and up to 4 weeks of slots for each day. */
  record SchedulePlan(ScheduleKind kind, List<List<Option<List<Slot>>>> weeks) {
    /** No schedule, 1 to 4 weeks with no occupied slot, or weeks occupying {@code days} only. */
    Option<Schedule> on(ScheduleKind as, Set<Day> days) {
      if (as == ScheduleKind.NONE) {
        return Option.none();
      }
      List<Week> built = new ArrayList<>();
      for (List<Option<List<Slot>>> week : weeks) {
        Week.Builder builder = Week.builder();
        for (Day day : Day.values()) {
          Option<List<Slot>> slots = week.get(day.ordinal());
          if (as == ScheduleKind.OCCUPIED && days.contains(day)) {
            slots.forEach(s -> builder.on(day, s.toArray(Slot[]::new)));
          } else if (as == ScheduleKind.EMPTY && slots.exists(s -> s.size() == 1)) {
            builder.on(day); // now and then a day listed with no slot
          }
        }
        built.add(builder.build());
      }
      if (as == ScheduleKind.OCCUPIED && built.stream().allMatch(week -> week.halfDays() == 0)) {
        Day first = days.stream().sorted().findFirst().orElseThrow();
        built.set(0, Week.builder().on(first, Slot.DAY_1, Slot.DAY_2).build());
      }
      return Option.some(Schedule.builder().weeks(io.vavr.collection.List.ofAll(built)).build());
    }
  }

  /** A special schedule: two points of the agreement's days, and its schedule. */
  record SpecialPlan(int from, int to, SchedulePlan schedule) {}

  /** 0 to 3 periods from an offset, and the order in which the list gives them. */
  record PeriodsPlan(int offset, List<Step> steps, List<Integer> order) {
    /**
     * Periods that do not overlap (adjacent now and then), around {@code from}..{@code to}; the
     * last one may be open when {@code mayBeOpen}. Chronological.
     */
    List<SpecialPeriod> on(LocalDate from, LocalDate to, boolean mayBeOpen) {
      long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
      LocalDate next = from.plusDays(offset % (span + 200) - 200);
      List<SpecialPeriod> periods = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        LocalDate start = next.plusDays(step.gap());
        LocalDate end = start.plusDays(step.length() - 1L);
        boolean open = mayBeOpen && step.open() && i == steps.size() - 1;
        periods.add(open ? SpecialPeriod.from(start) : SpecialPeriod.of(start, end));
        next = end.plusDays(1);
      }
      return periods;
    }

    /** The periods in the list order of the plan. */
    List<SpecialPeriod> shuffled(List<SpecialPeriod> periods) {
      return IntStream.range(0, periods.size())
          .boxed()
          .sorted(Comparator.comparing(order::get))
          .map(periods::get)
          .toList();
    }
  }

  /** One period of a series: days after the previous one, length, open or not. */
  record Step(int gap, int length, boolean open) {}

  /** The transitional measure: whether there is one, in which period, where. */
  record MeasurePlan(boolean present, int which, int skip, int length, boolean open) {
    /**
     * Inside one disability period that reaches the nominal school-age date, from that date on
     * (TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE), with an end when that period has one
     * (TRANSITIONAL_MEASURE_END_REQUIRED) and for at most one year less a day
     * (TRANSITIONAL_MEASURE_OVER_ONE_YEAR); now and then on the period's own bounds or on the
     * school-age date. None when no disability period reaches school age.
     */
    Option<SpecialPeriod> inside(List<SpecialPeriod> disability, LocalDate schoolAge) {
      List<Span> reaching =
          disability.stream()
              .map(period -> Facts.extent(period).get())
              .filter(days -> !days.last().isBefore(schoolAge))
              .toList();
      if (!present || reaching.isEmpty()) {
        return Option.none();
      }
      Span days = reaching.get(which % reaching.size());
      LocalDate first = Facts.max(days.start(), schoolAge);
      long room = days.isOpen() ? 400 : days.last().toEpochDay() - first.toEpochDay();
      LocalDate start = first.plusDays(Math.min(skip, room));
      if (open && days.isOpen()) {
        return Option.some(SpecialPeriod.from(start));
      }
      long left = room - Math.min(skip, room);
      LocalDate end =
          Facts.min(start.plusDays(Math.min(length, left)), start.plusYears(1).minusDays(1));
      return Option.some(SpecialPeriod.of(start, end));
    }
  }

  /** Well-formed effective dates, strictly increasing from the youngest bracket. */
  record Brackets(EnumMap<AgeBracket, LocalDate> dates, Map<String, String> entered) {
    LocalDate earliest() {
      return dates.values().iterator().next();
    }

    Option<LocalDate> schoolAge() {
      return Option.of(dates.get(AgeBracket.SCHOOL_AGE));
    }
  }

  /** An agreement's days: start, effective end, planned end (later when terminated). */
  record Extent(LocalDate start, LocalDate effectiveEnd, LocalDate end, boolean terminated) {}

  enum ScheduleKind {
    NONE,
    EMPTY,
    OCCUPIED
  }

  private static final List<Day> WEEKDAYS = List.of(Day.MON, Day.TUE, Day.WED, Day.THU, Day.FRI);

  private Timelines() {}

  static Arbitrary<Plan> plans() {
    return Combinators.combine(
            bracketPlans(),
            agreementPlans()
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .withSizeDistribution(RandomDistribution.uniform()),
            periodsPlans(5),
            periodsPlans(6),
            periodsPlans(8),
            measurePlans(),
            Arbitraries.of(0, 1, 2),
            Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(-1)),
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(1, 700))))
        .as(Plan::new);
  }

  /**
   * Agreements in chronological order, the first starting on or after the earliest bracket, none
   * overlapping and none covering both a day before and a day on or after the school-age date (one
   * reaching it ends before, and the next starts on or after it); some terminated, and planned
   * beyond their termination (even across school age).
   */
  private static List<Extent> extents(
      LocalDate from, Brackets brackets, List<AgreementPlan> plans) {
    List<Extent> extents = new ArrayList<>();
    LocalDate next = from;
    for (AgreementPlan plan : plans) {
      Days days = plan.days();
      LocalDate start = next.plusDays(days.gap());
      LocalDate end = start.plusDays(days.length() - 1L);
      Option<LocalDate> schoolAge = brackets.schoolAge();
      next = end.plusDays(1);
      if (schoolAge.isDefined()
          && start.isBefore(schoolAge.get())
          && !end.isBefore(schoolAge.get())) {
        end = Facts.max(start, schoolAge.get().minusDays(1 + days.beforeSchoolAge()));
        next = schoolAge.get();
      }
      extents.add(
          new Extent(start, end, end.plusDays(Math.max(days.beyond(), 0)), days.beyond() >= 0));
    }
    return extents;
  }

  private static Arbitrary<BracketPlan> bracketPlans() {
    return Combinators.combine(
            Arbitraries.frequency(Tuple.of(5, 0), Tuple.of(3, 1), Tuple.of(2, 2)),
            Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(2, 1), Tuple.of(4, 2)),
            Arbitraries.integers().between(0, 540).withDistribution(RandomDistribution.biased()),
            Arbitraries.integers().between(-30, 700),
            Arbitraries.integers().between(-5, 30),
            Arbitraries.frequency(
                Tuple.of(3, Option.<String>none()),
                Tuple.of(1, Option.some("")),
                Tuple.of(1, Option.some(" "))))
        .as(BracketPlan::new);
  }

  private static Arbitrary<AgreementPlan> agreementPlans() {
    Arbitrary<Days> days =
        Combinators.combine(
                Arbitraries.integers().between(0, 90).withDistribution(RandomDistribution.biased()),
                Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.integers().between(1, 40)),
                    Tuple.of(3, Arbitraries.integers().between(41, 420))),
                Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.just(-1)),
                    Tuple.of(
                        1,
                        Arbitraries.integers()
                            .between(0, 200)
                            .withDistribution(RandomDistribution.biased()))),
                Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(0)),
                    Tuple.of(2, Arbitraries.integers().between(1, 80))))
            .as(Days::new);
    Arbitrary<Flags> flags =
        Combinators.combine(
                Arbitraries.frequency(Tuple.of(7, true), Tuple.of(3, false)),
                Arbitraries.frequency(Tuple.of(1, true), Tuple.of(7, false)),
                Arbitraries.of(true, true, true, false))
            .as(Flags::new);
    Arbitrary<Set<Day>> weekdays =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(Set.copyOf(WEEKDAYS))),
            Tuple.of(3, Arbitraries.subsetOf(Day.values()).ofMinSize(1)));
    Arbitrary<SpecialPlan> special =
        Combinators.combine(
                Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().greaterOrEqual(0),
                schedulePlans())
            .as(SpecialPlan::new);
    return Combinators.combine(
            days,
            flags,
            weekdays,
            schedulePlans(),
            Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(List.<SpecialPlan>of())),
                Tuple.of(4, special.list().ofMinSize(1).ofMaxSize(2))))
        .as(AgreementPlan::new);
  }

  private static Arbitrary<SchedulePlan> schedulePlans() {
    Arbitrary<List<Slot>> slots =
        Arbitraries.frequency(
            Tuple.of(12, List.of(Slot.DAY_1, Slot.DAY_2)),
            Tuple.of(2, List.of(Slot.DAY_1)),
            Tuple.of(2, List.of(Slot.DAY_2)),
            Tuple.of(1, List.of(Slot.EVENING_1, Slot.EVENING_2)),
            Tuple.of(1, List.of(Slot.DAY_1, Slot.DAY_2, Slot.EVENING_1)),
            Tuple.of(1, List.of(Slot.NIGHT_1, Slot.NIGHT_2)),
            Tuple.of(1, List.of(Slot.DAY_1, Slot.DAY_1)),
            Tuple.of(1, List.of(Slot.values())));
    Arbitrary<List<Option<List<Slot>>>> week =
        slots.optional(0.8).map(Option::ofOptional).list().ofSize(7);
    return Combinators.combine(
            Arbitraries.of(ScheduleKind.class), week.list().ofMinSize(1).ofMaxSize(4))
        .as(SchedulePlan::new);
  }

  private static Arbitrary<PeriodsPlan> periodsPlans(int noneInTen) {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers()
                    .between(0, 200)
                    .withDistribution(RandomDistribution.biased()),
                Arbitraries.integers().between(1, 400),
                Arbitraries.of(false, false, true))
            .as(Step::new);
    return Combinators.combine(
            Arbitraries.integers().greaterOrEqual(0),
            Arbitraries.frequencyOf(
                Tuple.of(noneInTen, Arbitraries.just(List.<Step>of())),
                Tuple.of(10 - noneInTen, step.list().ofMinSize(1).ofMaxSize(3))),
            Arbitraries.integers().list().ofSize(3))
        .as(PeriodsPlan::new);
  }

  private static Arbitrary<MeasurePlan> measurePlans() {
    Arbitrary<Integer> days =
        Arbitraries.integers().between(0, 400).withDistribution(RandomDistribution.biased());
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 2),
            days,
            days,
            Arbitraries.of(true, false))
        .as(MeasurePlan::new);
  }
}
