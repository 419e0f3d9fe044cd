package io.github.childcarerules.testkit;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.schedule.Schedule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Copies of a record with one part changed, and the paths of RULES.md that name those parts. */
final class Edits {
  private Edits() {}

  /** A text field of a record, with its path. */
  record Field(
      String path,
      Function<ParentChildRecord, Option<String>> get,
      BiFunction<ParentChildRecord, Option<String>, ParentChildRecord> set) {}

  /** An optional object of a record (the child, a person, the address), with its path. */
  record Part<P>(
      String path,
      Function<ParentChildRecord, Option<P>> get,
      BiFunction<ParentChildRecord, Option<P>, ParentChildRecord> set,
      Supplier<P> empty) {
    Field field(
        String name, Function<P, Option<String>> read, BiFunction<P, Option<String>, P> write) {
      return new Field(
          path + "." + name,
          record -> get.apply(record).flatMap(read),
          (record, value) -> update(record, part -> write.apply(part, value)));
    }

    ParentChildRecord update(ParentChildRecord record, UnaryOperator<P> change) {
      return set.apply(record, Option.some(change.apply(get.apply(record).getOrElse(empty))));
    }
  }

  static final Part<Child> CHILD =
      new Part<>(
          "child",
          ParentChildRecord::child,
          ParentChildRecord::withChild,
          () -> Child.builder().build());
  static final Field BIRTH_DATE = CHILD.field("birthDate", Child::birthDate, Child::withBirthDate);
  static final Part<Person> RESPONSIBLE =
      person("responsible", ParentChildRecord::responsible, ParentChildRecord::withResponsible);
  static final Part<Person> OTHER =
      person(
          "otherResponsible",
          ParentChildRecord::otherResponsible,
          ParentChildRecord::withOtherResponsible);
  static final Part<Person> PARENT =
      person("parent", ParentChildRecord::parent, ParentChildRecord::withParent);
  static final Part<Address> ADDRESS =
      new Part<>(
          "address",
          ParentChildRecord::address,
          ParentChildRecord::withAddress,
          () -> Address.builder().build());

  private static Part<Person> person(
      String path,
      Function<ParentChildRecord, Option<Person>> get,
      BiFunction<ParentChildRecord, Option<Person>, ParentChildRecord> set) {
    return new Part<>(path, get, set, () -> Person.builder().build());
  }

  static Field lastName(Part<Person> person) {
    return person.field("lastName", Person::lastName, Person::withLastName);
  }

  static Field firstName(Part<Person> person) {
    return person.field("firstName", Person::firstName, Person::withFirstName);
  }

  static Field role(Part<Person> person) {
    return person.field("role", Person::role, Person::withRole);
  }

  // Agreements, their special schedules, the special periods

  static String agreement(int index) {
    return "agreements[" + index + "]";
  }

  static String special(int agreement, int index) {
    return agreement(agreement) + ".specialSchedules[" + index + "]";
  }

  static ParentChildRecord agreement(
      ParentChildRecord record, int index, UnaryOperator<Agreement> change) {
    return record.withAgreements(record.agreements().update(index, change));
  }

  static ParentChildRecord special(
      ParentChildRecord record, int agreement, int index, UnaryOperator<SpecialSchedule> change) {
    return agreement(
        record, agreement, a -> a.withSpecialSchedules(a.specialSchedules().update(index, change)));
  }

  static ParentChildRecord addSpecial(
      ParentChildRecord record, int agreement, SpecialSchedule special) {
    return agreement(
        record, agreement, a -> a.withSpecialSchedules(a.specialSchedules().append(special)));
  }

  static Option<Schedule> scheduleOf(ParentChildRecord record, int agreement, int special) {
    Agreement a = record.agreements().get(agreement);
    return special < 0 ? a.schedule() : a.specialSchedules().get(special).schedule();
  }

  /** The normal schedule ({@code special < 0}) or a special schedule's, changed. */
  static ParentChildRecord schedule(
      ParentChildRecord record,
      int agreement,
      int special,
      UnaryOperator<Option<Schedule>> change) {
    return special < 0
        ? agreement(record, agreement, a -> a.withSchedule(change.apply(a.schedule())))
        : special(record, agreement, special, s -> s.withSchedule(change.apply(s.schedule())));
  }

  static String schedulePath(int agreement, int special) {
    return (special < 0 ? agreement(agreement) : special(agreement, special)) + ".schedule";
  }

  /** The three lists of special periods of RULES.md §6, which share one mechanism. */
  enum Periods {
    CISSS(
        "cisssPeriods",
        Rule.CISSS_PERIOD_START_REQUIRED,
        Rule.CISSS_PERIODS_OVERLAP,
        ParentChildRecord::cisssPeriods,
        ParentChildRecord::withCisssPeriods),
    ECP(
        "ecpPeriods",
        Rule.ECP_PERIOD_START_REQUIRED,
        Rule.ECP_PERIODS_OVERLAP,
        ParentChildRecord::ecpPeriods,
        ParentChildRecord::withEcpPeriods),
    DISABILITY(
        "disabilityPeriods",
        Rule.DISABILITY_PERIOD_START_REQUIRED,
        Rule.DISABILITY_PERIODS_OVERLAP,
        ParentChildRecord::disabilityPeriods,
        ParentChildRecord::withDisabilityPeriods);

    final String list;
    final Rule startRequired;
    final Rule overlap;
    private final Function<ParentChildRecord, List<SpecialPeriod>> get;
    private final BiFunction<ParentChildRecord, List<SpecialPeriod>, ParentChildRecord> set;

    Periods(
        String list,
        Rule startRequired,
        Rule overlap,
        Function<ParentChildRecord, List<SpecialPeriod>> get,
        BiFunction<ParentChildRecord, List<SpecialPeriod>, ParentChildRecord> set) {
      this.list = list;
      this.startRequired = startRequired;
      this.overlap = overlap;
      this.get = get;
      this.set = set;
    }

    List<SpecialPeriod> of(ParentChildRecord record) {
      return get.apply(record);
    }

    String path(int index) {
      return list + "[" + index + "]";
    }

    ParentChildRecord update(
        ParentChildRecord record, int index, UnaryOperator<SpecialPeriod> change) {
      return set.apply(record, get.apply(record).update(index, change));
    }

    ParentChildRecord with(ParentChildRecord record, List<SpecialPeriod> periods) {
      return set.apply(record, periods);
    }
  }

  static ParentChildRecord measure(ParentChildRecord record, UnaryOperator<SpecialPeriod> change) {
    return record.withTransitionalMeasure(record.transitionalMeasure().map(change));
  }
}
