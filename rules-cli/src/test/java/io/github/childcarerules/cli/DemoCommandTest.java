package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code demo}: a guided tour of every command over the examples the build bundles. */
class DemoCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  /** Where the demo's last step writes its pages. */
  @TempDir Path pages;

  /** Each step after the validation: the command the demo shows, as arguments. */
  private static final List<List<String>> STEPS =
      List.of(
          List.of(
              "occupation",
              "examples/occupation-record.json",
              "--from",
              "2024-04-01",
              "--to",
              "2025-03-31",
              "--by",
              "fiscal-year"),
          List.of("attestation", "examples/attestation-record.json", "--as-of", "2025-02-14"),
          List.of(
              "unoccupied-places",
              "examples/places/provider-places.json",
              "--from",
              "2024-01-01",
              "--to",
              "2024-12-31"),
          List.of(
              "care-unit",
              "--birth-date",
              "2019-09-30",
              "--on",
              "2024-10-15",
              "--stay",
              "07:00-08:00,15:30-17:00"),
          List.of("age-brackets", "--birth-date", "2019-09-30", "--on", "2024-10-15"),
          List.of("allocate", "examples/allocation/girouette.json"),
          List.of("coverage-audit", "examples/coverage/coverage-table.csv"));

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void everyStepShowsItsCommandThenPrintsWhatThatCommandPrints(String lang) throws IOException {
    assumeTrue(!examples().isEmpty(), "the repository's examples/ folder holds examples");

    Run run = Run.of("demo", "--lang", lang, "--pages", pages.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    String suffix = lang.equals("en") ? " --lang en" : "";
    String step = lang.equals("en") ? "=== Step %d/9: " : "=== Étape %d/9 : ";
    String command =
        lang.equals("en") ? ". Command: childcare-rules " : ". Commande : childcare-rules ";
    String anyRecord = lang.equals("en") ? "examples/FILE.json" : "examples/FICHIER.json";
    assertThat(heading(run.outLines(), step.formatted(1)))
        .endsWith(command + "validate " + anyRecord + suffix);
    for (int i = 0; i < STEPS.size(); i++) {
      List<String> shown = STEPS.get(i);
      String heading = heading(run.outLines(), step.formatted(i + 2));
      assertThat(heading).endsWith(command + String.join(" ", shown) + suffix);
      Run alone = Run.of(onDisk(shown, lang));
      assertThat(alone.err()).as("the command of step %d alone", i + 2).isEmpty();
      assertThat(run.out())
          .as("step %d prints what its command prints", i + 2)
          .contains(heading + System.lineSeparator() + alone.out());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void theFirstStepValidatesEveryBundledRecordThenSumsUp(String lang) throws IOException {
    List<String> examples = examples();
    assumeTrue(!examples.isEmpty(), "the repository's examples/ folder holds examples");

    List<String> lines = Run.of("demo", "--lang", lang, "--pages", pages.toString()).outLines();

    for (int i = 0; i < examples.size(); i++) {
      String name = examples.get(i);
      String heading = "[" + (i + 1) + "/" + examples.size() + "] " + name;
      assertThat(lines).as("heading of %s", name).contains(heading);
      String report =
          String.join(
              System.lineSeparator(), lines.subList(lines.indexOf(heading) + 1, lines.size()));
      assertThat(report)
          .as("the report of %s, as validate prints it", name)
          .startsWith(
              Run.of("validate", EXAMPLES.resolve(name).toString(), "--lang", lang).out().strip());
    }
    assertThat(lines)
        .anyMatch(
            line ->
                line.matches(
                    lang.equals("en")
                        ? "Summary: \\d+ records? valid out of " + examples.size() + "\\."
                        : "Bilan : \\d+ dossiers? valides? sur " + examples.size() + "\\."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void theDemoSpeaksOneLanguageThroughout(String lang) {
    Run run = Run.of("demo", "--lang", lang, "--pages", pages.toString());

    assertThat(run.exit()).isZero();
    if (lang.equals("en")) {
      assertThat(run.out())
          .startsWith("Demo:")
          .contains("Summary:", "To go further:", "Care unit:", "Planned occupation")
          .doesNotContain("Bilan", "Étape", "Commande", "demi-journées");
    } else {
      assertThat(run.out())
          .startsWith("Démonstration :")
          .contains("Bilan :", "Pour aller plus loin :", "Unité de garde :", "Occupation prévue")
          .doesNotContain("Summary", "Step ", "Command:", "half-days");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void aStepWhoseExampleIsNotBundledIsSkippedAndTheDemoGoesOn(String lang) throws IOException {
    assumeTrue(!examples().isEmpty(), "the repository's examples/ folder holds examples");
    SortedMap<String, byte[]> files = bundled();
    files.remove("allocation/girouette.json");
    files.remove("occupation-record.json");

    Demo demo = Demo.over(files, lang, pages);

    assertThat(demo.exit()).isZero();
    assertThat(demo.lines())
        .contains(
            lang.equals("en")
                ? "Step skipped: the example examples/allocation/girouette.json is not bundled with"
                    + " this installation."
                : "Étape sautée : l’exemple examples/allocation/girouette.json n’est pas fourni"
                    + " avec cette installation.");
    assertThat(demo.lines())
        .filteredOn(line -> line.contains("occupation-record.json"))
        .hasSize(2); // the step's heading and the line saying it was skipped
    assertThat(demo.out()).doesNotContain("[8/11]").contains("[8/10]");
    assertThat(demo.lines()).filteredOn(line -> line.startsWith("=== ")).hasSize(9);
    assertThat(demo.out())
        .contains(
            Run.of(onDisk(STEPS.get(STEPS.size() - 1), lang)).out()); // the coverage audit runs
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void withNothingBundledEveryStepIsSkippedButTheCareUnitAndTheAgeBrackets(String lang) {
    Demo demo = Demo.over(new TreeMap<>(), lang, pages);

    assertThat(demo.exit()).isZero();
    assertThat(demo.lines()).filteredOn(line -> line.startsWith("=== ")).hasSize(9);
    assertThat(demo.lines())
        .filteredOn(line -> line.startsWith(lang.equals("en") ? "Step skipped:" : "Étape sautée :"))
        .hasSize(7); // the pages too: no example to write the page of
    assertThat(demo.out()).contains(Run.of(onDisk(STEPS.get(3), lang)).out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void anUnusableExampleIsOneLineAndTheDemoGoesOn(String lang) throws IOException {
    assumeTrue(!examples().isEmpty(), "the repository's examples/ folder holds examples");
    SortedMap<String, byte[]> files = bundled();
    files.put("occupation-record.json", "{\"child\": [".getBytes(UTF_8));
    files.put("coverage/coverage-table.csv", "not a table".getBytes(UTF_8));

    Demo demo = Demo.over(files, lang, pages);

    assertThat(demo.exit()).isZero();
    String unusable = lang.equals("en") ? "Unusable example: " : "Exemple inutilisable : ";
    // validate, occupation and coverage-audit; then the pages of the record and of the table
    assertThat(demo.lines()).filteredOn(line -> line.startsWith(unusable)).hasSize(5);
    assertThat(demo.lines())
        .contains(
            unusable
                + "occupation-record.json: line 1, column 12: Unexpected end-of-input:"
                + " expected close marker for Array (start marker at [line: 1, column: 11])");
    assertThat(demo.out()).doesNotContain("standard input:", "entrée standard :");
    assertThat(demo.out()).contains(Run.of(onDisk(STEPS.get(4), lang)).out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void theLastStepWritesThePagesOfTheRecordsTheGirouetteAllocationAndTheTableAndSaysWhere(
      String lang) throws IOException {
    List<String> examples = examples();
    assumeTrue(!examples.isEmpty(), "the repository's examples/ folder holds examples");

    Run run = Run.of("demo", "--lang", lang, "--pages", pages.resolve("out").toString());

    assertThat(run.exit()).isZero();
    List<String> lines = run.outLines();
    String heading = heading(lines, lang.equals("en") ? "=== Step 9/9: " : "=== Étape 9/9 : ");
    String suffix = lang.equals("en") ? " --lang en" : "";
    assertThat(heading)
        .endsWith(
            lang.equals("en")
                ? "report examples/FILE.json --out FILE.html" + suffix
                : "report examples/FICHIER.json --out FICHIER.html");
    String where = pages.resolve("out").toAbsolutePath().toString();
    assertThat(lines)
        .contains(
            lang.equals("en")
                ? "Pages written in " + where + " (open them in a browser, or print them):"
                : "Pages écrites dans "
                    + where
                    + " (à ouvrir dans un navigateur, ou à imprimer) :");
    for (String name : examples) {
      String page = name.replace(".json", ".html");
      assertThat(lines).contains("  " + page + " ← examples/" + name);
      assertThat(Files.readString(pages.resolve("out").resolve(page), UTF_8))
          .isEqualTo(Run.of("report", EXAMPLES.resolve(name).toString(), "--lang", lang).out());
    }
    assertThat(lines).contains("  girouette.html ← examples/allocation/girouette.json");
    assertThat(Files.readString(pages.resolve("out").resolve("girouette.html"), UTF_8))
        .isEqualTo(
            Run.of(
                    "report",
                    EXAMPLES.resolve("allocation/girouette.json").toString(),
                    "--lang",
                    lang)
                .out());
    assertThat(lines).contains("  coverage-table.html ← examples/coverage/coverage-table.csv");
    assertThat(Files.readString(pages.resolve("out").resolve("coverage-table.html"), UTF_8))
        .isEqualTo(
            Run.of(
                    "report",
                    EXAMPLES.resolve("coverage/coverage-table.csv").toString(),
                    "--lang",
                    lang)
                .out());
  }

  /** The one line of the demo that starts with {@code start}. */
  private static String heading(List<String> lines, String start) {
    List<String> found = lines.stream().filter(line -> line.startsWith(start)).toList();
    assertThat(found).as("heading %s", start).hasSize(1);
    return found.get(0);
  }

  /** The command {@code shown} run on the repository's examples folder, in {@code lang}. */
  private static String[] onDisk(List<String> shown, String lang) {
    List<String> arguments = new ArrayList<>();
    for (String argument : shown) {
      arguments.add(
          argument.startsWith("examples/")
              ? EXAMPLES.resolve(argument.substring("examples/".length())).toString()
              : argument);
    }
    arguments.add("--lang");
    arguments.add(lang);
    return arguments.toArray(String[]::new);
  }

  /** The examples folder as the build bundles it: every file, by path within the folder. */
  private static SortedMap<String, byte[]> bundled() throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(EXAMPLES)) {
      paths = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : paths) {
      files.put(EXAMPLES.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
    }
    return files;
  }

  /**
   * The *.json record files of the repository's examples/ folder, by name, as the build bundles
   * them (the documents of other commands are in subfolders).
   */
  private static List<String> examples() throws IOException {
    if (!Files.isDirectory(EXAMPLES)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .sorted()
          .toList();
    }
  }

  /** One demo over chosen examples. */
  private record Demo(int exit, String out) {
    static Demo over(SortedMap<String, byte[]> files, String lang, Path pages) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StandardStreams streams =
          new StandardStreams(
              new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, UTF_8));
      int exit =
          new CommandLine(new DemoCommand(streams, () -> BundledExamples.of(files)))
              .execute("--lang", lang, "--pages", pages.toString());
      return new Demo(exit, out.toString(UTF_8));
    }

    List<String> lines() {
      return out.lines().toList();
    }
  }
}
