package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate FILE [--saved FILE]}: the report, its language and the exit status. */
class ValidateCommandTest {
  @TempDir Path folder;

  private final String valid = Fixtures.golden("valid-two-agreements.json");
  private final String invalid = Fixtures.golden("invalid-agreements.json");

  @Test
  void aValidRecordExitsZeroAndSaysSo() {
    Run run = Run.of("validate", valid);

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly("Dossier valide");
  }

  @Test
  void aRecordWithAnErrorExitsOneWithOneLinePerViolation() {
    Run run = Run.of("validate", invalid);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines())
        .hasSize(4)
        .first()
        .isEqualTo("Dossier non valide : 3 erreurs, 0 avertissement");
    assertThat(run.outLines().get(2))
        .contains("ERREUR", "agreements[1]", "AGREEMENTS_OVERLAP", "agreements[0]")
        .contains("users' expectation");
  }

  @Test
  void warningsAloneLeaveTheRecordValid() {
    ObjectNode record = Fixtures.validRecord();
    ArrayNode saturday = ((ObjectNode) record.at("/agreements/0/schedule/weeks/0")).putArray("SAT");
    saturday.add("DAY_1").add("DAY_2");

    Run run = Run.withInput(record.toString(), "validate", "-", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("valid").booleanValue()).isTrue();
    assertThat(run.json().get("violations"))
        .extracting(v -> v.get("rule").textValue(), v -> v.get("severity").textValue())
        .containsExactly(tuple("TWENTY_DAYS_PER_FOUR_WEEKS", "WARNING"));
  }

  @Test
  void aDashReadsTheRecordFromStandardInput() {
    JsonNode fromFile = Run.of("validate", invalid, "--json").json();

    Run run = Run.withInput(Fixtures.read(invalid).toString(), "validate", "-", "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.json()).isEqualTo(fromFile);
  }

  @Test
  void aFiveMegabyteLastNameIsReadAndReportedAsTooLong() {
    ObjectNode record = Fixtures.validRecord();
    ((ObjectNode) record.get("child")).put("lastName", "x".repeat(5_000_000));
    String file = Fixtures.write(folder, "long-name.json", record.toString());

    Run run = Run.of("validate", file, "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.json().get("violations"))
        .extracting(v -> v.get("rule").textValue(), v -> v.get("path").textValue())
        .containsExactly(tuple("CHILD_LAST_NAME_TOO_LONG", "child.lastName"));
    assertThat(run.out()).hasSizeLessThan(10_000);
  }

  @Test
  void changingTheBirthDateOfASavedRecordIsReported() {
    ObjectNode proposed = Fixtures.validRecord();
    ((ObjectNode) proposed.get("child")).put("birthDate", "2022-11-02");
    String file = Fixtures.write(folder, "proposed.json", proposed.toString());

    Run run = Run.of("validate", file, "--saved", valid, "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.json().get("violations"))
        .extracting(v -> v.get("rule").textValue(), v -> v.get("path").textValue())
        .containsExactly(tuple("CHILD_BIRTH_DATE_IMMUTABLE", "child.birthDate"));
  }

  @Test
  void aNewSchoolAgeDateAndASavedAgreementMovedToTheReducedContributionAreWarnings() {
    ObjectNode saved = Fixtures.validRecord();
    ((ObjectNode) saved.get("agreements").get(0)).remove("reducedContribution");
    ObjectNode proposed = Fixtures.validRecord();
    ((ObjectNode) proposed.get("ageBrackets")).put("SCHOOL_AGE", "2027-09-01");
    String savedFile = Fixtures.write(folder, "saved.json", saved.toString());
    String file = Fixtures.write(folder, "proposed.json", proposed.toString());

    Run run = Run.of("validate", file, "--saved", savedFile, "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("valid").booleanValue()).isTrue();
    assertThat(run.json().get("violations"))
        .extracting(
            v -> v.get("rule").textValue(),
            v -> v.get("severity").textValue(),
            v -> v.get("path").textValue())
        .containsExactly(
            tuple("SCHOOL_AGE_DATE_CHANGED", "WARNING", "ageBrackets.SCHOOL_AGE"),
            tuple("REDUCED_CONTRIBUTION_CHANGED", "WARNING", "agreements[0].reducedContribution"));
    assertThat(Run.of("validate", file, "--json").json().get("violations")).isEmpty();
  }

  @Test
  void anUnchangedSavedRecordAddsNothing() {
    Run run = Run.of("validate", valid, "--saved", valid, "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("violations")).isEmpty();
  }

  @Test
  void messagesAreFrenchByDefaultAndEnglishOnRequest() {
    JsonNode french = Run.of("validate", invalid, "--json").json().get("violations");
    JsonNode explicitFrench =
        Run.of("validate", invalid, "--json", "--lang", "fr").json().get("violations");
    JsonNode english =
        Run.of("validate", invalid, "--json", "--lang", "en").json().get("violations");

    assertThat(explicitFrench).isEqualTo(french);
    assertThat(english).hasSameSizeAs(french);
    for (int i = 0; i < french.size(); i++) {
      assertThat(english.get(i).get("rule")).isEqualTo(french.get(i).get("rule"));
      assertThat(english.get(i).get("message")).isNotEqualTo(french.get(i).get("message"));
    }
    assertThat(french.get(0).get("message").textValue()).contains("horaire particulier");
    assertThat(english.get(0).get("message").textValue()).contains("special schedule");
  }

  @Test
  void theTextReportIsInTheChosenLanguage() {
    assertThat(Run.of("validate", invalid, "--lang", "en").outLines())
        .first()
        .isEqualTo("Record not valid: 3 errors, 0 warnings");
    assertThat(Run.of("validate", valid, "--lang=en").outLines()).containsExactly("Record valid");
  }

  @Test
  void unknownFieldsAreIgnored() {
    ObjectNode record = Fixtures.validRecord();
    record.putObject("comment").put("by", "the BC").putArray("tags").add(1);

    assertThat(Run.withInput(record.toString(), "validate", "-").exit()).isZero();
  }

  @Test
  void nullMeansAbsent() {
    ObjectNode record = Fixtures.validRecord();
    record.putNull("agreements");

    Run run = Run.withInput(record.toString(), "validate", "-", "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.json().get("violations"))
        .extracting(v -> v.get("rule").textValue(), v -> v.get("path").textValue())
        .containsExactly(tuple("AGREEMENT_REQUIRED", "agreements"));
  }
}
