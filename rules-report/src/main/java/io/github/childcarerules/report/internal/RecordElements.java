package io.github.childcarerules.report.internal;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.internal.reading.Entered;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.rule.ViolationPaths;
import io.github.childcarerules.report.internal.Element.Detail;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * The elements of a record in the form's order (the record, the child, the responsible adults, the
 * parent, the address, the age brackets, the CISSS/CIUSSS, ECP and disability periods, the
 * transitional measure, the agreements each followed by its special schedules), with the element
 * each violation path belongs to. Dates are read as the rules read them ({@link Entered}): a
 * missing or malformed date is no date.
 */
public final class RecordElements {
  private final List<Element> elements;

  private RecordElements(List<Element> elements) {
    this.elements = elements;
  }

  /**
   * The elements of {@code record}, named in {@code words}' language.
   *
   * @param record the record, as entered
   * @param words the page's words
   * @return its elements, lists and objects included
   */
  public static RecordElements of(ParentChildRecord record, Words words) {
    java.util.List<Element> all = new ArrayList<>();
    all.add(group("", ElementKind.RECORD, words.get("element.record"), false));
    all.add(child(record.child(), words));
    all.add(person("responsible", record.responsible(), words));
    all.add(person("otherResponsible", record.otherResponsible(), words));
    all.add(person("parent", record.parent(), words));
    all.add(address(record.address(), words));
    all.add(
        new Element(
            "serviceOffer",
            ElementKind.SERVICE_OFFER,
            words.get("element.serviceOffer"),
            record
                .serviceOffer()
                .map(
                    offer ->
                        List.of(
                            new Detail(
                                words.get("field.cisssReservationConvention"),
                                words.yesNo(offer.cisssReservationConvention()))))
                .getOrElse(List.empty()),
            Option.none(),
            Option.none(),
            Option.none(),
            false,
            ElementKind.SERVICE_OFFER.style(),
            false));
    all.add(group("ageBrackets", ElementKind.LIST, words.get("element.ageBrackets"), false));
    all.addAll(ageBrackets(record, words).asJava());
    periods(all, "cisssPeriods", ElementKind.CISSS_PERIOD, record.cisssPeriods(), words);
    periods(all, "ecpPeriods", ElementKind.ECP_PERIOD, record.ecpPeriods(), words);
    periods(
        all, "disabilityPeriods", ElementKind.DISABILITY_PERIOD, record.disabilityPeriods(), words);
    record
        .transitionalMeasure()
        .forEach(
            measure ->
                all.add(
                    period(
                        "transitionalMeasure",
                        ElementKind.TRANSITIONAL_MEASURE,
                        words.get("element.transitionalMeasure"),
                        measure,
                        words)));
    all.add(group("agreements", ElementKind.LIST, words.get("element.agreements"), false));
    int index = 0;
    for (Agreement agreement : record.agreements()) {
      all.add(agreement(index, agreement, words));
      int special = 0;
      for (SpecialSchedule schedule : agreement.specialSchedules()) {
        all.add(specialSchedule(index, special, schedule, words));
        special++;
      }
      index++;
    }
    return new RecordElements(List.ofAll(all));
  }

  /**
   * Every element, in the form's order.
   *
   * @return the elements
   */
  public List<Element> all() {
    return elements;
  }

  /**
   * The element a violation at {@code path} is about: the one whose path is the longest prefix of
   * it ({@code agreements[0].schedule.weeks[1].MON} belongs to {@code agreements[0]}); the record
   * itself when no other element holds it.
   *
   * @param path a violation's path
   * @return the element
   */
  public Element elementOf(String path) {
    return elements
        .filter(element -> element.holds(path))
        .maxBy(Comparator.comparingInt(element -> element.path().length()))
        .get();
  }

  private static Element group(String path, ElementKind kind, String label, boolean present) {
    return new Element(
        path,
        kind,
        label,
        List.empty(),
        Option.none(),
        Option.none(),
        Option.none(),
        false,
        kind.style(),
        present);
  }

  private static Element child(Option<Child> child, Words words) {
    List<Detail> details =
        child
            .map(
                c ->
                    List.of(
                        new Detail(words.get("field.lastName"), words.entered(c.lastName())),
                        new Detail(words.get("field.firstName"), words.entered(c.firstName())),
                        new Detail(words.get("field.sex"), words.entered(c.sex())),
                        new Detail(words.get("field.birthDate"), words.entered(c.birthDate())),
                        new Detail(words.get("field.nirec"), words.entered(c.nirec())),
                        new Detail(words.get("field.necsg"), words.entered(c.necsg())),
                        new Detail(
                            words.get("field.bornOutsideQuebec"),
                            c.bornOutsideQuebec()
                                .map(words::yesNo)
                                .getOrElse(() -> words.get("value.absent")))))
            .getOrElse(List.empty());
    return new Element(
        "child",
        ElementKind.CHILD,
        words.get("element.child"),
        details,
        Option.none(),
        Option.none(),
        Option.none(),
        false,
        ElementKind.CHILD.style(),
        child.isDefined());
  }

  private static Element person(String path, Option<Person> person, Words words) {
    List<Detail> details =
        person
            .map(
                p ->
                    List.of(
                        new Detail(words.get("field.lastName"), words.entered(p.lastName())),
                        new Detail(words.get("field.firstName"), words.entered(p.firstName())),
                        new Detail(words.get("field.role"), words.entered(p.role()))))
            .getOrElse(List.empty());
    return new Element(
        path,
        ElementKind.PERSON,
        words.get("element." + path),
        details,
        Option.none(),
        Option.none(),
        Option.none(),
        false,
        ElementKind.PERSON.style(),
        person.isDefined());
  }

