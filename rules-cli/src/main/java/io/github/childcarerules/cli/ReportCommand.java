package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.Auditor;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.cli.csv.CoverageCsv;
import io.github.childcarerules.cli.report.Renderer;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.json.internal.UnusableInputException;
import io.github.childcarerules.report.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code report FILE [--out FILE.html] [--audit]}: the printable page of a record (JSON), of an
 * allocation run of a scenario (JSON), of the audit of a scenario's decisions ({@code --audit}) or
 * of a coverage table (CSV), recognised by its content (rules-report's {@code Reports}).
 */
@Command(
    name = "report",
    description = {
      "Writes the printable page (one self-contained HTML page, for letter paper) of a record"
          + " (JSON: its timeline, violations and planned occupation), of an allocation scenario"
          + " (JSON: the analysis grid of every batch, every letter, the sector chart; with"
          + " --audit, the departures of its board decisions and letters beside the grids) or of"
          + " a coverage table (CSV: its findings in their cells), recognised by its content.",
      "Exit status: 0 written, 1 the scenario has an ERROR (no page, its report is printed as"
          + " allocate prints it), 2 unusable input or usage."
    })
final class ReportCommand implements Callable<Integer> {
  /**
   * A record's top-level fields (FORMAT.md, "Record"): one of them makes a JSON object a record.
   */
  static final Set<String> RECORD_FIELDS =
      Set.of(
          "child",
          "responsible",
          "otherResponsible",
          "parent",
          "address",
          "ageBrackets",
          "cisssPeriods",
          "ecpPeriods",
          "disabilityPeriods",
          "transitionalMeasure",
          "agreements",
          "serviceOffer");

  /** A scenario's top-level fields (FORMAT.md, "Allocation scenario"). */
  static final Set<String> SCENARIO_FIELDS = Set.of("batches", "requests");

  private static final JsonFactory JSON = new JsonFactory();

  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @Parameters(
      paramLabel = "FILE",
      description =
          "A record or an allocation scenario (JSON) or a coverage table (CSV), or - for standard"
              + " input.")
  String file = "";

  @Option(
      names = "--audit",
      description =
          "For an allocation scenario: the page of the audit of its board decisions and letters"
              + " sent (as audit), each departure beside its batch's grid.")
  boolean audit;

  @Option(
      names = "--out",
      paramLabel = "FILE.html",
      description =
          "Write the page to this file (replaced if it exists) instead of standard output.")
  @Nullable String out;

  ReportCommand(StandardStreams streams) {
    this.streams = streams;
  }

  /** What a FILE holds, told by its content. */
  enum Kind {
    RECORD,
    SCENARIO,
    COVERAGE_TABLE
  }

  @Override
  public Integer call() {
    byte[] content = Inputs.read(file, streams.in(), ReportCommand::bytes);
    Output output = output(content, file, common.language.locale(), audit);
    if (!output.page()) {
      streams.out().println(output.text());
      return ExitStatus.FINDING;
    }
    String target = out;
    if (target == null) {
      streams.out().print(output.text());
    } else {
      write(target, output.text());
    }
    return ExitStatus.DONE;
  }

  /**
   * What {@code report} writes: a page, or, for a scenario with an {@code ERROR}, its report as
   * {@code allocate} prints it (no page; exit 1).
   *
   * @param page whether {@code text} is a page
   * @param text the page, or the scenario's report
   */
  record Output(boolean page, String text) {}

  /**
   * The page of {@code content}, read from {@code file}: a record's, a coverage table's, an
   * allocation run's ({@code audit}: the audit's) for a scenario, or the report of a scenario with
   * an {@code ERROR}; any other content, or {@code audit} for anything but a scenario, is unusable
   * input naming the file.
   */
  static Output output(byte[] content, String file, Locale locale, boolean audit) {
    try {
      Kind kind = kind(content);
      if (audit && kind != Kind.SCENARIO) {
        throw new UnusableInputException(
            "",
            "--audit applies to an allocation scenario (a JSON object with batches or requests),"
                + " not to "
                + (kind == Kind.RECORD ? "a record" : "a coverage table"));
      }
      return switch (kind) {
        case RECORD -> new Output(true, Reports.record(document(content), locale));
        case COVERAGE_TABLE ->
            new Output(true, Reports.coverage(CoverageCsv.read(input(content)), locale));
        case SCENARIO -> scenario(scenario(content), locale, audit);
      };
    } catch (UnusableInputException e) {
      throw e.in(Inputs.name(file));
    }
  }

  /**
   * A scenario's page: its allocation run's, or its audit's beside §9's grids; a scenario with an
   * {@code ERROR} has none, its report instead.
   */
  private static Output scenario(Scenario scenario, Locale locale, boolean audit) {
    if (audit) {
      return Auditor.audit(scenario)
          .fold(
              report -> report(report, locale),
              (AuditResult result) ->
                  new Output(
                      true,
                      Reports.audit(result, Allocator.allocate(scenario).get(), scenario, locale)));
    }
    return Allocator.allocate(scenario)
        .fold(
            report -> report(report, locale),
            (AllocationResult result) ->
                new Output(true, Reports.allocation(result, scenario, locale)));
  }

  private static Output report(ValidationReport report, Locale locale) {
    return new Output(false, Renderer.of(false, locale).scenarioReport(report));
  }

  /**
   * What {@code content} holds: a JSON object with a scenario's field is a scenario, one with a
   * record's field a record; anything that does not start with {@code {} (after a byte order mark
   * and white space) is read as a coverage table. Any other input is unusable.
   */
  static Kind kind(byte[] content) {
    int start =
        content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    while (start < content.length && " \t\r\n".indexOf(content[start]) >= 0) {
      start++;
    }
    if (start == content.length) {
      throw new UnusableInputException(
          "", "empty input, expected a record (JSON) or a coverage table (CSV)");
    }
    if (content[start] == '[') {
      throw new UnusableInputException(
          "", "a JSON array, expected a record (a JSON object) or a coverage table (CSV)");
    }
    if (content[start] != '{') {
      return Kind.COVERAGE_TABLE;
    }
    Set<String> fields = topLevelFields(content);
    if (fields.stream().anyMatch(SCENARIO_FIELDS::contains)) {
      return Kind.SCENARIO;
    }
    if (fields.isEmpty() || fields.stream().anyMatch(RECORD_FIELDS::contains)) {
      return Kind.RECORD; // a document that does not parse: the record reader says where
    }
    throw new UnusableInputException(
        "",
        "a JSON object with none of a record's fields (child, agreements…), expected a record or a"
            + " coverage table (CSV)");
  }

  /**
   * The names of the top-level object's fields, as far as the document parses; empty when its first
   * field cannot be read.
   */
  private static Set<String> topLevelFields(byte[] content) {
    Set<String> fields = new HashSet<>();
    try (JsonParser parser = JSON.createParser(content)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return fields;
      }
      for (JsonToken token = parser.nextToken();
          token == JsonToken.FIELD_NAME;
          token = parser.nextToken()) {
        fields.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // the fields read so far tell what the document is; the reader reports the problem
    }
    return fields;
  }

  private static Scenario scenario(byte[] content) {
    var scenario = ChildcareJson.readScenario(input(content));
    if (scenario.isInvalid()) {
      throw new UnusableInputException("", scenario.getError().message());
    }
    return scenario.get();
  }

  private static io.github.childcarerules.core.record.ParentChildRecord document(byte[] content) {
    var record = ChildcareJson.readRecord(input(content));
    if (record.isInvalid()) {
      throw new UnusableInputException("", record.getError().message());
    }
    return record.get();
  }

  private static InputStream input(byte[] content) {
    return new ByteArrayInputStream(content);
  }

  private static byte[] bytes(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw Inputs.unreadable(e);
    } catch (OutOfMemoryError e) {
      throw new UnusableInputException("", "too large to hold in memory");
    }
  }

  /** Writes {@code page} to {@code target}; a file that cannot be written is a usage error. */
  private static void write(String target, String page) {
    String why;
    try {
      Path path = Path.of(target);
      if (Files.isDirectory(path)) {
        why = "is a directory, expected a file";
      } else {
        Files.writeString(path, page, UTF_8);
        return;
      }
    } catch (NoSuchFileException e) {
      why = "no such folder";
    } catch (AccessDeniedException e) {
      why = "permission denied";
    } catch (InvalidPathException e) {
      why = "not a valid file name";
    } catch (IOException e) {
      why = Objects.requireNonNullElse(e.getMessage(), "input/output error");
    }
    throw new UnusableInputException("--out " + target, "cannot write: " + why);
  }
}
