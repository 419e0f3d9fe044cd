package io.github.childcarerules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.RecordValidator;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FORMAT.md's record document to the model: as entered, positions kept, types checked. */
class JsonRecordsTest {
  @Test
  void stringsAreKeptExactlyAsEntered() {
    ParentChildRecord record =
        JsonRecords.readLine(
            """
            {"child": {"lastName": "  Gagnon ", "firstName": "", "sex": "f",
                       "birthDate": "2022-1-3", "nirec": " "},
             "responsible": {"role": "CHOOSE"}}
            """);

    var child = record.child().get();
    assertThat(child.lastName()).isEqualTo(Option.some("  Gagnon "));
    assertThat(child.firstName()).isEqualTo(Option.some(""));
    assertThat(child.sex()).isEqualTo(Option.some("f"));
    assertThat(child.birthDate()).isEqualTo(Option.some("2022-1-3"));
    assertThat(child.nirec()).isEqualTo(Option.some(" "));
    assertThat(child.necsg()).isEmpty();
    assertThat(record.responsible().get().role()).isEqualTo(Option.some("CHOOSE"));
  }

  @Test
  void bornOutsideQuebecStaysUnansweredWhenNullOrAbsent() {
    assertThat(
            JsonRecords.readLine("{\"child\": {\"bornOutsideQuebec\": null}}")
                .child()
                .get()
                .bornOutsideQuebec())
        .isEmpty();
    assertThat(JsonRecords.readLine("{\"child\": {}}").child().get().bornOutsideQuebec()).isEmpty();
    assertThat(
            JsonRecords.readLine("{\"child\": {\"bornOutsideQuebec\": false}}")
                .child()
                .get()
                .bornOutsideQuebec())
        .isEqualTo(Option.some(false));
  }

  @Test
  void absentAndNullObjectsAreAbsent() {
    ParentChildRecord record =
        JsonRecords.readLine(
            "{\"child\": null, \"otherResponsible\": null, \"serviceOffer\": null}");

    assertThat(record.child()).isEmpty();
    assertThat(record.responsible()).isEmpty();
    assertThat(record.otherResponsible()).isEmpty();
    assertThat(record.serviceOffer()).isEmpty();
    assertThat(record.agreements()).isEmpty();
  }

  @Test
  void absentBooleansAreFalse() {
    ParentChildRecord record =
        JsonRecords.readLine(
            "{\"agreements\": [{\"signed\": true, \"replacement\": null}], \"serviceOffer\": {}}");

    Agreement agreement = record.agreements().head();
    assertThat(agreement.signed()).isTrue();
    assertThat(agreement.replacement()).isFalse();
    assertThat(agreement.reducedContribution()).isFalse();
    assertThat(record.serviceOffer().get().cisssReservationConvention()).isFalse();
  }

  @Test
  void aNullElementOfAListIsAbsentAndTheOthersKeepTheirIndex() {
    ParentChildRecord record =
        JsonRecords.readLine(
            """
            {"ecpPeriods": [null, {"start": "2024-02-30"}],
             "agreements": [null, {"start": "2024-01-01", "specialSchedules": [null, {}],
                                   "schedule": {"weeks": [null, {"MON": ["DAY_1"]}]}}]}
            """);

    assertThat(record.ecpPeriods()).hasSize(2);
    assertThat(record.ecpPeriods().head().isAbsent()).isTrue();
    assertThat(record.agreements().head().isAbsent()).isTrue();
    Agreement second = record.agreements().get(1);
    assertThat(second.specialSchedules()).hasSize(2);
    assertThat(second.schedule().get().weeks()).hasSize(2);
    assertThat(second.schedule().get().weeks().head().days()).isEmpty();
    assertThat(RecordValidator.validate(record).violations())
        .extracting(v -> v.rule(), v -> v.path())
        .contains(
            tuple(Rule.DATE_FORMAT, "ecpPeriods[1].start"),
            tuple(Rule.AGREEMENT_END_REQUIRED, "agreements[1].end"));
  }

  @Test
  void unknownDayAndBracketKeysArePassedOnForTheLibraryToReport() {
    ParentChildRecord record =
        JsonRecords.readLine(
            """
            {"ageBrackets": {"MONTHS_0_17": "2023-03-06", "MOIS_18_59": null, "SCHOOL_AGE": null},
             "agreements": [{"schedule": {"weeks": [{"MER": ["DAY_1"], "TUE": null}]}}]}
            """);

    assertThat(record.ageBrackets().toJavaMap())
        .containsExactly(
            Map.entry("MONTHS_0_17", "2023-03-06"),
            Map.entry("MOIS_18_59", ""),
            Map.entry("SCHOOL_AGE", ""));
    assertThat(record.agreements().head().schedule().get().weeks().head().days().toJavaMap())
        .containsEntry("MER", List.of("DAY_1"))
        .containsEntry("TUE", List.empty());
    assertThat(RecordValidator.validate(record).violations())
        .extracting(v -> v.rule(), v -> v.path())
        .contains(
            tuple(Rule.VALUE_NOT_ALLOWED, "ageBrackets.MOIS_18_59"),
            tuple(Rule.VALUE_NOT_ALLOWED, "agreements[0].schedule.weeks[0].MER"));
  }

  @Test
  void theTransitionalMeasureIsAPeriod() {
    SpecialPeriod measure =
        JsonRecords.readLine(
                "{\"transitionalMeasure\": {\"start\": \"2024-09-01\", \"end\": null}}")
            .transitionalMeasure()
            .get();

    assertThat(measure.start()).isEqualTo(Option.some("2024-09-01"));
    assertThat(measure.end()).isEmpty();
  }

  @Test
  void aNullSlotIsTheWrongType() {
    assertThatThrownBy(
            () ->
                JsonRecords.readLine(
                    "{\"agreements\": [{\"schedule\": {\"weeks\": [{\"MON\": [null]}]}}]}"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("agreements[0].schedule.weeks[0].MON[0]: expected a string, found null");
  }

  @Test
  void aWeekThatIsNotAnObjectIsTheWrongType() {
    assertThatThrownBy(
            () -> JsonRecords.readLine("{\"agreements\": [{\"schedule\": {\"weeks\": [[]]}}]}"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("agreements[0].schedule.weeks[0]: expected an object or null, found an array");
  }

  @Test
  void aWholeDocumentLocatesASyntaxErrorByLineAndColumn() {
    var document =
        new ByteArrayInputStream("{\n\n  \"child\": tru\n}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> JsonRecords.read(document))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith("line 3, column ");
  }

  @Test
  void aBatchLineLocatesASyntaxErrorByColumn() {
    assertThatThrownBy(() -> JsonRecords.readLine("{\"child\": tru}"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith("column ");
  }

  @Test
  void errorMessagesAreOneLineWithoutJacksonsSourceDescription() {
    assertThatThrownBy(() -> JsonRecords.readLine("{\"child\": {"))
        .isInstanceOf(UnusableInputException.class)
        .message()
        .doesNotContain("\n", "REDACTED", "Source:");
  }

  @Test
  void aBlankLineOfTextIsNoRecord() {
    assertThatThrownBy(() -> JsonRecords.readLine(" \t "))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("blank line, expected a record");
  }
}
