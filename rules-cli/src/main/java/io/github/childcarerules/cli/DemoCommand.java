package io.github.childcarerules.cli;

import io.github.childcarerules.cli.report.TextRenderer;
import io.github.childcarerules.json.internal.UnusableInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: a guided tour of every capability over the bundled examples, for a person at a
 * terminal. Each step after the validation of the records runs the very command it names, on the
 * bundled example, so the demo prints what that command prints.
 */
@Command(
    name = "demo",
    description = {
      "A guided tour over the bundled examples: validation of every record, occupation,"
          + " attestation, unoccupied places, a care unit, an allocation and a coverage audit,"
          + " each with the command that prints the same; it ends by writing the printable pages"
          + " of the example records, of the Girouette allocation and of the coverage table, and"
          + " says where.",
      "Exit status: 0."
    })
final class DemoCommand implements Callable<Integer> {
  private static final String EXAMPLES = "examples/";

  /**
   * The files whose pages the last step writes beside the example records': the allocation run of
   * the Girouette scenario (its grids, letters and sector chart) and the coverage table.
   */
  private static final List<String> PAGES =
      List.of("allocation/girouette.json", "coverage/coverage-table.csv");

  /** The steps after the validation, each a command run on one bundled example (or on none). */
  private static final List<Step> STEPS =
      List.of(
          new Step(
              "occupation",
              OccupationCommand::new,
              "occupation-record.json",
              "--from 2024-04-01 --to 2025-03-31 --by fiscal-year"),
          new Step(
              "attestation",
              AttestationCommand::new,
              "attestation-record.json",
              "--as-of 2025-02-14"),
          new Step(
              "unoccupied-places",
              UnoccupiedPlacesCommand::new,
              "places/provider-places.json",
              "--from 2024-01-01 --to 2024-12-31"),
          new Step(
              "care-unit",
              CareUnitCommand::new,
              null,
              "--birth-date 2019-09-30 --on 2024-10-15 --stay 07:00-08:00,15:30-17:00"),
          new Step(
              "age-brackets",
              AgeBracketsCommand::new,
              null,
              "--birth-date 2019-09-30 --on 2024-10-15"),
          new Step("allocate", AllocateCommand::new, "allocation/girouette.json", ""),
          new Step("coverage-audit", CoverageAuditCommand::new, "coverage/coverage-table.csv", ""));

  private final StandardStreams streams;
  private final Loader examples;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @Option(
      names = "--pages",
      paramLabel = "DIR",
      description =
          "Where the last step writes the printable pages (made if missing); by default a new"
              + " folder in the system's temporary folder.")
  @Nullable Path pages;

  DemoCommand(StandardStreams streams) {
    this(streams, BundledExamples::load);
  }

  /** A demo over the examples {@code examples} loads (tests leave some out). */
  DemoCommand(StandardStreams streams, Loader examples) {
    this.streams = streams;
    this.examples = examples;
  }

  /** Where the demo finds its examples. */
  @FunctionalInterface
  interface Loader {
    BundledExamples load() throws IOException;
  }

  /**
   * One step: the name of its command, the command (built on the streams it reads and prints to),
   * the bundled example it reads (a path within examples/, none for a command without FILE) and its
   * options, separated by spaces.
   */
  private record Step(
      String name,
      Function<StandardStreams, Callable<Integer>> command,
      @Nullable String example,
      String options) {}

  @Override
  public Integer call() throws IOException {
    TextRenderer text = new TextRenderer(common.language.locale());
    PrintStream out = streams.out();
    BundledExamples bundle = examples.load();
    int count = STEPS.size() + 2;
    out.println(text.demoIntroduction(count));
    validation(text, bundle.records(), count);
    for (int i = 0; i < STEPS.size(); i++) {
      run(text, STEPS.get(i), i + 2, count, bundle);
    }
    pages(text, count, bundle);
    out.println();
    out.println(text.demoConclusion());
    return ExitStatus.DONE;
  }

  /** Step 1: {@code validate} on every example record, then how many were valid. */
  private void validation(TextRenderer text, List<BundledExamples.Example> records, int count) {
    PrintStream out = streams.out();
    out.println();
    out.println(text.demoStep(1, count, "validate", "validate " + text.demoAnyRecord() + lang()));
    if (records.isEmpty()) {
      out.println(text.demoMissing(text.demoAnyRecord()));
      return;
    }
    int valid = 0;
    for (int i = 0; i < records.size(); i++) {
      BundledExamples.Example example = records.get(i);
      out.println(text.demoExample(i + 1, records.size(), example.name()));
      int status = execute(text, ValidateCommand::new, example.content(), Inputs.STANDARD_INPUT);
      valid += status == ExitStatus.DONE ? 1 : 0;
    }
    out.println(text.demoSummary(valid, records.size()));
  }

