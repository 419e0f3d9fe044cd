package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.ADDRESS_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.AGREEMENTS_OVERLAP;
import static io.github.childcarerules.core.rule.Rule.AGREEMENT_SPANS_SCHOOL_AGE;
import static io.github.childcarerules.core.rule.Rule.CHILD_LAST_NAME_TOO_LONG;
import static io.github.childcarerules.core.rule.Rule.ECP_PERIODS_OVERLAP;
import static io.github.childcarerules.core.rule.Rule.REFERENCE_YEAR_261_DAYS;
import static io.github.childcarerules.core.rule.Rule.RESPONSIBLE_ROLE_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.SCHEDULE_REQUIRED;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.ValidRecords.EVERY_DAY;
import static io.github.childcarerules.core.validation.ValidRecords.MONDAY_TO_FRIDAY;
import static io.github.childcarerules.core.validation.ValidRecords.agreement;
import static io.github.childcarerules.core.validation.ValidRecords.child;
import static io.github.childcarerules.core.validation.ValidRecords.fullDays;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static io.github.childcarerules.core.validation.ValidRecords.periods;
import static io.github.childcarerules.core.validation.ValidRecords.withBrackets;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.schedule.Schedule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * RULES.md, "Where and how often": every violation is reported at once, sorted by path (Java {@code
 * String.compareTo} on the exact string), then by rule id.
 */
class ReportOrderTest {

  @Test
  void pathsSortAsJavaStringsSoIndexTenComesBeforeIndexTwo() {
    Schedule monToFri = Schedule.of(fullDays(MONDAY_TO_FRIDAY));
    List<Agreement> agreements = List.empty();
    LocalDate start = LocalDate.of(2023, 3, 6);
    for (int i = 0; i < 11; i++) {
      agreements =
          agreements.append(
              agreement(
                  start.plusWeeks(2L * i).toString(),
                  start.plusWeeks(2L * i).plusDays(13).toString(),
                  monToFri));
    }
    agreements = agreements.update(2, agreements.get(2).withSchedule(Option.none()));
    agreements = agreements.update(10, agreements.get(10).withSchedule(Option.none()));

    assertThatViolations(minimal().withAgreements(agreements))
        .containsExactly(
            tuple(SCHEDULE_REQUIRED, "agreements[10].schedule"),
            tuple(SCHEDULE_REQUIRED, "agreements[2].schedule"));
  }

  @Test
  void everyViolationIsReportedAtOnceByPathThenRuleId() {
    ParentChildRecord record =
        withBrackets("2023-03-06", "2024-05-03", "2024-06-03")
            .withChild(Option.some(child().withLastName(Option.some("a".repeat(51)))))
            .withResponsible(
                Option.some(
                    Person.builder().lastName("Gagnon").firstName("Sophie").role("CHOOSE").build()))
            .withAddress(Option.none())
            .withEcpPeriods(periods("2024-01-01/..", "2024-06-01/2024-06-30"))
            .withAgreements(
                minimal()
                    .agreements()
                    .update(1, minimal().agreements().get(1).withStart(Option.some("2024-03-01"))));

    assertThatViolations(record)
        .containsExactly(
            tuple(ADDRESS_REQUIRED, "address"),
            // "AGREEMENTS_…" before "AGREEMENT_…": 'S' < '_'
            tuple(AGREEMENTS_OVERLAP, "agreements[1]"),
            tuple(AGREEMENT_SPANS_SCHOOL_AGE, "agreements[1]"),
            tuple(CHILD_LAST_NAME_TOO_LONG, "child.lastName"),
            tuple(ECP_PERIODS_OVERLAP, "ecpPeriods[1]"),
            tuple(RESPONSIBLE_ROLE_REQUIRED, "responsible.role"));
  }

  @Test
  void theRecordPathComesFirst() {
    ParentChildRecord record =
        minimal()
            .withAddress(Option.none())
            .withAgreements(
                List.range(0, 11)
                    .map(
                        i ->
                            agreement(
                                LocalDate.of(2023, 9, 1).plusDays(27L * i).toString(),
                                LocalDate.of(2023, 9, 1).plusDays(27L * i + 26).toString(),
                                Schedule.of(fullDays(EVERY_DAY)))));

    assertThatViolations(record)
        .containsExactly(tuple(REFERENCE_YEAR_261_DAYS, ""), tuple(ADDRESS_REQUIRED, "address"));
  }
}
