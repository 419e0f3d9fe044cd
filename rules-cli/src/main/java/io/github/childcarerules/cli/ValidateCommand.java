package io.github.childcarerules.cli;

import io.github.childcarerules.cli.report.Renderer;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.json.ChildcareJson;
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

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "With --jsonl: validate on N threads (1 to 256), results still in input order;"
              + " every available processor by default.")
  @Nullable Integer threads;

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
    if (threads != null) {
      throw new ParameterException(spec.commandLine(), "--threads needs --jsonl");
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

  /**
   * Validates a JSON Lines batch, streaming: every line that is not blank (JSON white space only)
   * gets its report, in input order; an unusable line (bad JSON or UTF-8, over the limits) is
   * reported and the batch goes on.
   */
  private int batch(Renderer renderer) {
    return RecordBatch.run(
        file,
        streams,
        RecordBatch.threads(spec, threads),
        (line, record, out) -> {
          ValidationReport report = RecordValidator.validate(record);
          renderer.batchResult(line, report, out);
          return !report.isValid();
        },
        renderer::batchError);
  }
}
