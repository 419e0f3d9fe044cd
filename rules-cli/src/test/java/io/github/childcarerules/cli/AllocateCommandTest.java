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
    assertThat(keys(run.json().get("batches").get(0).get("trail").get(1)))
        .containsExactly("event", "request", "provider", "failed", "rule");
  }

  @Test
  void theScenarioIsReadFromStandardInput() throws Exception {
    String document = Files.readString(Path.of(Fixtures.golden("allocation-scenario.json")));

    Run run = Run.withInput(document, "allocate", "-", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("notices")).hasSize(2);
  }

  @Test
  void theTextTellsEachBatchItsTrailWithRuleIdsThenRequestsAndNotices() {
    Run run = Run.of("allocate", Fixtures.golden("allocation-scenario.json"));

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "Lot B1 : toutes les places sont réparties",
            "1. Candidat : demande R1 de RSG-1 (même secteur, ordre chronologique)"
                + " [ALLOC_STEP1_SAME_SECTOR]",
            "non conforme : commitmentMatchesAgreements [ALLOC_STEP2_CONFORMITY]",
            "R1 : REFUSÉE, aucune place accordée, réponse écrite due le 2015-05-01 (en retard),"
                + " gardée au registre",
            "RSG-2, demande R2 : annexe 3.1 (confirmation)");
  }

  @Test
  void theTextIsInEnglishWhenAsked() {
    Run run = Run.of("allocate", Fixtures.golden("allocation-scenario.json"), "--lang", "en");

    assertThat(run.out())
        .contains(
            "Batch B1: every place is allocated; no place left",
            "File of RSG-2 recommended to the board for 2 places (request R2)"
                + " [ALLOC_STEP2_RECOMMEND]",
            "R2: ACCEPTED, 2 places granted, written answer due by 2015-05-31 (late)");
  }

  @Test
  void aScenarioWithErrorsAllocatesNothingAndPrintsTheReport() {
    ObjectNode scenario = scenario();
    ObjectNode batch = (ObjectNode) scenario.get("batches").get(0);
    batch.put("places", 2.5).put("kind", "FOREVER").put("availableOn", "2016-02-30");
    ((ObjectNode) scenario.get("requests").get(2)).put("provider", "RSG-9");
    ((ObjectNode) scenario.get("sectors").get(0)).put("children", -1);
    ((ObjectNode) scenario.get("providers").get(1).get("answers")).remove("tenHourWeekdays");

    Run run = Run.of("allocate", write(scenario), "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(keys(run.json())).containsExactly("valid", "violations");
    assertThat(run.json().get("valid").booleanValue()).isFalse();
    assertThat(Run.violations(run.json()))
        .containsExactly(
            tuple("DATE_FORMAT", "batches[0].availableOn", "ERROR"),
            tuple("VALUE_NOT_ALLOWED", "batches[0].kind", "ERROR"),
            tuple("SCENARIO_PLACES_NOT_POSITIVE", "batches[0].places", "ERROR"),
            tuple("SCENARIO_ANSWERS_INCONSISTENT", "providers[1].answers.tenHourWeekdays", "ERROR"),
            tuple("SCENARIO_UNKNOWN_PROVIDER", "requests[2].provider", "ERROR"),
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
        "sectors | '{}' | an array or null"
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
            "SECTOR_LEFT",
            "NO_CANDIDATE");
    List<String> outcomes =
        result.get("batches").valueStream().map(b -> b.get("outcome").textValue()).toList();
    assertThat(outcomes).contains("ALLOCATED", "PENDING_VERIFICATION", "RECOGNIZE_NEW_PROVIDER");
    assertThat(result.get("requests").valueStream().map(r -> r.get("status").textValue()))
        .contains("GRANTED", "REFUSED", "ACCEPTED", "WAITING", "PENDING_VERIFICATION");
    assertThat(Run.of("allocate", EXAMPLES.resolve("allocation/scenario.json").toString()).exit())
        .isZero();
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
            "Batch B3: pending verification; 2 places left; answers awaited from RSG-P3",
            "searching sector Saint-Ferdinand [ALLOC_STEP1_OTHER_SECTOR]",
            "Passed over: the offer of RSG-L1 (request R3) does not suit the child of the place"
                + " [ALLOC_STEP1_PROFILE]",
            "D2: REFUSED, no place granted, written answer due by 2016-02-04 (late)"
                + " [SUSPENSION_TOO_LONG]",
            "D1: GRANTED, no place granted, written answer due by 2016-02-19 (late), takes effect"
                + " on 2016-02-19 [ALLOC_DECREASE_NOTICE]",
            "RSG-P1, request R1: annex 3.2 (refusal)");
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
