package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.childcarerules.core.rule.ViolationPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every field, every bad value: a full record, a places document, a coverage table and a scenario,
 * each field (each list element, each object key, each CSV cell) substituted in turn with each
 * value of a table of hostile values, and the command line run on each document. Every run keeps
 * the outcome contract: exit 0 or 1 with output and nothing on standard error, or exit 2 with
 * exactly one line on standard error and no output; never "internal error", never a stack trace,
 * never a date outside the years 0001–9999 that the document did not hold as text, and within a
 * bounded time. The table of counts is printed at the end.
 *
 * <p>The scenario runs through {@code allocate} (result and grids) and {@code audit}.
 */
class SubstitutionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Far above a run of these sizes (a few milliseconds): a hang, not a slow machine. */
  private static final Duration BOUND = Duration.ofSeconds(10);

  /** A value as it is written in a JSON document, and its name in the table. */
  record Hostile(String name, String json) {}

  private static final String LONG = "x".repeat(20_000);

  /** The values each field is replaced by, written as JSON. */
  static final List<Hostile> VALUES =
      List.of(
          new Hostile("blank", "\"\""),
          new Hostile("whitespace", "\"  \\t \""),
          new Hostile("null", "null"),
          new Hostile("empty object", "{}"),
          new Hostile("empty array", "[]"),
          new Hostile("array of blank", "[\"\"]"),
          new Hostile("true", "true"),
          new Hostile("zero", "0"),
          new Hostile("negative", "-1"),
          new Hostile("fraction", "2.5"),
          new Hostile("huge", "123456789012345678901234567890"),
          new Hostile("huge negative", "-9223372036854775809"),
          new Hostile("huge exponent", "1e400"),
          new Hostile("tiny exponent", "1e-400"),
          new Hostile("number as text", "\"10\""),
          new Hostile("0001-01-01", "\"0001-01-01\""),
          new Hostile("9999-12-31", "\"9999-12-31\""),
          new Hostile("+10000-01-01", "\"+10000-01-01\""),
          new Hostile("0000-01-01", "\"0000-01-01\""),
          new Hostile("lone surrogate", "\"R\\uD800\""),
          new Hostile("reversed pair", "\"\\uDC00\\uD800\""),
          new Hostile("control", "\"a\\u0000b\\u001B[31mc\\rd\\ne\""),
          new Hostile("bidi", "\"\\u202Eabc\\u2066d\\u2069\""),
          new Hostile("separators", "\"\\u2028x\\u2029\""),
          new Hostile("zero width", "\"\\u200Bx\\uFEFF\\u2060\""),
          new Hostile("long", "\"" + LONG + "\""));

  /** The keys each object key is replaced by, written as JSON strings. */
  static final List<Hostile> KEYS =
      List.of(
          new Hostile("blank", "\"\""),
          new Hostile("whitespace", "\" \""),
          new Hostile("path syntax", "\"B1.x[0]\""),
          new Hostile("quote", "\"a\\\"b\\\\\""),
          new Hostile("lone surrogate", "\"R\\uD800\""),
          new Hostile("control", "\"MON\\nDossier valide\\r\""),
          new Hostile("bidi", "\"\\u202EMON\""),
          new Hostile("zero width", "\"MON\\u200B\""),
          new Hostile("long", "\"" + LONG + "\""));

  /** The cells each CSV cell is replaced by, as written in the file. */
  static final List<Hostile> CELLS =
      List.of(
          new Hostile("blank", ""),
          new Hostile("whitespace", "  \t "),
          new Hostile("quoted comma", "\"a,b\""),
          new Hostile("quoted line feed", "\"a\nTOTAL\""),
          new Hostile("bare quote", "a\"b"),
          new Hostile("zero", "0"),
          new Hostile("negative", "-1"),
          new Hostile("fraction", "2.5"),
          new Hostile("huge", "123456789012345678901234567890"),
          new Hostile("many decimals", "0." + "0".repeat(9_998) + "1"),
          new Hostile("too many digits", "1" + "0".repeat(10_001)),
          new Hostile("exponent", "1e5"),
          new Hostile("+10000-01-01", "+10000-01-01"),
          new Hostile("TOTAL", "TOTAL"),
          new Hostile("control", "a\u0000b\u001B[31mc\rd"),
          new Hostile("bidi", "\u202Eabc\u2066d"),
          new Hostile("separators", "\u2028x\u2029"),
          new Hostile("zero width", "\u200Bx\uFEFF"),
          new Hostile("surrogate bytes", "\u0000SURROGATE\u0000"),
          new Hostile("long", LONG));

  /** What each document's table row counts. */
  private static final Map<String, Count> COUNTS =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  private static final String VALUE = "__HOSTILE_VALUE__";
  private static final String KEY = "__HOSTILE_KEY__";

  private static final Pattern BAD_DATE =
      Pattern.compile(
          "\\+\\d{5,}-\\d{2}-\\d{2}|(?<![\\d.+-])-\\d{4,}-\\d{2}-\\d{2}|(?<!\\d)0000-\\d{2}-\\d{2}");

  // ---- the documents ----------------------------------------------------------------------

  @Test
  void everyFieldOfAFullRecordWithEveryBadValue() {
    List<String> failures =
        substituteJson(
            "record",
            "full-record.json",
            List.of(
                List.of("validate", "-"),
                List.of("validate", "-", "--json", "--lang", "en"),
                List.of(
                    "occupation",
                    "-",
                    "--from",
                    "2023-01-01",
                    "--to",
                    "2025-12-31",
                    "--by",
                    "month",
                    "--json"),
                List.of("occupation", "-", "--from", "2023-01-01", "--to", "2025-12-31"),
                List.of("attestation", "-", "--as-of", "2024-06-30"),
                List.of("attestation", "-", "--as-of", "2024-06-30", "--json")),
            true);
    assertThat(failures).isEmpty();
  }

  @Test
  void everyFieldOfAPlacesDocumentWithEveryBadValue() {
    List<String> failures =
        substituteJson(
            "places",
            "places.json",
            List.of(
                List.of("unoccupied-places", "-", "--from", "2023-01-01", "--to", "2025-12-31"),
                List.of(
                    "unoccupied-places",
                    "-",
                    "--from",
                    "2023-01-01",
                    "--to",
                    "2025-12-31",
                    "--json",
                    "--lang",
                    "en")),
            true);
    assertThat(failures).isEmpty();
  }

  @Test
  void everyCellOfACoverageTableWithEveryBadValue() {
    List<String> lines = resource("coverage-table.csv").lines().toList();
    List<List<String>> commands =
        List.of(List.of("coverage-audit", "-"), List.of("coverage-audit", "-", "--json"));
    List<Run> cases = new ArrayList<>();
    int fields = 0;
    for (int row = 0; row < lines.size(); row++) {
      String[] cells = lines.get(row).split(",", -1);
      for (int column = 0; column < cells.length; column++) {
        fields++;
        for (int c = 0; c < CELLS.size(); c++) {
          String[] changed = cells.clone();
          changed[column] = CELLS.get(c).json();
          List<String> document = new ArrayList<>(lines);
          document.set(row, String.join(",", changed));
          byte[] bytes = csvBytes(String.join("\n", document) + "\n");
          String where =
              "coverage|line " + (row + 1) + ", column " + (column + 1) + "|" + CELLS.get(c).name();
          for (List<String> command : commandsFor(commands, fields + c)) {
            // a cell is echoed as text: no date check
            cases.add(new Run(where, command, bytes, false));
          }
        }
      }
    }
    assertThat(runAll("coverage table", fields, CELLS.size() + " cells", cases)).isEmpty();
  }

  @Test
  void everyFieldOfAScenarioEndsWithAnOutcomeOrOneLineKnownFailuresAside() {
    List<String> failures =
        substituteJson(
            "scenario",
            "scenario.json",
            List.of(
                List.of("allocate", "-"),
                List.of("allocate", "-", "--json"),
                List.of("allocate", "-", "--grid"),
                List.of("allocate", "-", "--grid", "--json"),
                List.of("audit", "-"),
                List.of("audit", "-", "--json")),
            true);
    assertThat(failures).isEmpty();
  }

  @AfterAll
  static void printTheTable() {
    StringBuilder table =
        new StringBuilder(
            "SubstitutionTest (all commands on every case: "
                + Boolean.getBoolean("substitution.all")
                + ")\ndocument | fields | values | runs | seconds\n---|---|---|---|---\n");
    long fields = 0;
    long runs = 0;
    long nanos = 0;
    for (Map.Entry<String, Count> row : COUNTS.entrySet()) {
      Count count = row.getValue();
      table.append(
          String.format(
              "%s | %d | %s | %d | %.1f%n",
              row.getKey(), count.fields(), count.values(), count.runs(), count.nanos() / 1e9));
      fields += count.fields();
      runs += count.runs();
      nanos += count.nanos();
    }
    table.append(String.format("total | %d | | %d | %.1f%n", fields, runs, nanos / 1e9));
    System.out.print(table);
  }

  // ---- substitution in JSON ---------------------------------------------------------------

  /**
   * Every substitution of {@code file}: each value of {@link #VALUES} in place of each field and
   * element, each key of {@link #KEYS} in place of each key, run with {@code commands}; returns the
   * failures, each {@code "case → why [command]"}.
   */
  private static List<String> substituteJson(
      String name, String file, List<List<String>> commands, boolean dates) {
    JsonNode base = read(resource(file));
    List<Position> positions = positions(base, "");
    List<Run> cases = new ArrayList<>();
    for (int p = 0; p < positions.size(); p++) {
      Position position = positions.get(p);
      List<Hostile> values = position.key() ? KEYS : VALUES;
      String placeholder = "\"" + (position.key() ? KEY : VALUE) + "\"";
      String template = position.substitute(base).toString();
      for (int v = 0; v < values.size(); v++) {
        byte[] document = template.replace(placeholder, values.get(v).json()).getBytes(UTF_8);
        String where = name + "|" + position.label() + "|" + values.get(v).name();
        for (List<String> command : commandsFor(commands, p + v)) {
          cases.add(new Run(where, command, document, dates));
        }
      }
    }
    return runAll(
        name, positions.size(), VALUES.size() + " values, " + KEYS.size() + " keys", cases);
  }

  /** A place of a document to substitute: a value (a field or an element) or a field's key. */
  record Position(String label, List<Object> steps, boolean key) {
    /** A copy of {@code document} with the placeholder at this position. */
    JsonNode substitute(JsonNode document) {
      JsonNode copy = document.deepCopy();
      JsonNode parent = copy;
      for (Object step : steps.subList(0, steps.size() - 1)) {
        parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
      }
      Object last = steps.get(steps.size() - 1);
      if (last instanceof Integer index) {
        ((ArrayNode) parent).set(index, TextNode.valueOf(VALUE));
      } else if (!key) {
        ((ObjectNode) parent).set((String) last, TextNode.valueOf(VALUE));
      } else {
        ObjectNode renamed = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : parent.properties()) {
          renamed.set(field.getKey().equals(last) ? KEY : field.getKey(), field.getValue());
        }
        ((ObjectNode) parent).removeAll().setAll(renamed);
      }
      return copy;
    }
  }

  /** Every value and every key under {@code node}, in document order. */
  static List<Position> positions(JsonNode node, String path) {
    List<Position> positions = new ArrayList<>();
    collect(node, path, new ArrayList<>(), positions);
    return positions;
  }

  private static void collect(
      JsonNode node, String path, List<Object> steps, List<Position> positions) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String at = ViolationPaths.key(path, field.getKey());
        List<Object> next = new ArrayList<>(steps);
        next.add(field.getKey());
        positions.add(new Position(at, next, false));
        positions.add(new Position(at + " (key)", next, true));
        collect(field.getValue(), at, next, positions);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String at = ViolationPaths.index(path, i);
        List<Object> next = new ArrayList<>(steps);
        next.add(i);
        positions.add(new Position(at, next, false));
        collect(node.get(i), at, next, positions);
      }
    }
  }

  // ---- the contract of one run ------------------------------------------------------------

  /** One run of the command line: the case's name, the command, the document, the date check. */
  record Run(String name, List<String> command, byte[] document, boolean dates) {}

  /** A row of the table: positions substituted, values tried at each, runs, time taken. */
  record Count(int fields, String values, int runs, long nanos) {}

  /**
   * The commands to run on the {@code index}-th case: all of them with {@code
   * -Dsubstitution.all=true}, else one in turn, so that every command meets every kind of value and
   * every position.
   */
  private static List<List<String>> commandsFor(List<List<String>> commands, int index) {
    return Boolean.getBoolean("substitution.all")
        ? commands
        : List.of(commands.get(Math.floorMod(index, commands.size())));
  }

  /** Runs every case (in parallel) and counts them in the table; returns the failures. */
  private static List<String> runAll(String document, int fields, String values, List<Run> cases) {
    long start = System.nanoTime();
    List<String> failures =
        cases.parallelStream()
            .map(SubstitutionTest::check)
            .flatMap(Optional::stream)
            .sorted()
            .toList();
    COUNTS.put(document, new Count(fields, values, cases.size(), System.nanoTime() - start));
    return failures;
  }

  /**
   * Runs {@code run} and says what breaks the outcome contract, as {@code "case → why [command]"};
   * with {@code dates}, also a date outside 0001–9999 that the document did not hold.
   */
  private static Optional<String> check(Run run) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int exit;
    try {
      exit =
          Main.run(
              run.command().toArray(String[]::new),
              new ByteArrayInputStream(run.document()),
              new PrintStream(out, true, UTF_8),
              new PrintStream(err, true, UTF_8));
    } catch (RuntimeException | Error e) {
      return Optional.of(run.name() + " → threw " + e + " " + run.command());
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String output = out.toString(UTF_8);
    String errors = err.toString(UTF_8);
    List<String> why = new ArrayList<>();
    if (took.compareTo(BOUND) > 0) {
      why.add("took " + took);
    }
    if (exit == 2) {
      List<String> lines = errors.lines().toList();
      if (lines.size() != 1 || !lines.get(0).startsWith("childcare-rules: ")) {
        why.add("exit 2 with " + lines.size() + " lines on standard error");
      }
      if (!output.isEmpty()) {
        why.add("exit 2 with output");
      }
    } else if (exit == 0 || exit == 1) {
      if (!errors.isEmpty()) {
        why.add("exit " + exit + " with standard error " + first(errors));
      }
      if (output.isEmpty()) {
        why.add("exit " + exit + " without output");
      }
    } else {
      why.add("exit " + exit);
    }
    if (errors.contains("internal error")) {
      why.add(first(errors));
    }
    if (errors.contains("\tat ") || errors.contains("Exception")) {
      why.add("a stack trace");
    }
    if (run.dates()) {
      String input = new String(run.document(), UTF_8);
      Matcher date = BAD_DATE.matcher(output);
      while (date.find()) {
        if (!input.contains(date.group())) {
          why.add("wrote the date " + date.group());
          break;
        }
      }
    }
    return why.isEmpty()
        ? Optional.empty()
        : Optional.of(run.name() + " → " + String.join("; ", why) + " " + run.command());
  }

  private static String first(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  // ---- plumbing ---------------------------------------------------------------------------

  /** The table's text as UTF-8, the marker of the surrogate bytes replaced by ED A0 80. */
  private static byte[] csvBytes(String table) {
    String marker = "\u0000SURROGATE\u0000";
    int at = table.indexOf(marker);
    if (at < 0) {
      return table.getBytes(UTF_8);
    }
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    joined.writeBytes(table.substring(0, at).getBytes(UTF_8));
    joined.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    joined.writeBytes(table.substring(at + marker.length()).getBytes(UTF_8));
    return joined.toByteArray();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = SubstitutionTest.class.getResourceAsStream("/substitution/" + name)) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
