package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit FILE} (FORMAT.md "Audit of a BC's decisions"): the contract's worked example, the
 * bundled Girouette audit with its three departures, the text in French and English, and the exit
 * status of a clean office, of a scenario with an error and of unusable input.
 */
class AuditCommandTest {
  private static final String GIROUETTE =
      Path.of("..", "examples", "allocation", "girouette-audit.json").toString();

  @TempDir Path folder;

  /** Every object's keys in document order, every array's elements, recursively. */
  private static Object shape(JsonNode node) {
    if (node.isObject()) {
      return node.propertyStream().map(e -> List.of(e.getKey(), shape(e.getValue()))).toList();
    }
    if (node.isArray()) {
      return node.valueStream().map(AuditCommandTest::shape).toList();
    }
    return node;
  }

  // ---- the contract's worked example

  @Test
  void theContractExamplePrintsExactlyItsExpectedDocumentBesideTheMessages() {
    JsonNode expected = Fixtures.read(Fixtures.golden("audit-decisions.expected.json"));

    Run run = Run.of("audit", Fixtures.golden("audit-decisions.json"), "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(expected.get("exit").intValue());
    JsonNode audit = run.json();
    for (JsonNode departure : audit.get("departures")) {
      assertThat(departure.get("message").textValue()).contains("POL");
      ((ObjectNode) departure).remove("message");
    }
    assertThat(audit).isEqualTo(expected.get("output"));
    assertThat(shape(audit)).isEqualTo(shape(expected.get("output")));
  }

  @Test
  void eachDepartureOfTheContractExampleEndsWithItsMessage() {
    JsonNode departures =
        Run.of("audit", Fixtures.golden("audit-decisions.json"), "--json").json().get("departures");

    for (JsonNode departure : departures) {
      List<String> keys = departure.propertyStream().map(e -> e.getKey()).toList();
      assertThat(keys.get(0)).isEqualTo("id");
      assertThat(keys.get(keys.size() - 1)).isEqualTo("message");
    }
  }

  // ---- the bundled example for auditors

  @Test
  void theGirouetteAuditFindsThreeDeparturesOfDifferentKinds() {
    Run run = Run.of("audit", GIROUETTE, "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(1);
    JsonNode departures = run.json().get("departures");
    assertThat(departures.valueStream())
        .extracting(
            d -> d.get("id").textValue(),
            d -> d.path("batch").textValue(),
            d -> d.get("request").textValue())
        .containsExactly(
            tuple("AUDIT_SKIPPED_EARLIER", "B1", "O1"),
            tuple("AUDIT_GRANT_NOT_ELIGIBLE", "B2", "R3"),
            tuple("AUDIT_LETTER_LATE", null, "R5"));
    assertThat(departures.get(0).get("earlier").toString()).isEqualTo("[\"R7\"]");
    assertThat(departures.get(0).get("reason").textValue()).contains("RSG-P3");
    assertThat(departures.get(1).get("breaks").textValue()).isEqualTo("ALLOC_STEP1_PROFILE");
    assertThat(departures.get(1).get("instead").toString()).isEqualTo("[\"R4\"]");
    assertThat(departures.get(1).has("reason")).isFalse();
    assertThat(departures.get(2).get("letter").textValue()).isEqualTo("WAITING_REGISTER");
    assertThat(departures.get(2).get("due").textValue()).isEqualTo("2015-08-01");
    assertThat(departures.get(2).get("sentOn").textValue()).isEqualTo("2015-08-14");
    assertThat(run.json().get("pending")).isEmpty();
  }

  @Test
  void theGirouetteAuditReadsAsTextInFrenchByDefault() {
    Run run = Run.of("audit", GIROUETTE);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("Vérification des décisions du bureau coordonnateur (RULES.md §10) : 3 écarts")
        .contains(
            "lot B1, demande O1 : Le conseil a octroyé le 2016-03-15 des places du lot B1 à la"
                + " demande O1, venue après des demandes qui n’en ont reçu aucune : R7.",
            "Motif inscrit au dossier : RSG-P3 (demande R7) n’a pas rappelé",
            "[AUDIT_SKIPPED_EARLIER]",
            "lot B2, demande R3 : Le conseil a octroyé le 2016-03-15 des places du lot B2 à la"
                + " demande R3, que le parcours de la politique écarte pour ce lot"
                + " (ALLOC_STEP1_PROFILE) ; les places revenaient d’abord à : R4.",
            "demande R5 : La lettre « inscription au registre d’attente (annexe 3.5) » sur la"
                + " demande R5, due le 2015-08-01, a été envoyée le 2015-08-14.",
            "[AUDIT_LETTER_LATE]");
  }

  @Test
  void theGirouetteAuditReadsInEnglishWhenAsked() {
    Run run = Run.of("audit", GIROUETTE, "--lang", "en");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("Audit of the coordinating office’s decisions (RULES.md §10): 3 departures")
        .contains(
            "batch B1, request O1: The board authorized places of batch B1 for request O1 on"
                + " 2016-03-15, ahead of requests that came first and got none: R7.",
            "batch B2, request R3: The board authorized places of batch B2 for request R3 on"
                + " 2016-03-15, which the policy’s walk of that batch passes over"
                + " (ALLOC_STEP1_PROFILE); the places were first due to: R4.",
            "request R5: The letter “entry in the waiting register (annex 3.5)” about request"
                + " R5, due 2015-08-01, was sent on 2015-08-14.");
    JsonNode json = Run.of("audit", GIROUETTE, "--json", "--lang", "en").json();
    assertThat(json.get("departures").get(2).get("message").textValue())
        .startsWith("The letter “entry in the waiting register (annex 3.5)”");
  }

  // ---- exit status

  private static final String CLEAN =
      """
      {
        "asOf": "2016-03-01",
        "batches": [ { "id": "B1", "places": 1, "sector": "S", "availableOn": "2016-01-04",
                       "kind": "PERMANENT", "status": "FREE", "origin": "RETURNED" } ],
        "requests": [ { "id": "R1", "type": "INCREASE", "provider": "P1", "sector": "S",
                        "receivedOn": "2015-12-15", "places": 1 } ],
        "providers": [ { "id": "P1", "sector": "S",
                         "offer": { "ageGroups": ["MONTHS_18_59"], "needs": [],
                                    "characteristics": [] },
                         "answers": { "maintainsRequest": true, "placesWanted": 1,
                                      "keepsRequest": true, "engagementFormsOnFile": true,
                                      "offerSuitsNeeds": true,
                                      "commitmentMatchesAgreements": true,
                                      "tenHourWeekdays": true, "meetsPlaceNeeds": true } } ],
        "boardDecisions": [ { "batch": "B1", "request": "R1", "authorized": true,
                              "on": "2016-01-10", "places": 1 } ],
        "lettersSent": [ { "request": "R1", "letter": "CONFIRMATION", "sentOn": "2016-01-14" } ]
      }
      """;

  @Test
  void anOfficeThatFollowedThePolicyExitsWithZero() {
    String file = Fixtures.write(folder, "clean.json", CLEAN);

    Run json = Run.of("audit", file, "--json");
    Run text = Run.of("audit", file, "--lang", "en");

    assertThat(json.exit()).isZero();
    assertThat(json.err()).isEmpty();
    assertThat(json.json().get("departures")).isEmpty();
    assertThat(json.json().get("requests").get(0).get("status").textValue()).isEqualTo("ACCEPTED");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("(RULES.md §10): no departure");
    // the confirmation sent a day after the decisionDue it was due by is late
    String late =
        Fixtures.write(folder, "late.json", CLEAN.replace("2016-01-14\" }", "2016-01-15\" }"));
    assertThat(Run.of("audit", late).exit()).isEqualTo(1);
  }

  @Test
  void aScenarioWithAnErrorIsNotAuditedAndItsReportIsPrinted() {
    ObjectNode scenario = (ObjectNode) Fixtures.read(GIROUETTE);
    ArrayNode letters = (ArrayNode) scenario.get("lettersSent");
    ((ObjectNode) letters.get(0)).put("letter", "EMAIL");
    ((ObjectNode) letters.get(1)).put("sentOn", "2015-02-30");
    ((ObjectNode) letters.get(2)).put("request", "R99");
    ((ObjectNode) letters.get(3)).remove("sentOn");
    ((ObjectNode) scenario.get("boardDecisions").get(0)).put("places", 0);
    String file = Fixtures.write(folder, "bad.json", scenario.toPrettyString());

    Run json = Run.of("audit", file, "--json");
    Run text = Run.of("audit", file, "--lang", "en");

    assertThat(json.exit()).isEqualTo(1);
    assertThat(json.json().get("valid").booleanValue()).isFalse();
    assertThat(json.json().has("departures")).isFalse();
    assertThat(Run.violations(json.json()))
        .containsExactly(
            tuple("SCENARIO_PLACES_NOT_POSITIVE", "boardDecisions[0].places", "ERROR"),
            tuple("VALUE_NOT_ALLOWED", "lettersSent[0].letter", "ERROR"),
            tuple("DATE_FORMAT", "lettersSent[1].sentOn", "ERROR"),
            tuple("SCENARIO_UNKNOWN_REFERENCE", "lettersSent[2].request", "ERROR"),
            tuple("SCENARIO_FIELD_REQUIRED", "lettersSent[3].sentOn", "ERROR"));
    assertThat(text.exit()).isEqualTo(1);
    assertThat(text.out())
        .startsWith("Scenario not valid, no place is allocated: 5 errors, 0 warnings")
        .contains("lettersSent[0].letter");
  }

  @Test
  void unusableJsonExitsWithTwoAndOneLineOnStandardError() {
    Expect.unusable(
        Run.of("audit", Fixtures.write(folder, "broken.json", "{\n  \"asOf\": \n}\n"), "--json"),
        "broken.json: line 3");
    Expect.unusable(Run.of("audit", "no-such-scenario.json"), "no such file");
    Expect.unusable(
        Run.of("audit", Fixtures.write(folder, "array.json", "[]")), "an allocation scenario");
    Expect.unusable(
        Run.of(
            "audit",
            Fixtures.write(folder, "typed.json", "{\"lettersSent\": [{\"sentOn\": 20160101}]}")),
        "lettersSent[0].sentOn");
  }
}
