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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code occupation FILE --from D --to D [--by month|reference-year|fiscal-year]}. */
@Command(
    name = "occupation",
    description = {
      "Counts the planned occupation of a record (JSON) in half-days, from --from to --to (both"
          + " included): by age bracket, contribution, ECP exemption and disability; with --by,"
          + " also by month, reference year or fiscal year.",
      "The record is not judged: elements with missing, malformed or inverted dates are left out.",
      "Exit status: 0 done, 2 unusable input or usage."
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

  OccupationCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    DatePeriod range = days.range();
    Occupation occupation =
        Occupation.of(Inputs.document(file, streams.in(), ChildcareJson::readRecord));
    GroupingOption grouping = by;
    OccupationCount count =
        grouping == null ? occupation.count(range) : occupation.count(range, grouping.grouping());
    new OccupationRenderer(json, common.language.locale())
        .occupation(count, grouping != null, streams.out());
    return ExitStatus.DONE;
  }
}