  /**
   * Runs {@code step}'s command with the bundled example as standard input ({@code -}): the demo
   * prints what the command prints; its exit status (1 for a finding) does not stop the demo.
   */
  private void run(TextRenderer text, Step step, int index, int count, BundledExamples bundle) {
    PrintStream out = streams.out();
    String example = step.example();
    String options = step.options().isEmpty() ? "" : " " + step.options();
    String file = example == null ? "" : " " + EXAMPLES + example;
    out.println();
    out.println(text.demoStep(index, count, step.name(), step.name() + file + options + lang()));
    byte[] content = new byte[0];
    if (example != null) {
      Optional<byte[]> bundled = bundle.file(example);
      if (bundled.isEmpty()) {
        out.println(text.demoMissing(EXAMPLES + example));
        return;
      }
      content = bundled.get();
    }
    execute(
        text, step.command(), content, (example == null ? "" : Inputs.STANDARD_INPUT) + options);
  }

  /**
   * Runs a command in the demo's language on {@code arguments} (separated by spaces), with {@code
   * content} as standard input; returns its exit status. Unusable input is one line of the demo.
   */
  private int execute(
      TextRenderer text,
      Function<StandardStreams, Callable<Integer>> command,
      byte[] content,
      String arguments) {
    String line = (arguments + " --lang " + common.language.code()).strip();
    return new CommandLine(
            command.apply(new StandardStreams(new ByteArrayInputStream(content), streams.out())))
        .setExpandAtFiles(false)
        .setParameterExceptionHandler((e, args) -> unusable(text, e))
        .setExecutionExceptionHandler((e, parsed, result) -> unusable(text, e))
        .execute(line.split(" "));
  }

  /**
   * The last step: the page of every example record, of the Girouette allocation and of the
   * coverage table, as {@code report FILE --out FILE.html} writes it, in the folder {@code --pages}
   * names (or a new temporary one), then where they are. An unusable example is one line, and the
   * step goes on.
   */
  private void pages(TextRenderer text, int count, BundledExamples bundle) {
    PrintStream out = streams.out();
    out.println();
    out.println(
        text.demoStep(
            count,
            count,
            "report",
            "report " + text.demoAnyRecord() + " --out " + text.demoAnyPage() + lang()));
    List<BundledExamples.Example> examples = new ArrayList<>(bundle.records());
    for (String name : PAGES) {
      bundle
          .file(name)
          .ifPresent(content -> examples.add(new BundledExamples.Example(name, content)));
    }
    if (examples.isEmpty()) {
      out.println(text.demoMissing(text.demoAnyRecord()));
      return;
    }
    Path folder;
    try {
      Path chosen = pages;
      folder =
          chosen == null
              ? Files.createTempDirectory("childcare-rules-pages-")
              : Files.createDirectories(chosen);
    } catch (IOException | RuntimeException e) {
      out.println(text.demoPagesUnwritable(String.valueOf(e.getMessage())));
      return;
    }
    List<String> lines = new ArrayList<>();
    for (BundledExamples.Example example : examples) {
      String name = example.name();
      String page =
          name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "") + ".html";
      try {
        ReportCommand.Output output =
            ReportCommand.output(example.content(), name, common.language.locale(), false);
        if (!output.page()) {
          lines.add(text.demoUnusable(name + ": " + output.text().lines().findFirst().orElse("")));
          continue;
        }
        Files.writeString(folder.resolve(page), output.text(), StandardCharsets.UTF_8);
        lines.add(text.demoPage(page, name));
      } catch (UnusableInputException e) {
        lines.add(text.demoUnusable(e.getMessage()));
      } catch (IOException e) {
        lines.add(text.demoUnusable(page + ": " + e.getMessage()));
      }
    }
    out.println(text.demoPagesWritten(folder.toAbsolutePath().toString()));
    lines.forEach(out::println);
  }

  /** {@code " --lang en"} when the demo speaks English, as the commands it shows must. */
  private String lang() {
    return common.language == Language.FRENCH ? "" : " --lang " + common.language.code();
  }

  /** A step whose example could not be used: one line, and the demo goes on. */
  private int unusable(TextRenderer text, Exception e) {
    String standardInput = Inputs.name(Inputs.STANDARD_INPUT) + ": ";
    String message = String.valueOf(e.getMessage());
    streams
        .out()
        .println(
            text.demoUnusable(
                message.startsWith(standardInput)
                    ? message.substring(standardInput.length())
                    : message));
    return ExitStatus.UNUSABLE;
  }
}
