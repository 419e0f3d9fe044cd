package io.github.childcarerules.cli;

import io.github.childcarerules.cli.report.Renderer;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.json.internal.JsonLines;
import io.github.childcarerules.json.internal.JsonRecords;
import io.github.childcarerules.json.internal.UnusableInputException;
import java.io.IOException;
import java.io.InputStream;
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
    ParentChildRecord proposed = Inputs.document(file, streams.in(), ChildcareJson::readRecord);
    String savedFile = saved;
    ValidationReport report =
        savedFile == null
            ? RecordValidator.validate(proposed)
            : RecordValidator.validateChange(
                Inputs.document(savedFile, streams.in(), ChildcareJson::readRecord), proposed);
    renderer.report(report, streams.out());
    return report.isValid() ? ExitStatus.DONE : ExitStatus.FINDING;
  }

  /** The outcome of one line of a batch, printed once the line is read and judged. */
  @FunctionalInterface
  private interface Outcome {
    void print();
  }

  /**
   * Streams a JSON Lines batch: each line is read, validated and printed before the next is read,
   * so memory does not grow with the batch; every line that is not blank (JSON white space only)
   * gets an outcome, and an unusable line (bad JSON or UTF-8, over the limits) is reported and the
   * batch goes on. Only a failure to read the input itself ends the batch.
   */
  private int batch(Renderer renderer) {
    PrintStream out = streams.out();
    boolean finding = false;
    try (InputStream input = Inputs.open(file, streams.in())) {
      JsonLines lines = new JsonLines(input);
      while (lines.next()) {
        long number = lines.number();
        Outcome outcome;
        try {
          io.vavr.control.Option<ParentChildRecord> record = JsonRecords.readLine(lines.line());
          if (record.isEmpty()) {
            continue;
          }
          ValidationReport report = RecordValidator.validate(record.get());
          finding |= !report.isValid();
          outcome = () -> renderer.batchResult(number, report, out);
        } catch (UnusableInputException e) {
          finding = true;
          String error = String.valueOf(e.getMessage());
          outcome = () -> renderer.batchError(number, error, out);
        } catch (OutOfMemoryError e) {
          finding = true;
          outcome = () -> renderer.batchError(number, "not enough memory to read this line", out);
        }
        outcome.print();
        out.flush();
        if (out.checkError()) {
          break; // nobody reads the results any more: Main reports the failed write
        }
      }
    } catch (IOException e) {
      throw Inputs.unreadable(e).in(Inputs.name(file));
    } catch (JsonLines.InputFailure e) {
      throw Inputs.unreadable(java.util.Objects.requireNonNull(e.getCause())).in(Inputs.name(file));
    } catch (UnusableInputException e) {
      throw e.in(Inputs.name(file));
    }
    return finding ? ExitStatus.FINDING : ExitStatus.DONE;
  }
}
