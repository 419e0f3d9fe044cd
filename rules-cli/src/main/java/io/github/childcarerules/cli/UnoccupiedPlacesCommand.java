package io.github.childcarerules.cli;

import io.github.childcarerules.cli.report.PlacesRenderer;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.json.ProviderPlaces;
import io.github.childcarerules.occupation.places.UnoccupiedPlaces;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unoccupied-places FILE --from D --to D} (FORMAT.md, "Unoccupied places"). */
@Command(
    name = "unoccupied-places",
    description = {
      "Runs of more than 90 days with places left unoccupied (POL \"Places inoccupées\"), from a"
          + " provider's places and records (JSON).",
      "Exit status: 0 done, 2 unusable input or usage."
    })
final class UnoccupiedPlacesCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @Parameters(
      paramLabel = "FILE",
      description = "The provider's places and records (JSON), or - for standard input.")
  String file = "";

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  DateRangeOptions days;

  @Option(names = "--json", description = "Print the runs as JSON.")
  boolean json;

  UnoccupiedPlacesCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    DatePeriod window = days.range();
    ProviderPlaces provider = Inputs.document(file, streams.in(), ChildcareJson::readPlaces);
    PlacesRenderer.of(json, common.language.locale())
        .unoccupiedPlaces(
            UnoccupiedPlaces.runs(provider.places(), provider.records(), window), streams.out());
    return ExitStatus.DONE;
  }
}
