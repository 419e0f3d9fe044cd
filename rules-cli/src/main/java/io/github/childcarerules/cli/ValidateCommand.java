package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.childcarerules.cli.json.JsonRecords;
import io.github.childcarerules.cli.json.UnusableInputException;
import io.github.childcarerules.cli.report.Renderer;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE [--saved FILE]} and {@code validate --jsonl FILE}. */
@Command(
    name = "validate",
    description = {
      "Validates a parent-child record (JSON); with --saved, also the rules on changing the"
          + " saved record; with --jsonl, one record per line.",
      "Exit status: 0 valid, 1 an ERROR was found (or a batch line was unusable), 2 unusable input."
    })
final class ValidateCommand implements Callable<Integer> {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "FILE", description = "The record (JSON), or - for standard input.")
  String file = "";

  @Option(
      names = "--saved",
      paramLabel = "FILE",
      description = "The record as it was saved: birth date, NIREC and NECSG may not change.")
  @Nullable String saved;

  @Option(names = "--jsonl", description = "FILE holds one record per line (JSON Lines).")
  boolean jsonl;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  ValidateCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Renderer renderer = Renderer.of(json, common.language.locale());
    if (jsonl) {
      if (saved != null) {
        throw new ParameterException(spec.commandLine(), "--saved cannot be used with --jsonl");
      }
      return batch(renderer);
    }
    ParentChildRecord proposed = Inputs.read(file, streams.in(), JsonRecords::read);
    String savedFile = saved;
    ValidationReport report =
        savedFile == null
            ? RecordValidator.validate(proposed)
            : RecordValidator.validateChange(
                Inputs.read(savedFile, streams.in(), JsonRecords::read), proposed);
    streams.out().println(renderer.report(report));
    return report.isValid() ? ExitStatus.DONE : ExitStatus.FINDING;
  }

  /**
   * Streams a JSON Lines batch: each non-blank line is read, validated and printed before the next
   * is read, so memory does not grow with the batch; an unusable line is reported and the batch
   * goes on.
   */
  private int batch(Renderer renderer) {
    PrintStream out = streams.out();
    boolean finding = false;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(Inputs.open(file, streams.in()), UTF_8))) {
      long number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          ValidationReport report = RecordValidator.validate(JsonRecords.readLine(line));
          finding |= !report.isValid();
          out.println(renderer.batchResult(number, report));
        } catch (UnusableInputException e) {
          finding = true;
          out.println(renderer.batchError(number, e.getMessage()));
        }
        out.flush();
        if (out.checkError()) {
          break; // nobody reads the results any more (a closed pipe): stop reading
        }
      }
    } catch (IOException e) {
      throw Inputs.unreadable(e).in(Inputs.name(file));
    } catch (UnusableInputException e) {
      throw e.in(Inputs.name(file));
    }
    return finding ? ExitStatus.FINDING : ExitStatus.DONE;
  }
}
