package io.github.childcarerules.json;

import static io.github.childcarerules.json.WrittenDocuments.expected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.record.ParentChildRecord;
import org.junit.jupiter.api.Test;

/**
 * The input documents written back byte for byte: a document holding every field of the contract
 * with a value (every optional field present and every list non-empty somewhere, the agreements'
 * and the answers' flags both true and false), read then written, is the same text; so is a record
 * whose every field is absent, written as {@code null} or empty, and a scenario without the fields
 * written only when present. A field dropped, renamed, moved or written from the wrong value
 * changes the text.
 */
class InputDocumentsWriteTest {

  @Test
  void aRecordWithEveryFieldIsWrittenBackAsTheSameText() {
    String document = expected("record.json");

    ParentChildRecord record = ChildcareJson.readRecord(document).get();

    assertThat(ChildcareJson.writeRecord(record)).isEqualTo(document);
    assertThat(record.agreements()).hasSize(2);
    assertThat(record.otherResponsible().get().lastName().get()).isEqualTo("Roy");
  }

  @Test
  void aRecordWithoutFieldsIsWrittenWithEveryFieldNullOrEmpty() {
    assertThat(ChildcareJson.writeRecord(ChildcareJson.readRecord("{}").get()))
        .isEqualTo(expected("record-empty.json"));
  }

  @Test
  void aScenarioWithEveryFieldIsWrittenBackAsTheSameText() {
    String document = expected("scenario.json");

    Scenario scenario = ChildcareJson.readScenario(document).get();

    assertThat(ChildcareJson.writeScenario(scenario)).isEqualTo(document);
    assertThat(scenario.lettersSent()).hasSize(1);
    assertThat(scenario.ministerialPriorities()).hasSize(2);
  }

  @Test
  void aScenarioWithoutItsLaterOptionalFieldsIsWrittenWithoutThem() {
    String document = expected("scenario-bare.json");

    Scenario scenario = ChildcareJson.readScenario(document).get();

    assertThat(ChildcareJson.writeScenario(scenario)).isEqualTo(document);
    assertThat(scenario.analyst().isEmpty()).isTrue();
    assertThat(scenario.ministerialPriorities()).isEmpty();
    assertThat(scenario.lettersSent()).isEmpty();
  }

  @Test
  void placesAreWrittenBackAsTheSameText() {
    String document = expected("places.json");

    ProviderPlaces places = ChildcareJson.readPlaces(document).get();

    assertThat(ChildcareJson.writePlaces(places)).isEqualTo(document);
    assertThat(places.places()).hasSize(2);
    assertThat(places.records()).hasSize(1);
  }
}
