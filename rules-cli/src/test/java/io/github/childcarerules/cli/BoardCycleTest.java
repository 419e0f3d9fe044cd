package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinating office's cycle on the bundled Girouette example, as docs/guide/allocation.md tells
 * it: run, read the grid, record the board's decisions, run again, send the letters.
 */
class BoardCycleTest {
  private static final String GIROUETTE =
      Path.of("..", "examples", "allocation", "girouette.json").toString();

  @TempDir Path folder;

  @Test
  void theBoardsDecisionsChangeNothingBeforeTheFirstRecommendationTheyDecide() {
    // 1. the first run: recommendations wait for the board
    JsonNode first = Run.of("allocate", GIROUETTE, "--json").json();
    assertThat(statuses(first)).contains("RECOMMENDED R2", "RECOMMENDED R6", "RECOMMENDED O1");
    assertThat(letters(first)).doesNotContain("RSG-P2 R2 CONFIRMATION");

    // 2. the grids the analyst files with the board: one per batch, recommendations blank
    JsonNode grids = Run.of("allocate", GIROUETTE, "--grid", "--json").json().get("grids");
    assertThat(grids.valueStream().map(g -> g.get("batch").textValue()))
        .containsExactly("B1", "B2", "B3", "B4", "D1");
    assertThat(
            grids
                .get(0)
                .get("selections")
                .get(1)
                .get("confirmation")
                .get("recommended")
                .textValue())
        .isEqualTo("YES");
    assertThat(grids.get(0).get("selections").get(1).get("confirmation").get("authorized").isNull())
        .isTrue();

    // 3. the board decides every pending recommendation: it refuses R2 in B3, authorizes the rest
    ObjectNode scenario = (ObjectNode) Fixtures.read(GIROUETTE);
    ArrayNode decisions = (ArrayNode) scenario.get("boardDecisions");
    List<String> decided = new ArrayList<>();
    for (JsonNode batch : first.get("batches")) {
      for (JsonNode event : batch.get("trail")) {
        String batchId = batch.get("id").textValue();
        if (event.get("event").textValue().equals("RECOMMENDED") && !batchId.equals("B2")) {
          String request = event.get("request").textValue();
          boolean refused = batchId.equals("B3") && request.equals("R2");
          decisions
              .addObject()
              .put("batch", batchId)
              .put("request", request)
              .put("authorized", !refused)
              .put("on", "2016-04-12");
          decided.add(batchId + " " + request);
        }
      }
    }
    assertThat(decided).contains("B1 R2", "B3 R2", "B3 O1", "B3 R6", "D1 R8");

    // 4. the second run
    JsonNode second =
        Run.of(
                "allocate",
                Fixtures.write(folder, "decided.json", scenario.toPrettyString()),
                "--json")
            .json();

    // nothing changed before the first event the new decisions decide, in the order of the run
    // (B1, B2, B3 by availability, then D1 made by a decrease effective 2016-02-19 runs first)
    JsonNode d1 = batch(second, "D1");
    assertThat(trail(d1).subList(0, 2)).isEqualTo(trail(batch(first, "D1")).subList(0, 2));
    assertThat(trail(d1).get(2)).startsWith("AUTHORIZED R8");
    for (String id : List.of("B1", "B2", "B3", "B4")) {
      List<String> before = trail(batch(first, id));
      List<String> after = trail(batch(second, id));
      int firstDecided = firstDecided(before, id, decided);
      if (firstDecided < 0) {
        assertThat(after).as(id).isEqualTo(before);
      } else {
        assertThat(after.subList(0, firstDecided + 1))
            .as(id)
            .isEqualTo(before.subList(0, firstDecided + 1));
      }
    }
    // the refusal sent B3's place on to the next candidate, who waits for the board
    assertThat(
            trail(batch(second, "B3")).stream().map(e -> e.split(" ")[0] + " " + e.split(" ")[1]))
        .containsSubsequence("RECOMMENDED R2", "BOARD_REFUSED R2", "CANDIDATE R7");

    // 5. the letters due: confirmations, the refusal, the decreases' decisions
    assertThat(letters(second))
        .contains(
            "RSG-P2 R2 CONFIRMATION",
            "RSG-P2 R2 REFUSAL",
            "RSG-L2 R4 CONFIRMATION",
            "RSG-Y1 R6 CONFIRMATION",
            "RSG-W1 R8 CONFIRMATION",
            "RSG-P1 R1 REFUSAL",
            "RSG-X1 D1 DECREASE_DECISION",
            "RSG-X2 D2 DECREASE_DECISION");
    assertThat(statuses(second)).contains("ACCEPTED R2", "ACCEPTED R6", "ACCEPTED R8");
    // a letter is due by the request's decisionDue, or by the decision it reports when later
    for (JsonNode letter : second.get("letters")) {
      String request = letter.get("request").textValue();
      JsonNode outcome =
          second
              .get("requests")
              .valueStream()
              .filter(r -> r.get("id").textValue().equals(request))
              .findFirst()
              .orElseThrow();
      // R4 was authorized on 2016-03-15 in the scenario, the others on 2016-04-12 above; a
      // refusal after a decline or failed checks reports the run of 2016-03-22
      String expected =
          switch (letter.get("rule").textValue()) {
            case "ALLOC_BOARD_DECISION" -> request.equals("R4") ? "2016-03-15" : "2016-04-12";
            case "ALLOC_STEP2_MAINTAIN", "ALLOC_STEP2_CONFORMITY" -> "2016-03-22";
            default -> outcome.get("decisionDue").textValue();
          };
      assertThat(letter.get("due").textValue()).as(request).isEqualTo(expected);
    }
  }

  /** Index of the first RECOMMENDED event of the trail that a new decision decides, or -1. */
  private static int firstDecided(List<String> trail, String batch, List<String> decided) {
    for (int i = 0; i < trail.size(); i++) {
      String[] words = trail.get(i).split(" ");
      if (words[0].equals("RECOMMENDED") && decided.contains(batch + " " + words[1])) {
        return i;
      }
    }
    return -1;
  }

  private static JsonNode batch(JsonNode result, String id) {
    return result
        .get("batches")
        .valueStream()
        .filter(b -> b.get("id").textValue().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** The trail as "EVENT request" words (the whole event compared through its JSON text). */
  private static List<String> trail(JsonNode batch) {
    return batch
        .get("trail")
        .valueStream()
        .map(
            e ->
                e.get("event").textValue()
                    + (e.has("request") ? " " + e.get("request").textValue() : "")
                    + " "
                    + e)
        .toList();
  }

  private static List<String> statuses(JsonNode result) {
    return result
        .get("requests")
        .valueStream()
        .map(r -> r.get("status").textValue() + " " + r.get("id").textValue())
        .toList();
  }

  private static List<String> letters(JsonNode result) {
    return result
        .get("letters")
        .valueStream()
        .map(
            l ->
                l.get("provider").textValue()
                    + " "
                    + l.get("request").textValue()
                    + " "
                    + l.get("letter").textValue())
        .toList();
  }
}
