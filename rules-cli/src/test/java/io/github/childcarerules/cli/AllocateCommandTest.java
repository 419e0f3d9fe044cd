package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code allocate FILE}: the contract's worked example, the text for a person, and failures. */
class AllocateCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir Path folder;

  private static ObjectNode scenario() {
    return (ObjectNode) Fixtures.read(Fixtures.golden("allocation-scenario.json"));
  }

  private String write(JsonNode scenario) {
    return Fixtures.write(folder, "scenario.json", scenario.toPrettyString());
  }

  @Test
  void theContractExamplePrintsExactlyTheExpectedResult() {
    JsonNode expected = Fixtures.read(Fixtures.golden("allocation-scenario.expected.json"));

    Run run = Run.of("allocate", Fixtures.golden("allocation-scenario.json"), "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(expected.get("exit").intValue());
    assertThat(run.json()).isEqualTo(expected.get("output"));
    assertThat(keys(run.json().get("requests").get(0)))
        .containsExactlyElementsOf(keys(expected.get("output").get("requests").get(0)));
    assertThat(keys(run.json().get("batches").get(0)))
        .containsExactly("id", "outcome", "remainder", "allocations", "pendingProvider", "trail");
    assertThat(keys(run.json().get("batches").get(0).get("trail").get(3)))
        .containsExactly("event", "request", "provider", "failed", "kept", "rule");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "allocation-scenario",
        "allocation-board-refusal",
        "allocation-letters",
        "allocation-sector-order"
      })
  void everyWorkedExampleOfTheContractPrintsExactlyItsExpectedDocument(String name) {
    JsonNode expected = Fixtures.read(Fixtures.golden(name + ".expected.json"));

    Run run = Run.of("allocate", Fixtures.golden(name + ".json"), "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(expected.get("exit").intValue());
    assertThat(run.json()).isEqualTo(expected.get("output"));
    assertThat(shape(run.json())).isEqualTo(shape(expected.get("output")));
  }

  /** Every object's keys in document order, every array's elements, recursively. */
  private static Object shape(JsonNode node) {
    if (node.isObject()) {
      return node.propertyStream().map(e -> List.of(e.getKey(), shape(e.getValue()))).toList();
    }
    if (node.isArray()) {
      return node.valueStream().map(AllocateCommandTest::shape).toList();
    }
    return node;
  }

  @Test
  void theScenarioIsReadFromStandardInput() throws Exception {
    String document = Files.readString(Path.of(Fixtures.golden("allocation-scenario.json")));

    Run run = Run.withInput(document, "allocate", "-", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("letters")).hasSize(2);
  }

  @Test
  void theTextTellsEachBatchItsTrailWithRuleIdsThenRequestsAndLetters() {
    Run run = Run.of("allocate", Fixtures.golden("allocation-scenario.json"));

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "Lot B1 : toutes les places sont réparties",
            "1. Candidat : demande R1 de RSG-1 (même secteur, ordre chronologique)"
                + " [ALLOC_STEP1_SAME_SECTOR]",
            "RSG-1 ne maintient pas la demande R1 pour cette offre ; la demande reste au registre"
                + " [ALLOC_STEP2_MAINTAIN]",
            "non conforme : commitmentMatchesAgreements ; la demande est retirée"
                + " [ALLOC_STEP2_CONFORMITY]",
            "Le conseil a autorisé 2 places pour RSG-2 (demande R2) le 2016-03-15"
                + " [ALLOC_BOARD_DECISION]",
            "R3 : REFUSÉE, aucune place accordée, aucune place encore demandée, réponse écrite due"
                + " le 2015-05-15 (en retard), retirée du registre",
            "R1 : RECOMMANDÉE (décision du conseil attendue), aucune place accordée",
            "RSG-2, demande R2 : confirmation (annexe 3.1), due le 2016-03-15 — lot B1, 2 places"
                + " [ALLOC_BOARD_DECISION]",
            "RSG-3, demande R3 : refus (annexe 3.2), due le 2016-03-01 [ALLOC_STEP2_CONFORMITY]");
  }

  @Test
  void theTextIsInEnglishWhenAsked() {
    Run run = Run.of("allocate", Fixtures.golden("allocation-scenario.json"), "--lang", "en");

    assertThat(run.out())
        .contains(
            "Batch B1: every place is allocated; no place left",
            "File of RSG-2 recommended to the board for 2 places (request R2)"
                + " [ALLOC_STEP2_RECOMMEND]",
            "R2: ACCEPTED, 2 places granted, no place still asked, written answer due by"
                + " 2015-05-31 (late)",
            "R1: RECOMMENDED (board decision awaited), no place granted, no place still asked,"
                + " written answer due by 2015-05-01\n",
            "→ 1 place to RSG-1 (request R1), board decision awaited",
            "RSG-2, request R2: confirmation (annex 3.1), due 2016-03-15 — batch B1, 2 places"
                + " [ALLOC_BOARD_DECISION]",
            "RSG-3, request R3: refusal (annex 3.2), due 2016-03-01 [ALLOC_STEP2_CONFORMITY]");
  }

  @Test
  void aScenarioWithErrorsAllocatesNothingAndPrintsTheReport() {
    ObjectNode scenario = scenario();
    ObjectNode batch = (ObjectNode) scenario.get("batches").get(0);
    batch.put("places", 2.5).put("kind", "FOREVER").put("availableOn", "2016-02-30");
    ((ObjectNode) scenario.get("requests").get(2)).put("provider", "RSG-9");
    ((ObjectNode) scenario.get("sectors").get(0)).put("children", -1);
    ((ObjectNode) scenario.get("providers").get(1).get("answers")).remove("tenHourWeekdays");
    ((ObjectNode) scenario.get("boardDecisions").get(0)).put("request", "R9");
    scenario.putArray("sectorOrder").add("Princeville").add("Princeville");

    Run run = Run.of("allocate", write(scenario), "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(keys(run.json())).containsExactly("valid", "violations");
    assertThat(run.json().get("valid").booleanValue()).isFalse();
    assertThat(Run.violations(run.json()))
        .containsExactly(
            tuple("DATE_FORMAT", "batches[0].availableOn", "ERROR"),
            tuple("VALUE_NOT_ALLOWED", "batches[0].kind", "ERROR"),
            tuple("SCENARIO_PLACES_NOT_POSITIVE", "batches[0].places", "ERROR"),
            tuple("SCENARIO_UNKNOWN_REFERENCE", "boardDecisions[0].request", "ERROR"),
            tuple("SCENARIO_ANSWERS_INCONSISTENT", "providers[1].answers.tenHourWeekdays", "ERROR"),
            tuple("SCENARIO_UNKNOWN_PROVIDER", "requests[2].provider", "ERROR"),
            tuple("SCENARIO_DUPLICATE_ID", "sectorOrder[1]", "ERROR"),
            tuple("SCENARIO_NEGATIVE_COUNT", "sectors[0].children", "ERROR"));
  }

  @Test
  void theTextReportOfABadScenarioNamesEveryProblem() {
    ObjectNode scenario = scenario();
    ((ObjectNode) scenario.get("batches").get(1)).putNull("child");

    Run run = Run.of("allocate", write(scenario));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("Scénario non valide, aucune place n’est répartie : 1 erreur, 0 avertissement")
        .contains("SCENARIO_USED_WITHOUT_CHILD", "batches[1].child")
        .doesNotContain("Dossier");
    assertThat(Run.of("allocate", write(scenario), "--lang", "en").out())
        .startsWith("Scenario not valid, no place is allocated: 1 error, 0 warnings");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "batches[0].places | '\"2\"' | a number or null",
        "batches[0].id | 7 | a string or null",
        "batches[0].child | '[]' | an object or null",
        "providers[0].offer.needs | '\"x\"' | an array or null",
        "requests[0].emergency | '\"no\"' | true, false or null",
        "sectors | '{}' | an array or null",
        "sectorOrder | '\"Lyster\"' | an array or null",
        "boardDecisions[0].authorized | '\"yes\"' | true, false or null",
        "providers[0].answersByBatch | '[]' | an object or null",
        "providers[0].answersByBatch.B1 | '3' | an object or null",
        "requests[0].answeredOn | 20150420 | a string or null",
        "sectors[0].installationPlaces | '\"80\"' | a number or null"
      })
  void aValueOfTheWrongJsonTypeIsUnusableAtItsPath(String path, String json, String expected)
      throws Exception {
    String document = scenario().toString();
    String patched = patch(document, path, json);

    Run run = Run.of("allocate", Fixtures.write(folder, "bad.json", patched));

    Expect.unusable(run, "bad.json", path, expected);
  }

  @Test
  void unusableDocumentsExitWithTwo() {
    Expect.unusable(Run.of("allocate", "no-such-scenario.json"), "no such file");
    Expect.unusable(
        Run.of("allocate", Fixtures.write(folder, "array.json", "[]")), "an allocation scenario");
    Expect.unusable(
        Run.of(
            "allocate", Fixtures.write(folder, "dup.json", "{\"asOf\": \"a\", \"asOf\": \"b\"}")),
        "asOf");
  }

  @Test
  void theBundledGirouetteExampleShowsEveryKindOfStep() {
    Run run =
        Run.of("allocate", EXAMPLES.resolve("allocation/girouette.json").toString(), "--json");

    assertThat(run.exit()).isZero();
    JsonNode result = run.json();
    List<String> events =
        result
            .get("batches")
            .valueStream()
            .flatMap(batch -> batch.get("trail").valueStream())
            .map(event -> event.get("event").textValue())
            .distinct()
            .toList();
    assertThat(events)
        .contains(
            "CANDIDATE",
            "PROFILE_MISMATCH",
            "NOT_MAINTAINED",
            "NOT_CONFORM",
            "AWAITING_ANSWERS",
            "RECOMMENDED",
            "AUTHORIZED",
            "SECTOR_LEFT",
            "NO_CANDIDATE");
    List<String> outcomes =
        result.get("batches").valueStream().map(b -> b.get("outcome").textValue()).toList();
    assertThat(outcomes).contains("ALLOCATED", "PENDING_VERIFICATION", "RECOGNIZE_NEW_PROVIDER");
    assertThat(result.get("requests").valueStream().map(r -> r.get("status").textValue()))
        .contains(
            "GRANTED", "REFUSED", "ACCEPTED", "RECOMMENDED", "WAITING", "PENDING_VERIFICATION");
    assertThat(Run.of("allocate", EXAMPLES.resolve("allocation/scenario.json").toString()).exit())
        .isZero();
  }

  @Test
  void theGirouetteTrailVisitsSectorsInTheOrderOfThePolicysRatesWithInstallations() {
    JsonNode trail =
        Run.of("allocate", EXAMPLES.resolve("allocation/girouette.json").toString(), "--json")
            .json()
            .get("batches")
            .get(2)
            .get("trail");

    // POL, note under Tableau 1: Princeville 54.6 %, Lyster 55 % once installations count
    assertThat(
            trail
                .valueStream()
                .filter(event -> event.get("event").textValue().equals("SECTOR_LEFT"))
                .map(
                    event -> event.get("to").textValue() + " " + event.get("coverage").textValue()))
        .containsExactly("Inverness 25.71", "Princeville 54.67", "Lyster 55.00");
  }

  @Test
  void decreasesCarryTheirEffectiveDateAndRule() {
    JsonNode requests =
        Run.of("allocate", EXAMPLES.resolve("allocation/girouette.json").toString(), "--json")
            .json()
            .get("requests");

    JsonNode granted = requests.get(0);
    assertThat(granted.get("id").textValue()).isEqualTo("D1");
    assertThat(granted.get("status").textValue()).isEqualTo("GRANTED");
    assertThat(granted.get("effectiveOn").textValue()).isEqualTo("2016-02-19");
    assertThat(granted.get("rule").textValue()).isEqualTo("ALLOC_DECREASE_NOTICE");
    assertThat(granted.get("decisionDue").textValue()).isEqualTo("2016-02-19");
    JsonNode refused = requests.get(1);
    assertThat(refused.get("status").textValue()).isEqualTo("REFUSED");
    assertThat(refused.get("effectiveOn").isNull()).isTrue();
    assertThat(refused.get("rule").textValue()).isEqualTo("SUSPENSION_TOO_LONG");
    JsonNode increase = requests.get(3);
    assertThat(increase.get("id").textValue()).isEqualTo("R1");
    assertThat(increase.get("effectiveOn").isNull()).isTrue();
    assertThat(increase.get("rule").isNull()).isTrue();
  }

  @Test
  void theEnglishTextNamesTheProviderAwaitedAndTheSectorsSearched() {
    Run run =
        Run.of(
            "allocate", EXAMPLES.resolve("allocation/girouette.json").toString(), "--lang", "en");

    assertThat(run.out())
        .contains(
            "Batch B1: pending verification; 1 place left; answers awaited from RSG-P3",
            "searching sector Princeville (coverage 54.67 %) [ALLOC_STEP1_OTHER_SECTOR]",
            "Passed over: the offer of RSG-L1 (request R3) does not suit the child of the place"
                + " [ALLOC_STEP1_PROFILE]",
            "File of RSG-W1 recommended to the board for 2 places (request R8), until 2016-08-31",
            "D2: REFUSED, no place granted, no place still asked, written answer due by"
                + " 2016-02-04 (late) [SUSPENSION_TOO_LONG]",
            "D1: GRANTED, no place granted, no place still asked, written answer due by"
                + " 2016-02-19 (late), takes effect on 2016-02-19 [ALLOC_DECREASE_NOTICE]",
            "R3: WAITING, no place granted, 1 place still asked, written answer due by 2015-07-15\n",
            "RSG-F1, request R5: entry in the waiting register (annex 3.5), due"
                + " 2015-08-01 [ALLOC_DECISION_DELAY]",
            "RSG-P1, request R1: refusal (annex 3.2), due 2016-03-22 [ALLOC_STEP2_CONFORMITY]",
            "RSG-L2, request R4: confirmation (annex 3.1), due 2016-03-15 — batch B2, 1 place"
                + " [ALLOC_BOARD_DECISION]",
            "RSG-X2, request D2: decision on the decrease, due 2016-02-04 [ALLOC_DECISION_DELAY]");
  }

  @Test
  void theGridIsLaidOutAsAnnexSixInFrenchByDefault() {
    Run run = Run.of("allocate", Fixtures.golden("allocation-scenario.json"), "--grid");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .containsSubsequence(
            "GRILLE D’ANALYSE D’ATTRIBUTION DE PLACES SUBVENTIONNÉES (annexe 6) : lot B1",
            "A) DISPONIBILITÉ, PARTICULARITÉ ET STATUT DES PLACES",
            "Nombre de places disponibles : 2",
            "B) RÉPARTITION",
            "1. Attente dans le même secteur : OUI",
            "3. Priorité(s) ministérielle(s) : N/A",
            "RÉSULTATS",
            "Nombre de places maintenues : 2",
            "ÉTAPE 1 — IDENTIFICATION DU SERVICE DE GARDE (1/3)",
            "Service de garde sélectionné (demande) : RSG-1 (R1)",
            "ÉTAPE 2 — VÉRIFICATION DE LA CONFORMITÉ DU DOSSIER",
            "1. Validation avec le service de garde du maintien de la demande : NON",
            "CONFIRMATION",
            "Recommandation d’autorisation : NON",
            "(3/3)",
            "7. Modification de l’offre de service (annexe 2) : OUI",
            "Date prévue de l’offre de service : 2016-04-04",
            "Recommandation d’autorisation : OUI (nombre : 2)",
            "Date de la décision du C.A. : 2016-03-15",
            "Autorisation du C.A. : OUI",
            "lot B2",
            "Caractéristiques particulières : DISABILITY",
            "5. Besoin(s) particulier(s) : OUI",
            "2. Acceptation des places utilisées : OUI (nombre : 1)",
            "3. Acceptation des places libres : N/A");
    assertThat(run.out()).doesNotContain("CANDIDATE", "letters");
  }

  @Test
  void theGridIsInEnglishWhenAsked() {
    Run run =
        Run.of("allocate", Fixtures.golden("allocation-scenario.json"), "--grid", "--lang", "en");

    assertThat(run.out())
        .contains(
            "ANALYSIS GRID FOR ALLOCATING SUBSIDIZED PLACES (annex 6): batch B1",
            "1.1 Other sector(s) identified:",
            "STEP 2 — VERIFICATION OF THE FILE",
            "Authorized by the board: YES");
  }

  @Test
  void theGridAsJsonIsOneObjectPerBatchNamedAfterTheGridsSections() {
    JsonNode grids =
        Run.of("allocate", Fixtures.golden("allocation-sector-order.json"), "--grid", "--json")
            .json();

    assertThat(keys(grids)).containsExactly("grids");
    JsonNode grid = grids.get("grids").get(0);
    assertThat(keys(grid))
        .containsExactly(
            "batch", "analyst", "date", "places", "distribution", "results", "selections");
    assertThat(grid.get("distribution").get("otherSectors").toString())
        .isEqualTo(
            "[{\"sector\":\"Inverness\",\"coverage\":\"25.71\"},"
                + "{\"sector\":\"Princeville\",\"coverage\":\"54.67\"},"
                + "{\"sector\":\"Lyster\",\"coverage\":\"55.00\"}]");
    assertThat(grid.get("distribution").get("waitingInSector").textValue()).isEqualTo("NO");
    assertThat(keys(grid.get("selections").get(0)))
        .containsExactly(
            "request",
            "provider",
            "providerName",
            "providerAddress",
            "sector",
            "requestDate",
            "increase",
            "obtention",
            "complaintsOnFile",
            "complaintDetails",
            "followUp",
            "stepTwo",
            "confirmation");
    assertThat(grid.get("selections").valueStream().map(s -> s.get("request").textValue()))
        .containsExactly("RP", "RP2", "RL");
  }

  @Test
  void aScenarioWithErrorsPrintsItsReportEvenWithTheGrid() {
    ObjectNode scenario = scenario();
    scenario.remove("asOf");

    Run run = Run.of("allocate", write(scenario), "--grid", "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(Run.violations(run.json()))
        .containsExactly(tuple("SCENARIO_FIELD_REQUIRED", "asOf", "ERROR"));
  }

  private static List<String> keys(JsonNode object) {
    return object.propertyStream().map(Map.Entry::getKey).toList();
  }

  /** The document with the value at a simple path ({@code a[0].b.c}) replaced by raw JSON. */
  private static String patch(String document, String path, String json) throws Exception {
    JsonNode root = Run.parse(document);
    JsonNode parent = root;
    String[] steps = path.split("\\.");
    for (int i = 0; i < steps.length - 1; i++) {
      parent = step(parent, steps[i]);
    }
    String last = steps[steps.length - 1];
    ((ObjectNode) parent).set(last, Run.parse(json));
    return root.toString();
  }

  private static JsonNode step(JsonNode node, String step) {
    int bracket = step.indexOf('[');
    if (bracket < 0) {
      return node.get(step);
    }
    JsonNode list = node.get(step.substring(0, bracket));
    return ((ArrayNode) list).get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
  }
}
