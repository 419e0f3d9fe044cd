package io.github.childcarerules.json.internal;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.ServiceOffer;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.util.function.Function;

/**
 * FORMAT.md's record document to rules-core's model. Strings are kept as entered (blank, malformed
 * or unknown values are the library's to report), unknown fields are ignored, and a {@code null} in
 * a list becomes an absent element so that the others keep their index.
 */
final class RecordMapping {
  private RecordMapping() {}

  static ParentChildRecord record(Node document) {
    Node root = document.requireRecord();
    return ParentChildRecord.builder()
        .child(root.field("child").object().map(RecordMapping::child))
        .responsible(root.field("responsible").object().map(RecordMapping::person))
        .otherResponsible(root.field("otherResponsible").object().map(RecordMapping::person))
        .parent(root.field("parent").object().map(RecordMapping::person))
        .address(root.field("address").object().map(RecordMapping::address))
        .ageBrackets(ageBrackets(root.field("ageBrackets")))
        .cisssPeriods(periods(root.field("cisssPeriods")))
        .ecpPeriods(periods(root.field("ecpPeriods")))
        .disabilityPeriods(periods(root.field("disabilityPeriods")))
        .transitionalMeasure(root.field("transitionalMeasure").object().map(RecordMapping::period))
        .agreements(
            list(root.field("agreements"), RecordMapping::agreement, Agreement.builder().build()))
        .serviceOffer(
            root.field("serviceOffer")
                .object()
                .map(offer -> ServiceOffer.of(flag(offer.field("cisssReservationConvention")))))
        .build();
  }

  private static Child child(Node child) {
    return Child.builder()
        .lastName(child.field("lastName").text())
        .firstName(child.field("firstName").text())
        .sex(child.field("sex").text())
        .birthDate(child.field("birthDate").text())
        .nirec(child.field("nirec").text())
        .necsg(child.field("necsg").text())
        .bornOutsideQuebec(child.field("bornOutsideQuebec").flag())
        .build();
  }

  private static Person person(Node person) {
    return Person.builder()
        .lastName(person.field("lastName").text())
        .firstName(person.field("firstName").text())
        .role(person.field("role").text())
        .build();
  }

  private static Address address(Node address) {
    return Address.builder()
        .civicNumber(address.field("civicNumber").text())
        .civicSuffix(address.field("civicSuffix").text())
        .street(address.field("street").text())
        .municipality(address.field("municipality").text())
        .postalCode(address.field("postalCode").text())
        .apartment(address.field("apartment").text())
        .build();
  }

  /** Every key kept as entered, so that an unknown one is reported; a null date counts as blank. */
  private static LinkedHashMap<String, String> ageBrackets(Node brackets) {
    return LinkedHashMap.ofEntries(
        brackets.entries().map(entry -> Tuple.of(entry._1, entry._2.text().getOrElse(""))));
  }

  private static List<SpecialPeriod> periods(Node periods) {
    return list(periods, RecordMapping::period, SpecialPeriod.builder().build());
  }

  private static SpecialPeriod period(Node period) {
    return SpecialPeriod.builder()
        .start(period.field("start").text())
        .end(period.field("end").text())
        .build();
  }

  private static Agreement agreement(Node agreement) {
    return Agreement.builder()
        .start(agreement.field("start").text())
        .end(agreement.field("end").text())
        .terminatedOn(agreement.field("terminatedOn").text())
        .reducedContribution(flag(agreement.field("reducedContribution")))
        .replacement(flag(agreement.field("replacement")))
        .signed(flag(agreement.field("signed")))
        .schedule(agreement.field("schedule").object().map(RecordMapping::schedule))
        .specialSchedules(
            list(
                agreement.field("specialSchedules"),
                RecordMapping::specialSchedule,
                SpecialSchedule.builder().build()))
        .build();
  }

  private static SpecialSchedule specialSchedule(Node special) {
    return SpecialSchedule.builder()
        .start(special.field("start").text())
        .end(special.field("end").text())
        .schedule(special.field("schedule").object().map(RecordMapping::schedule))
        .build();
  }

  private static Schedule schedule(Node schedule) {
    return Schedule.builder()
        .weeks(list(schedule.field("weeks"), RecordMapping::week, Week.empty()))
        .build();
  }

  /** Every day key kept as entered, so that a misspelt one is reported, never dropped. */
  private static Week week(Node week) {
    return Week.builder()
        .days(
            LinkedHashMap.ofEntries(
                week.entries()
                    .map(day -> Tuple.of(day._1, day._2.elements().map(Node::requiredText)))))
        .build();
  }

  /** Absent booleans are false. */
  private static boolean flag(Node node) {
    return node.flag().getOrElse(false);
  }

  /** The objects of a list; a {@code null} element is {@code absent}, at its own index. */
  private static <T> List<T> list(Node list, Function<Node, T> read, T absent) {
    return list.elements().map(element -> element.object().map(read).getOrElse(absent));
  }
}
