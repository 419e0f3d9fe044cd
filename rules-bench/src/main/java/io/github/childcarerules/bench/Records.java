package io.github.childcarerules.bench;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.List;
import java.time.LocalDate;

/** The records the benchmarks run on. */
final class Records {
  private Records() {}

  static Week days(Day... days) {
    Week.Builder week = Week.builder();
    for (Day day : days) {
      week.on(day, Slot.DAY_1, Slot.DAY_2);
    }
    return week.build();
  }

  /** The contract's example "valid-two-agreements": a typical record. */
  static ParentChildRecord typical() {
    return ParentChildRecord.builder()
        .child(
            Child.builder()
                .lastName("Gagnon")
                .firstName("Émile")
                .sex("M")
                .birthDate("2022-11-03")
                .nirec("GAGE22110301")
                .bornOutsideQuebec(false)
                .build())
        .responsible(Person.of("Gagnon", "Sophie", Role.MOTHER))
        .address(
            Address.builder()
                .civicNumber("1450")
                .street("avenue Saint-Louis")
                .municipality("Plessisville")
                .postalCode("G6L 2M4")
                .build())
        .ageBracket(AgeBracket.MONTHS_0_17, LocalDate.of(2023, 3, 6))
        .ageBracket(AgeBracket.MONTHS_18_59, LocalDate.of(2024, 5, 3))
        .addAgreements(
            agreement(
                "2023-03-06",
                "2024-03-01",
                Schedule.of(days(Day.MON, Day.TUE, Day.WED, Day.THU, Day.FRI))),
            agreement(
                "2024-03-04",
                "2025-02-28",
                Schedule.of(days(Day.MON, Day.TUE, Day.WED), days(Day.THU, Day.FRI))))
        .build();
  }

  /** The typical record with five problems in different sections. */
  static ParentChildRecord invalid() {
    ParentChildRecord record = typical();
    return record
        .withChild(
            record
                .child()
                .map(
                    child ->
                        child
                            .withLastName(io.vavr.control.Option.of("G".repeat(60)))
                            .withBirthDate(io.vavr.control.Option.of("2022-02-30"))))
        .withAddress(
            record
                .address()
                .map(address -> address.withPostalCode(io.vavr.control.Option.of("D6L 2M4"))))
        .withAgreements(
            record.agreements().map(a -> a.withEnd(io.vavr.control.Option.of("2024-03-04"))));
  }

  /** One agreement of {@code years} years, six full days a week (so the warnings fire). */
  static ParentChildRecord longAgreement(int years) {
    LocalDate start = LocalDate.of(2023, 3, 6);
    return typical()
        .withAgreements(
            List.of(
                agreement(
                    start.toString(),
                    start.plusYears(years).minusDays(1).toString(),
                    Schedule.of(days(Day.MON, Day.TUE, Day.WED, Day.THU, Day.FRI, Day.SAT)))));
  }

  private static Agreement agreement(String start, String end, Schedule schedule) {
    return Agreement.builder()
        .start(start)
        .end(end)
        .reducedContribution(true)
        .signed(true)
        .schedule(schedule)
        .build();
  }
}
