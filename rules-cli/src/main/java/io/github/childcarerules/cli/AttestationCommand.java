package io.github.childcarerules.cli;

import io.github.childcarerules.cli.report.OccupationRenderer;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.occupation.attestation.Attestation;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attestation FILE --as-of D}. */
@Command(
    name = "attestation",
    description = {
      "The attestation of services provided (RCR art. 20) of a record (JSON) as of a day: first"
          + " and last days of planned occupation, days and half-days at the reduced contribution"
          + " in the reference year, ended agreements, days without service, and whether the"
          + " attestation is due.",
      "The record is not judged: elements with missing, malformed or inverted dates are left out.",
      "Exit status: 0 done, 2 unusable input or usage."
    })
final class AttestationCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "FILE", description = "The record (JSON), or - for standard input.")
  String file = "";

  @SuppressWarnings("NullAway.Init") // required option
  @Option(
      names = "--as-of",
      paramLabel = "D",
      required = true,
      converter = DateOption.class,
      description = "The day of the attestation (YYYY-MM-DD).")
  LocalDate asOf;

  @Option(names = "--json", description = "Print the attestation as JSON.")
  boolean json;

  AttestationCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (asOf.isBefore(Attestation.FIRST_AS_OF) || asOf.isAfter(Attestation.LAST_AS_OF)) {
      throw new ParameterException(
          spec.commandLine(),
          "--as-of "
              + asOf
              + ": its reference year (1 September to 31 August) leaves the years 0001 to 9999;"
              + " expected a date from "
              + Attestation.FIRST_AS_OF
              + " to "
              + Attestation.LAST_AS_OF);
    }
    Attestation attestation =
        Attestation.of(Inputs.document(file, streams.in(), ChildcareJson::readRecord), asOf);
    new OccupationRenderer(json, common.language.locale()).attestation(attestation, streams.out());
    return ExitStatus.DONE;
  }
}
