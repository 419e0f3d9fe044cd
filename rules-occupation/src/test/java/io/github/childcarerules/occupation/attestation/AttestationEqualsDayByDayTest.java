package io.github.childcarerules.occupation.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.DayByDay;
import io.github.childcarerules.occupation.OddRecordsAccess;
import io.github.childcarerules.testkit.Records;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The attestation equals FORMAT.md's definitions applied one day at a time. */
class AttestationEqualsDayByDayTest {
  @Property(tries = 600)
  void oddRecords(
      @ForAll("odd") ParentChildRecord record, @ForAll @IntRange(min = -60, max = 1100) int asOf) {
    check(record, OddRecordsAccess.BASE.plusDays(asOf));
  }

  @Property(tries = 300)
  void validRecords(
      @ForAll("valid") ParentChildRecord record, @ForAll @IntRange(min = 0, max = 3000) int asOf) {
    LocalDate start =
        PlannedOccupation.covered(record.agreements().head())
            .map(DatePeriod::startInclusive)
            .getOrElse(OddRecordsAccess.BASE);
    check(record, start.minusDays(30).plusDays(asOf));
  }

  @Provide
  Arbitrary<ParentChildRecord> odd() {
    return OddRecordsAccess.records();
  }

  @Provide
  Arbitrary<ParentChildRecord> valid() {
    return Records.valid();
  }

  private static void check(ParentChildRecord record, LocalDate asOf) {
    Attestation attestation = Attestation.of(record, asOf);

    LocalDate yearStart =
        LocalDate.of(asOf.getMonthValue() >= 9 ? asOf.getYear() : asOf.getYear() - 1, 9, 1);
    long[] totals = new long[4];
    for (LocalDate day = yearStart; !day.isAfter(asOf); day = day.plusDays(1)) {
      int slots = 0;
      for (Agreement agreement : record.agreements()) {
        if (agreement.reducedContribution()) {
          slots += DayByDay.halfDaysOn(agreement, day);
        }
      }
      int at = DayByDay.inside(record.ecpPeriods(), day) ? 2 : 0;
      if (slots >= 2) {
        totals[at]++;
      } else if (slots == 1) {
        totals[at + 1]++;
      }
    }
    LocalDate first = null;
    LocalDate last = null;
    LocalDate[] span = span(record);
    for (LocalDate day = span[0]; !day.isAfter(span[1]); day = day.plusDays(1)) {
      if (occupied(record, day)) {
        first = first == null ? day : first;
        last = day.isAfter(asOf) ? last : day;
      }
    }
    List<Integer> ended = List.empty();
    int index = 0;
    for (Agreement agreement : record.agreements()) {
      Option<LocalDate> end =
          PlannedOccupation.covered(agreement).flatMap(DatePeriod::endInclusive);
      if (end.exists(e -> !e.isBefore(yearStart) && !e.isAfter(asOf))) {
        ended = ended.append(index);
      }
      index++;
    }
    Long gap = last == null ? null : asOf.toEpochDay() - last.toEpochDay();

    assertThat(attestation.referenceYear())
        .isEqualTo(DatePeriod.ofClosed(yearStart, yearStart.plusYears(1).minusDays(1)));
    assertThat(attestation.reducedContributionDays()).isEqualTo(totals[0]);
    assertThat(attestation.reducedContributionHalfDays()).isEqualTo(totals[1]);
    assertThat(attestation.ecpExemptDays()).isEqualTo(totals[2]);
    assertThat(attestation.ecpExemptHalfDays()).isEqualTo(totals[3]);
    assertThat(attestation.firstDay()).isEqualTo(Option.of(first));
    assertThat(attestation.lastDay()).isEqualTo(Option.of(last));
    assertThat(attestation.endedAgreements()).isEqualTo(ended);
    assertThat(attestation.daysWithoutService()).isEqualTo(Option.of(gap));
    assertThat(attestation.attestationDue())
        .isEqualTo(!ended.isEmpty() || (gap != null && gap > 90));
  }

  /** Every day an agreement may occupy: from its earliest to its latest well-formed date. */
  private static LocalDate[] span(ParentChildRecord record) {
    LocalDate first = LocalDate.MAX;
    LocalDate last = LocalDate.MIN;
    for (Agreement agreement : record.agreements()) {
      for (Option<String> text :
          List.of(agreement.start(), agreement.end(), agreement.terminatedOn())) {
        LocalDate date =
            text.flatMap(io.github.childcarerules.core.period.IsoDate::parse).getOrNull();
        if (date != null) {
          first = date.isBefore(first) ? date : first;
          last = date.isAfter(last) ? date : last;
        }
      }
    }
    return new LocalDate[] {first, last};
  }

  private static boolean occupied(ParentChildRecord record, LocalDate day) {
    for (Agreement agreement : record.agreements()) {
      if (DayByDay.halfDaysOn(agreement, day) > 0) {
        return true;
      }
    }
    return false;
  }
}
