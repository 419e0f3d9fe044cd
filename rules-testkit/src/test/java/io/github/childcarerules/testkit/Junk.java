package io.github.childcarerules.testkit;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.Address;
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
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Records with junk in their text: a valid record whose string fields, map keys and list elements
 * holding text are each replaced (by anything: blank, very long, non-ASCII, lone surrogates, almost
 * dates, enumeration names) or removed, now and then, walking the record in a fixed order.
 */
final class Junk {
  private static final Arbitrary<Optional<Option<String>>> REPLACEMENT = replacements();

  private final Iterator<Optional<Option<String>>> replacements;

  private Junk(Iterator<Optional<Option<String>>> replacements) {
    this.replacements = replacements;
  }

  /** A valid record and the same record with junk, in that order. */
  static Arbitrary<List<ParentChildRecord>> validAndJunk() {
    return Combinators.combine(Records.valid(), REPLACEMENT.list().ofSize(120))
        .as(
            (record, replacements) ->
                List.of(record, new Junk(replacements.iterator()).record(record)));
  }

  static Arbitrary<ParentChildRecord> records() {
    return validAndJunk().map(pair -> pair.get(1));
  }

  private static Arbitrary<Optional<Option<String>>> replacements() {
    Arbitrary<String> text =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.strings().ofMaxLength(30)),
            Tuple.of(2, Arbitraries.of("", " ", "\t", "\n", "\u2003", "\u00A0", "\u200B")),
            Tuple.of(
                2, Arbitraries.strings().withChars("0123456789- ").ofMinLength(8).ofMaxLength(12)),
            Tuple.of(2, Arbitraries.of(names())),
            Tuple.of(
                1,
                Combinators.combine(
                        Arbitraries.of("é", "e\u0301", "\uD842\uDFB7", "a ", "\uD800"),
                        Arbitraries.of(51, 1_000, 200_000))
                    .as(String::repeat)),
            Tuple.of(
                1,
                Arbitraries.of(
                    "0000-01-01",
                    "0001-01-01",
                    "9999-12-31",
                    "+10000-01-01",
                    "2024-02-29",
                    "2023-02-29",
                    "-2024-01-01")));
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(Optional.empty())),
        Tuple.of(1, Arbitraries.just(Optional.of(Option.none()))),
        Tuple.of(3, text.map(t -> Optional.of(Option.some(t)))));
  }

  /** Enumeration values, the placeholder, and near misses. */
  private static List<String> names() {
    List<String> names = new ArrayList<>(List.of("CHOOSE", "choose", "F", "m"));
    Stream.of(Rule.values(), Day.values(), Slot.values(), Role.values(), AgeBracket.values())
        .flatMap(Stream::of)
        .forEach(value -> names.add(value.toString()));
    return names;
  }

  private Option<String> text(Option<String> value) {
    return replacements.hasNext() ? replacements.next().orElse(value) : value;
  }

  private String key(String value) {
    return text(Option.some(value)).getOrElse("");
  }

  private ParentChildRecord record(ParentChildRecord record) {
    Child child = record.child().get();
    return record
        .withChild(
            Option.some(
                child
                    .withLastName(text(child.lastName()))
                    .withFirstName(text(child.firstName()))
                    .withSex(text(child.sex()))
                    .withBirthDate(text(child.birthDate()))
                    .withNirec(text(child.nirec()))
                    .withNecsg(text(child.necsg()))))
        .withResponsible(person(record.responsible()))
        .withOtherResponsible(person(record.otherResponsible()))
        .withParent(person(record.parent()))
        .withAddress(record.address().map(this::address))
        .withAgeBrackets(
            HashMap.ofEntries(
                record
                    .ageBrackets()
                    .map(
                        entry ->
                            new Tuple2<>(
                                key(entry._1), text(Option.some(entry._2)).getOrElse("")))))
        .withEcpPeriods(record.ecpPeriods().map(this::period))
        .withDisabilityPeriods(record.disabilityPeriods().map(this::period))
        .withCisssPeriods(record.cisssPeriods().map(this::period))
        .withTransitionalMeasure(record.transitionalMeasure().map(this::period))
        .withAgreements(record.agreements().map(this::agreement));
  }

  private Option<Person> person(Option<Person> person) {
    Person p = person.getOrElse(() -> Person.builder().build());
    return Option.some(
        p.withLastName(text(p.lastName()))
            .withFirstName(text(p.firstName()))
            .withRole(text(p.role())));
  }

  private Address address(Address address) {
    return address
        .withCivicNumber(text(address.civicNumber()))
        .withCivicSuffix(text(address.civicSuffix()))
        .withStreet(text(address.street()))
        .withMunicipality(text(address.municipality()))
        .withPostalCode(text(address.postalCode()))
        .withApartment(text(address.apartment()));
  }

  private SpecialPeriod period(SpecialPeriod period) {
    return period.withStart(text(period.start())).withEnd(text(period.end()));
  }

  private Agreement agreement(Agreement agreement) {
    return agreement
        .withStart(text(agreement.start()))
        .withEnd(text(agreement.end()))
        .withTerminatedOn(text(agreement.terminatedOn()))
        .withSchedule(agreement.schedule().map(this::schedule))
        .withSpecialSchedules(agreement.specialSchedules().map(this::special));
  }

  private SpecialSchedule special(SpecialSchedule special) {
    return special
        .withStart(text(special.start()))
        .withEnd(text(special.end()))
        .withSchedule(special.schedule().map(this::schedule));
  }

  private Schedule schedule(Schedule schedule) {
    return schedule.withWeeks(
        schedule
            .weeks()
            .map(
                week ->
                    week.withDays(
                        HashMap.ofEntries(
                            week.days()
                                .map(day -> new Tuple2<>(key(day._1), day._2.map(this::key)))))));
  }
}
