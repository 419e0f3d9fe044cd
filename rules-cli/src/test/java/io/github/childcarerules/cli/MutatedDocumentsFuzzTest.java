package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structure-aware fuzzing: the fuzzer's bytes do not make a document but choose mutations of a
 * valid one (a record, a places document, a scenario), field by field, so that each input is
 * well-formed JSON of the right shape and reaches validation, the counts and the allocation, not
 * only the parser. A mutation puts a value of {@link SubstitutionTest}'s hostile table, a string, a
 * number, a date, an enumeration token or a value of another type at a field, element or key,
 * deletes one, or repeats an element. Every run keeps {@link ReadersFuzzTest}'s contract and writes
 * no date outside 0001–9999 that the document does not hold. Without {@code JAZZER_FUZZ} each
 * target replays its corpus ({@code MutatedDocumentsFuzzTestInputs/<target>/}: this inputs,
 * written as mutations); {@code ReadersFuzzTest#anyReader} reaches the three targets from its first
 * byte (6, 7 and 8).
 *
 * <p>The bytes are read in order ({@link Choices}): the document (0 a valid record, 1 a full one),
 * the number of mutations less one, then for each its kind, its place (a byte {@code FF}, a length
 * and the place's label in ASCII, such as {@code agreements[0].schedule.weeks[0].MON (key)}; or two
 * bytes of an index) and its operand.
 */
class MutatedDocumentsFuzzTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private static final List<String> TOKENS =
      List.of(
          "F",
          "M",
          "X",
          "MOTHER",
          "FATHER",
          "CHOOSE",
          "MON",
          "SUN",
          "DAY_1",
          "NIGHT_2",
          "MONTHS_0_17",
          "MONTHS_18_59",
          "SCHOOL_AGE",
          "2024-02-29",
          "2023-02-29");

  private static final String PLACEHOLDER = "__FUZZ_";

  private static final Pattern BAD_DATE =
      Pattern.compile(
          "\\+\\d{5,}-\\d{2}-\\d{2}|(?<![\\d.+-])-\\d{4,}-\\d{2}-\\d{2}|(?<!\\d)0000-\\d{2}-\\d{2}");

  @FuzzTest(maxExecutions = 500)
  void mutatedRecord(byte[] input) {
    record(input);
  }

  @FuzzTest(maxExecutions = 500)
  void mutatedPlaces(byte[] input) {
    places(input);
  }

  @FuzzTest(maxExecutions = 300)
  void mutatedScenario(byte[] input) {
    scenario(input);
  }

  @org.junit.jupiter.api.Test
  void theCorpusHoldsTheInputsItsNamesSay() throws IOException {
    assertThat(mutated("mutatedRecord/weekday-key-line-feed", "full-record.json"))
        .contains("\"MON\\nDossier valide\\r\":[\"DAY_1\",\"DAY_2\"]");
    assertThat(mutated("mutatedRecord/weekday-keys-lone-surrogates", "full-record.json"))
        .contains("\"R\\uD800\":[", "\"R\\uDC00\":[");
    assertThat(mutated("mutatedRecord/born-9999-12-31-transitional-measure", "full-record.json"))
        .contains("\"birthDate\":\"9999-12-31\"");
    assertThat(mutated("mutatedPlaces/overlapping-entries-of-ten-thousand", "places.json"))
        .contains(
            "[" + "{\"from\":\"2023-01-01\",\"to\":\"2024-12-31\",\"count\":10000},".repeat(9));
    assertThat(mutated("mutatedScenario/blank-age-group", "scenario.json"))
        .contains("\"ageGroups\":[\"\",\"MONTHS_18_59\"]");
    assertThat(mutated("mutatedScenario/answers-by-batch-key-path-syntax", "scenario.json"))
        .contains("\"answersByBatch\":{\"B1.x[0]\":{");
  }

  private static String mutated(String seed, String base) throws IOException {
    byte[] input;
    try (java.io.InputStream in =
        MutatedDocumentsFuzzTest.class.getResourceAsStream(
            "MutatedDocumentsFuzzTestInputs/" + seed)) {
      input = in.readAllBytes();
    }
    Choices choices = new Choices(input);
    choices.next(2);
    return new String(mutate(read(SubstitutionTest.resource(base)), choices), UTF_8);
  }

  /** A valid record mutated by {@code input}, validated, counted and attested. */
  static void record(byte[] input) {
    Choices choices = new Choices(input);
    JsonNode base =
        choices.next(2) == 0
            ? Fixtures.validRecord()
            : read(SubstitutionTest.resource("full-record.json"));
    byte[] document = mutate(base, choices);
    check(document, "validate", "-", "--json");
    check(document, "validate", "-", "--lang", "en");
    check(
        document,
        "occupation",
        "-",
        "--from",
        "2023-01-01",
        "--to",
        "2025-12-31",
        "--by",
        "month",
        "--json");
    check(document, "attestation", "-", "--as-of", "2024-06-30");
  }

  /** A provider's places and records mutated by {@code input}, searched for unoccupied places. */
  static void places(byte[] input) {
    Choices choices = new Choices(input);
    choices.next(2);
    byte[] document = mutate(read(SubstitutionTest.resource("places.json")), choices);
    check(
        document, "unoccupied-places", "-", "--from", "2023-01-01", "--to", "2025-12-31", "--json");
    check(document, "unoccupied-places", "-", "--from", "2023-01-01", "--to", "2025-12-31");
  }

  /**
   * A full scenario mutated by {@code input}, field by field, allocated (result and grids) and
   * audited: the engine, not only the reader, sees each mutation.
   */
  static void scenario(byte[] input) {
    Choices choices = new Choices(input);
    choices.next(2);
    byte[] document = mutate(read(SubstitutionTest.resource("scenario.json")), choices);
    check(document, "allocate", "-", "--json");
    check(document, "allocate", "-", "--grid", "--lang", "en");
    check(document, "audit", "-");
  }

  private static void check(byte[] document, String... command) {
    Run run = ReadersFuzzTest.run(document, command);
    String input = new String(document, UTF_8);
    Matcher date = BAD_DATE.matcher(run.out());
    while (date.find()) {
      assertThat(input).as("a date written that the document did not hold").contains(date.group());
    }
  }

  /** {@code base} with the mutations {@code choices} make, as the bytes of a JSON document. */
  static byte[] mutate(JsonNode base, Choices choices) {
    JsonNode document = base.deepCopy();
    List<String> fragments = new ArrayList<>();
    int steps = 1 + choices.next(4);
    for (int step = 0; step < steps; step++) {
      int kind = choices.next(8);
      List<SubstitutionTest.Position> positions = SubstitutionTest.positions(document, "");
      if (positions.isEmpty()) {
        break;
      }
      SubstitutionTest.Position position = choices.position(positions);
      JsonNode parent = parent(document, position);
      Object last = position.steps().get(position.steps().size() - 1);
      JsonNode value = null;
      String newKey = null;
      switch (kind) {
        case 0 -> {
          List<SubstitutionTest.Hostile> table =
              position.key() ? SubstitutionTest.KEYS : SubstitutionTest.VALUES;
          fragments.add(table.get(choices.next(table.size())).json());
          String placeholder = PLACEHOLDER + (fragments.size() - 1) + "__";
          if (position.key()) {
            newKey = placeholder;
          } else {
            value = NODES.textNode(placeholder);
          }
        }
        case 1 -> {
          String text = choices.text();
          if (position.key()) {
            newKey = text;
          } else {
            value = NODES.textNode(text);
          }
        }
        case 2 ->
            value =
                choices.next(2) == 0
                    ? NODES.numberNode(choices.u64())
                    : NODES.numberNode(BigDecimal.valueOf(choices.u64(), choices.next(41) - 20));
        case 3 ->
            value =
                NODES.textNode(
                    String.format(
                        "%04d-%02d-%02d",
                        choices.next(10_002), choices.next(14), choices.next(33)));
        case 4 -> {
          remove(parent, last);
          continue;
        }
        case 5 -> {
          repeat(parent, last, 1 + choices.next(8));
          continue;
        }
        case 6 -> value = NODES.textNode(TOKENS.get(choices.next(TOKENS.size())));
        default ->
            value =
                switch (choices.next(4)) {
                  case 0 -> NODES.objectNode();
                  case 1 -> NODES.arrayNode();
                  case 2 -> NODES.booleanNode(true);
                  default -> NODES.nullNode();
                };
      }
      if (newKey != null) {
        rename((ObjectNode) parent, (String) last, newKey);
      } else if (last instanceof Integer index) {
        ((ArrayNode) parent).set(index, value);
      } else {
        ((ObjectNode) parent).set((String) last, value);
      }
    }
    String text;
    try {
      text = JSON.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < fragments.size(); i++) {
      text = text.replace("\"" + PLACEHOLDER + i + "__\"", fragments.get(i));
    }
    return text.getBytes(UTF_8);
  }

  private static JsonNode parent(JsonNode document, SubstitutionTest.Position position) {
    JsonNode parent = document;
    for (Object step : position.steps().subList(0, position.steps().size() - 1)) {
      parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
    }
    return parent;
  }

  private static void remove(JsonNode parent, Object last) {
    if (last instanceof Integer index) {
      ((ArrayNode) parent).remove(index);
    } else {
      ((ObjectNode) parent).remove((String) last);
    }
  }

  /** Repeats an element {@code times} times after itself; a field gets a sibling copy. */
  private static void repeat(JsonNode parent, Object last, int times) {
    if (last instanceof Integer index) {
      for (int i = 0; i < times; i++) {
        ((ArrayNode) parent).insert(index, parent.get(index).deepCopy());
      }
    } else {
      ((ObjectNode) parent).set(last + "_copy", parent.get((String) last).deepCopy());
    }
  }

  private static void rename(ObjectNode parent, String key, String newKey) {
    ObjectNode renamed = NODES.objectNode();
    for (Map.Entry<String, JsonNode> field : parent.properties()) {
      renamed.set(field.getKey().equals(key) ? newKey : field.getKey(), field.getValue());
    }
    parent.removeAll().setAll(renamed);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fuzzer's bytes read as choices, in order; 0 once they run out. */
  static final class Choices {
    private final byte[] data;
    private int at;

    Choices(byte[] data) {
      this.data = data;
    }

    int u8() {
      return at < data.length ? data[at++] & 0xFF : 0;
    }

    long u64() {
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | u8();
      }
      return value;
    }

    /** A number from 0 to {@code bound} - 1: one byte, or two when {@code bound} is over 256. */
    int next(int bound) {
      int value = bound <= 256 ? u8() : (u8() << 8) | u8();
      return Math.floorMod(value, bound);
    }

    /** Up to 63 UTF-16 code units, two bytes each: any character, a lone surrogate included. */
    String text() {
      int length = u8() % 64;
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append((char) ((u8() << 8) | u8()));
      }
      return text.toString();
    }

    /** A place: {@code FF}, a length and a label in ASCII; else two bytes of an index. */
    SubstitutionTest.Position position(List<SubstitutionTest.Position> positions) {
      int first = u8();
      if (first == 0xFF) {
        int length = u8();
        StringBuilder label = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
          label.append((char) u8());
        }
        String wanted = label.toString();
        return positions.stream()
            .filter(position -> position.label().equals(wanted))
            .findFirst()
            .orElse(positions.get(Math.floorMod(wanted.hashCode(), positions.size())));
      }
      return positions.get(((first << 8) | u8()) % positions.size());
    }
  }
}
