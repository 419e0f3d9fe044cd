package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.schedule.Day.FRI;
import static io.github.childcarerules.core.schedule.Day.MON;
import static io.github.childcarerules.core.schedule.Day.SAT;
import static io.github.childcarerules.core.schedule.Day.SUN;
import static io.github.childcarerules.core.schedule.Day.THU;
import static io.github.childcarerules.core.schedule.Day.TUE;
import static io.github.childcarerules.core.schedule.Day.WED;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.github.childcarerules.core.record.ServiceOffer;
import io.github.childcarerules.core.record.Sex;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The record of {@code docs/contract/examples/valid-two-agreements.json}, which has no violation at
 * all (not even a warning): each test changes one thing of it with {@code withX(..)}, so that it
 * shows only what it changes.
 *
 * <ul>
 *   <li>child Gagnon Émile, M, born 2022-11-03 in Québec, NIREC GAGE22110301;
 *   <li>responsible Gagnon Sophie, MOTHER; no other responsible, no parent;
 *   <li>address 1450 avenue Saint-Louis, Plessisville, G6L 2M4;
 *   <li>brackets MONTHS_0_17 from 2023-03-06, MONTHS_18_59 from 2024-05-03;
 *   <li>agreement 0: 2023-03-06 (Mon) to 2024-03-01 (Fri), full days Monday to Friday;
 *   <li>agreement 1: 2024-03-04 (Mon) to 2025-02-28 (Fri), two weeks: Mon-Wed, then Thu-Fri;
 *   <li>both reduced-contribution and signed; no special period; no CISSS convention.
 * </ul>
 */
final class ValidRecords {
  static final Day[] MONDAY_TO_FRIDAY = {MON, TUE, WED, THU, FRI};
  static final Day[] EVERY_DAY = {MON, TUE, WED, THU, FRI, SAT, SUN};

  private ValidRecords() {}

  static ParentChildRecord minimal() {
    return ParentChildRecord.builder()
        .child(child())
        .responsible(responsible())
        .address(address())
        .ageBracket(AgeBracket.MONTHS_0_17, date("2023-03-06"))
        .ageBracket(AgeBracket.MONTHS_18_59, date("2024-05-03"))
        .addAgreements(firstAgreement(), secondAgreement())
        .serviceOffer(ServiceOffer.of(false))
        .build();
  }

  static Child child() {
    return Child.builder()
        .lastName("Gagnon")
        .firstName("Émile")
        .sex(Sex.M)
        .birthDate("2022-11-03")
        .nirec("GAGE22110301")
        .bornOutsideQuebec(false)
        .build();
  }

  static Person responsible() {
    return Person.of("Gagnon", "Sophie", Role.MOTHER);
  }

  static Address address() {
    return Address.builder()
        .civicNumber("1450")
        .street("avenue Saint-Louis")
        .municipality("Plessisville")
        .postalCode("G6L 2M4")
        .build();
  }

  static Agreement firstAgreement() {
    return agreement("2023-03-06", "2024-03-01", Schedule.of(fullDays(MONDAY_TO_FRIDAY)));
  }

  static Agreement secondAgreement() {
    return agreement(
        "2024-03-04", "2025-02-28", Schedule.of(fullDays(MON, TUE, WED), fullDays(THU, FRI)));
  }

  /** A signed reduced-contribution agreement. */
  static Agreement agreement(String start, String end, Schedule schedule) {
    return Agreement.builder()
        .start(start)
        .end(end)
        .reducedContribution(true)
        .signed(true)
        .schedule(schedule)
        .build();
  }

  /** The record with the child changed by {@code change}. */
  static ParentChildRecord withChild(UnaryOperator<Child.Builder> change) {
    return minimal().withChild(Option.some(change.apply(Child.builder().from(child())).build()));
  }

  /**
   * The record of a child born on 2017-11-03, of nominal school age from 2023-09-01, so that a
   * transitional measure may start in the fixture's years without {@code
   * TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE}.
   */
  static ParentChildRecord ofSchoolAge(ParentChildRecord record) {
    return record.withChild(
        record.child().map(child -> child.withBirthDate(Option.some("2017-11-03"))));
  }

  /** The record with agreement {@code index} changed by {@code change}. */
  static ParentChildRecord withAgreement(int index, UnaryOperator<Agreement.Builder> change) {
    ParentChildRecord record = minimal();
    Agreement changed =
        change.apply(Agreement.builder().from(record.agreements().get(index))).build();
    return record.withAgreements(record.agreements().update(index, changed));
  }

  /** The record with exactly these agreements. */
  static ParentChildRecord withAgreements(Agreement... agreements) {
    return minimal().withAgreements(List.of(agreements));
  }

  /** The record with these bracket dates ({@code null}: bracket not given). */
  static ParentChildRecord withBrackets(String months0To17, String months18To59, String schoolAge) {
    var brackets = HashMap.<String, String>empty();
    if (months0To17 != null) {
      brackets = brackets.put(AgeBracket.MONTHS_0_17.name(), months0To17);
    }
    if (months18To59 != null) {
      brackets = brackets.put(AgeBracket.MONTHS_18_59.name(), months18To59);
    }
    if (schoolAge != null) {
      brackets = brackets.put(AgeBracket.SCHOOL_AGE.name(), schoolAge);
    }
    return minimal().withAgeBrackets(brackets);
  }

  /** A period as entered; {@code null} or blank dates stay as they are (absent or blank). */
  static SpecialPeriod period(String start, String end) {
    return SpecialPeriod.builder().start(Option.of(start)).end(Option.of(end)).build();
  }

  /**
   * A period written like {@code DatePeriod.toString()}: {@code 2024-01-01/2024-01-31}, {@code
   * 2024-01-01/..} (open), {@code /2024-01-31} (no start).
   */
  static SpecialPeriod period(String text) {
    String[] parts = text.split("/", -1);
    String start = parts[0].isEmpty() ? null : parts[0];
    String end = parts[1].isEmpty() || parts[1].equals("..") ? null : parts[1];
    return period(start, end);
  }

  static List<SpecialPeriod> periods(String... texts) {
    return List.of(texts).map(ValidRecords::period);
  }

  static SpecialSchedule special(String start, String end, Schedule schedule) {
    return SpecialSchedule.builder()
        .start(Option.of(start))
        .end(Option.of(end))
        .schedule(Option.of(schedule))
        .build();
  }

  /** One week with {@code DAY_1} and {@code DAY_2} on each of {@code days}. */
  static Week fullDays(Day... days) {
    Week.Builder week = Week.builder();
    for (Day day : days) {
      week.on(day, Slot.DAY_1, Slot.DAY_2);
    }
    return week.build();
  }

  /** One week with {@code slots} on each of {@code days}. */
  static Week week(Day[] days, Slot... slots) {
    Week.Builder week = Week.builder();
    for (Day day : days) {
      week.on(day, slots);
    }
    return week.build();
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
