package io.github.childcarerules.cli;

import io.github.childcarerules.cli.report.OccupationRenderer;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.occupation.Occupation;
import io.github.childcarerules.occupation.OccupationCount;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code occupation FILE --from D --to D [--by month|reference-year|fiscal-year]}, and {@code
 * occupation --jsonl FILE …}: one count per record of a JSON Lines batch.
 */
@Command(
    name = "occupation",
    description = {
      "Counts the planned occupation of a record (JSON) in half-days, from --from to --to (both"
          + " included): by age bracket, contribution, ECP exemption and disability; with --by,"
          + " also by month, reference year or fiscal year.",
      "The record is not judged: elements with missing, malformed or inverted dates are left out.",
      "With --jsonl, FILE holds one record per line: one count per line, in input order.",
      "Exit status: 0 done, 1 a line of a batch was unusable, 2 unusable input or usage."
    })
final class OccupationCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "FILE", description = "The record (JSON), or - for standard input.")
  String file = "";

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  DateRangeOptions days;

  @Option(
      names = "--by",
      paramLabel = "month|reference-year|fiscal-year",
      converter = GroupingOption.Converter.class,
      description = "Also count each month, reference year (1 Sep.) or fiscal year (1 Apr.).")
  @Nullable GroupingOption by;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--jsonl", description = "FILE holds one record per line (JSON Lines).")
  boolean jsonl;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "With --jsonl: count on N threads (1 to 256), results still in input order;"
              + " every available processor by default.")
  @Nullable Integer threads;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  OccupationCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    DatePeriod range = days.range();
    OccupationRenderer renderer = new OccupationRenderer(json, common.language.locale());
    boolean grouped = by != null;
    if (jsonl) {
      return RecordBatch.run(
          file,
          streams,
          RecordBatch.threads(spec, threads),
          (line, record, out) -> {
            renderer.batchCount(line, count(Occupation.of(record), range), grouped, out);
            return false;
          },
          renderer::batchError);
    }
    if (threads != null) {
      throw new ParameterException(spec.commandLine(), "--threads needs --jsonl");
    }
    Occupation occupation =
        Occupation.of(Inputs.document(file, streams.in(), ChildcareJson::readRecord));
    renderer.occupation(count(occupation, range), grouped, streams.out());
    return ExitStatus.DONE;
  }

  private OccupationCount count(Occupation occupation, DatePeriod range) {
    GroupingOption grouping = by;
    return grouping == null
        ? occupation.count(range)
        : occupation.count(range, grouping.grouping());
  }
}
