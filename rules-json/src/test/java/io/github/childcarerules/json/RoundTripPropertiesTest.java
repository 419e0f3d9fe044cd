package io.github.childcarerules.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.places.PlaceEntry;
import io.github.childcarerules.testkit.Mutated;
import io.github.childcarerules.testkit.Mutations;
import io.github.childcarerules.testkit.Records;
import io.github.childcarerules.testkit.Scenarios;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The input documents round-trip: a value written then read is the same value, and written again
 * the same text, for valid records, records broken by every mutation of the testkit, and scenarios
 * (valid ones and ones that fail their checks).
 */
class RoundTripPropertiesTest {
  @Property(tries = 200)
  void aValidRecordReadsBackAsItself(@ForAll("validRecords") ParentChildRecord record) {
    assertRoundTrip(record);
  }

  @Property(tries = 300)
  void aBrokenRecordReadsBackAsItself(@ForAll("brokenRecords") Mutated mutated) {
    assertRoundTrip(mutated.record());
  }

  private static void assertRoundTrip(ParentChildRecord record) {
    String written = ChildcareJson.writeRecord(record);
    ParentChildRecord read = ChildcareJson.readRecord(written).get();

    assertThat(ChildcareJson.writeRecord(read)).isEqualTo(written);
    assertThat(read).isEqualTo(record);
  }

  @Property(tries = 200)
  void aScenarioReadsBackAsItself(@ForAll("scenarios") Scenario scenario) {
    String written = ChildcareJson.writeScenario(scenario);
    Scenario read = ChildcareJson.readScenario(written).get();

    assertThat(ChildcareJson.writeScenario(read)).isEqualTo(written);
    assertThat(read).isEqualTo(scenario);
  }

  @Property(tries = 100)
  void placesReadBackAsThemselves(
      @ForAll("validRecords") ParentChildRecord record,
      @ForAll("counts") int count,
      @ForAll boolean open) {
    LocalDate from = LocalDate.of(2024, 1, 1);
    ProviderPlaces places =
        new ProviderPlaces(
            List.of(
                PlaceEntry.of(
                    DatePeriod.of(from, open ? Option.none() : Option.some(from.plusDays(count))),
                    count)),
            List.of(record, record));

    ProviderPlaces read = ChildcareJson.readPlaces(ChildcareJson.writePlaces(places)).get();

    assertThat(read).isEqualTo(places);
  }

  @Provide
  Arbitrary<ParentChildRecord> validRecords() {
    return Records.valid();
  }

  @Provide
  Arbitrary<Mutated> brokenRecords() {
    return Mutations.any();
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.oneOf(Scenarios.valid(), Scenarios.answered(), Scenarios.failing());
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(0, 10_000);
  }
}
