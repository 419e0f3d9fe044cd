package io.github.childcarerules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.validation.RecordValidator;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

class ValidRecordsTest {
  private static final List<ParentChildRecord> SAMPLE =
      Records.valid().sampleStream().limit(2000).toList();

  @Property
  @StatisticsReport(StatisticsReportMode.OFF)
  void everyGeneratedValidRecordHasNoViolationAtAll(@ForAll("valid") ParentChildRecord record) {
    assertThat(RecordValidator.validate(record).violations()).isEmpty();

    Statistics.label("parent section applies").collect(Facts.parentSectionApplies(record));
    Statistics.label("transitional measure").collect(record.transitionalMeasure().isDefined());
    Statistics.label("CISSS periods").collect(!record.cisssPeriods().isEmpty());
    Statistics.label("school age without schedule").collect(Facts.anyReliesOnSchoolAge(record));
    Statistics.label("agreements").collect(record.agreements().size());
    Statistics.label("parent section applies")
        .coverage(check -> check.check(true).percentage(p -> p > 5));
    // a measure needs a disability period that reaches the nominal school-age date (about 5 %)
    Statistics.label("transitional measure")
        .coverage(check -> check.check(true).percentage(p -> p > 2));
    Statistics.label("CISSS periods").coverage(check -> check.check(true).percentage(p -> p > 5));
    Statistics.label("school age without schedule")
        .coverage(check -> check.check(true).percentage(p -> p > 5));
    Statistics.label("agreements").coverage(check -> check.check(4).percentage(p -> p > 5));
  }

  @Provide
  Arbitrary<ParentChildRecord> valid() {
    return Records.valid();
  }

  @Example
  void everyRecordNamesAChildAResponsibleAnAddressABracketAndAnAgreement() {
    assertThat(SAMPLE)
        .allSatisfy(
            record -> {
              assertThat(record.child()).isNotEmpty();
              assertThat(record.responsible()).isNotEmpty();
              assertThat(record.address()).isNotEmpty();
              assertThat(Facts.brackets(record)).isNotEmpty();
              assertThat(record.agreements()).hasSizeBetween(1, 4);
            });
  }

  @Example
  void namesHaveOneToFiftyCodePointsHoweverTheyAreWritten() {
    List<String> names = SAMPLE.stream().flatMap(ValidRecordsTest::names).toList();

    assertThat(names).allSatisfy(name -> assertThat(Texts.length(name)).isBetween(1, 50));
    assertThat(names).anySatisfy(name -> assertThat(Texts.length(name)).isEqualTo(50));
    assertThat(names).anySatisfy(name -> assertThat(name.length()).isGreaterThan(50));
    assertThat(names).anySatisfy(name -> assertThat(name).isNotEqualTo(name.strip()));
    assertThat(names).anySatisfy(name -> assertThat(name).containsAnyOf("-", "'", "é"));
  }

  @Example
  void childrenComeWithEveryCombinationOfNumbers() {
    assertThat(SAMPLE.stream().map(record -> Facts.child(record)))
        .anySatisfy(child -> assertThat(numbers(child)).isEqualTo("false NIREC"))
        .anySatisfy(child -> assertThat(numbers(child)).isEqualTo("true NIREC"))
        .anySatisfy(child -> assertThat(numbers(child)).isEqualTo("true NECSG"))
        .anySatisfy(child -> assertThat(numbers(child)).isEqualTo("true NIREC NECSG"))
        .anySatisfy(child -> assertThat(numbers(child)).isEqualTo("true"))
        .anySatisfy(child -> assertThat(child.lastName()).isEmpty());
  }

  @Example
  void theParentIsFilledExactlyWhenItsSectionApplies() {
    assertThat(SAMPLE)
        .allSatisfy(
            record ->
                assertThat(complete(record.parent()))
                    .isEqualTo(Facts.parentSectionApplies(record)));
  }

  @Example
  void agreementsAreChronologicalAndVaried() {
    assertThat(SAMPLE)
        .allSatisfy(
            record -> {
              List<Agreement> agreements = record.agreements().toJavaList();
              for (int i = 1; i < agreements.size(); i++) {
                LocalDate previousEnd = Facts.covered(agreements.get(i - 1)).orElseThrow().last();
                assertThat(Facts.date(agreements.get(i).start()))
                    .get()
                    .matches(previousEnd::isBefore);
              }
            });
    List<Agreement> all = SAMPLE.stream().flatMap(r -> r.agreements().toJavaStream()).toList();
    assertThat(all)
        .anyMatch(Agreement::replacement)
        .anyMatch(a -> Facts.given(a.terminatedOn()))
        .anyMatch(a -> !a.specialSchedules().isEmpty())
        .anyMatch(a -> a.schedule().exists(s -> s.weeks().size() == 4))
        .anyMatch(a -> !a.reducedContribution() && Facts.occupiedDays(a).size() > 5);
  }

  @Example
  void reducedContributionAgreementsOccupyAtMostFiveWeekdays() {
    assertThat(
            SAMPLE.stream()
                .flatMap(r -> r.agreements().toJavaStream())
                .filter(Agreement::reducedContribution))
        .allSatisfy(agreement -> assertThat(Facts.occupiedDays(agreement)).hasSizeLessThan(6));
  }

  @Example
  void bracketsIncreaseFromBirth() {
    assertThat(SAMPLE)
        .allSatisfy(
            record -> {
              List<LocalDate> dates = List.copyOf(Facts.brackets(record).values());
              assertThat(dates).isSorted().doesNotHaveDuplicates();
              assertThat(dates.get(0)).isAfterOrEqualTo(Facts.birth(record));
            });
    assertThat(SAMPLE)
        .anySatisfy(record -> assertThat(Facts.brackets(record)).containsKeys(AgeBracket.values()));
  }

  private static Stream<String> names(ParentChildRecord record) {
    Stream<Option<String>> child =
        Stream.of(Facts.child(record).lastName(), Facts.child(record).firstName());
    Stream<Option<String>> adults =
        Stream.of(record.responsible(), record.otherResponsible(), record.parent())
            .flatMap(Option::toJavaStream)
            .flatMap(person -> Stream.of(person.lastName(), person.firstName()));
    return Stream.concat(child, adults).filter(Facts::given).map(Option::get);
  }

  private static String numbers(Child child) {
    return child.bornOutsideQuebec().get()
        + (Facts.given(child.nirec()) ? " NIREC" : "")
        + (Facts.given(child.necsg()) ? " NECSG" : "");
  }

  private static boolean complete(Option<Person> person) {
    return person.exists(
        p ->
            Facts.given(p.lastName())
                && Facts.given(p.firstName())
                && Facts.role(person).isPresent());
  }
}