  private static Element address(Option<Address> address, Words words) {
    List<Detail> details =
        address
            .map(
                a ->
                    List.of(
                        new Detail(words.get("field.civicNumber"), words.entered(a.civicNumber())),
                        new Detail(words.get("field.civicSuffix"), words.entered(a.civicSuffix())),
                        new Detail(words.get("field.street"), words.entered(a.street())),
                        new Detail(words.get("field.apartment"), words.entered(a.apartment())),
                        new Detail(
                            words.get("field.municipality"), words.entered(a.municipality())),
                        new Detail(words.get("field.postalCode"), words.entered(a.postalCode()))))
            .getOrElse(List.empty());
    return new Element(
        "address",
        ElementKind.ADDRESS,
        words.get("element.address"),
        details,
        Option.none(),
        Option.none(),
        Option.none(),
        false,
        ElementKind.ADDRESS.style(),
        address.isDefined());
  }

  /**
   * One element per entry of {@code ageBrackets}, by date (entries without a well-formed date last,
   * in entered order): each in force until the day before the next date, the last one with no end.
   * An entry left blank is absent.
   */
  private static List<Element> ageBrackets(ParentChildRecord record, Words words) {
    List<Tuple2<String, Option<LocalDate>>> entries =
        List.ofAll(record.ageBrackets())
            .map(entry -> entry.map2(value -> Entered.date(Option.of(value))))
            .sortBy(entry -> entry._2.getOrElse(LocalDate.MAX));
    List<LocalDate> dates = entries.flatMap(entry -> entry._2).distinct().sorted();
    return entries.map(
        entry -> {
          String key = entry._1;
          String value = record.ageBrackets().get(key).getOrElse("");
          Option<LocalDate> start = entry._2;
          Option<LocalDate> next = start.flatMap(day -> dates.find(other -> other.isAfter(day)));
          String name =
              AgeBracket.parse(key)
                  .map(bracket -> bracket.label(words.locale()))
                  .getOrElse(() -> words.entered(Option.of(key)));
          return new Element(
              ViolationPaths.key("ageBrackets", key),
              ElementKind.AGE_BRACKET,
              words.get("element.ageBracket", name),
              List.of(
                  new Detail(words.get("field.bracket"), words.entered(Option.of(key))),
                  new Detail(words.get("field.effectiveDate"), words.entered(Option.of(value)))),
              start,
              next.map(day -> day.minusDays(1)),
              Option.none(),
              start.isDefined() && next.isEmpty(),
              ElementKind.AGE_BRACKET.style(),
              !value.isBlank());
        });
  }

  private static void periods(
      java.util.List<Element> all,
      String list,
      ElementKind kind,
      List<SpecialPeriod> periods,
      Words words) {
    all.add(group(list, ElementKind.LIST, words.get("element." + list), false));
    for (int i = 0; i < periods.size(); i++) {
      all.add(
          period(
              list + "[" + i + "]",
              kind,
              words.get("element." + list + ".one", i + 1),
              periods.get(i),
              words));
    }
  }

  private static Element period(
      String path, ElementKind kind, String label, SpecialPeriod period, Words words) {
    Option<LocalDate> start = Entered.date(period.start());
    boolean open = !Entered.given(period.end());
    return new Element(
        path,
        kind,
        label,
        List.of(
            new Detail(words.get("field.start"), words.entered(period.start())),
            new Detail(
                words.get("field.end"),
                open ? words.get("value.open") : words.entered(period.end()))),
        start,
        Entered.date(period.end()),
        Option.none(),
        open && start.isDefined(),
        kind.style(),
        !period.isAbsent());
  }

  private static Element agreement(int index, Agreement agreement, Words words) {
    String style =
        agreement.replacement()
            ? "replacement"
            : agreement.reducedContribution() ? "reduced" : "full";
    return new Element(
        "agreements[" + index + "]",
        ElementKind.AGREEMENT,
        words.get("element.agreement", index + 1),
        List.of(
            new Detail(words.get("field.start"), words.entered(agreement.start())),
            new Detail(words.get("field.end"), words.entered(agreement.end())),
            new Detail(words.get("field.terminatedOn"), words.entered(agreement.terminatedOn())),
            new Detail(
                words.get("field.contribution"),
                words.get(
                    agreement.reducedContribution()
                        ? "contribution.reduced"
                        : "contribution.full")),
            new Detail(words.get("field.replacement"), words.yesNo(agreement.replacement())),
            new Detail(words.get("field.signed"), words.yesNo(agreement.signed())),
            new Detail(
                words.get("field.specialSchedules"),
                String.valueOf(agreement.specialSchedules().size()))),
        Entered.date(agreement.start()),
        Entered.date(agreement.end()),
        Entered.date(agreement.terminatedOn()),
        false,
        style,
        !agreement.isAbsent());
  }

  private static Element specialSchedule(
      int agreement, int index, SpecialSchedule schedule, Words words) {
    return new Element(
        "agreements[" + agreement + "].specialSchedules[" + index + "]",
        ElementKind.SPECIAL_SCHEDULE,
        words.get("element.specialSchedule", agreement + 1, index + 1),
        List.of(
            new Detail(words.get("field.start"), words.entered(schedule.start())),
            new Detail(words.get("field.end"), words.entered(schedule.end()))),
        Entered.date(schedule.start()),
        Entered.date(schedule.end()),
        Option.none(),
        false,
        ElementKind.SPECIAL_SCHEDULE.style(),
        !schedule.isAbsent());
  }
}
