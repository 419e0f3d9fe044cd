package io.github.childcarerules.cli;

import io.github.childcarerules.cli.report.PlacesRenderer;
import io.github.childcarerules.json.internal.UnusableInputException;
import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.careunit.CareUnits;
import io.github.childcarerules.occupation.careunit.Stay;
import io.github.childcarerules.occupation.careunit.StayProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code care-unit --birth-date D --on D --stay HH:MM-HH:MM[,…]} (FORMAT.md, "Care unit"). */
@Command(
    name = "care-unit",
    description = {
      "Day, half-day or no unit for one day's stays (RCR art. 1 and 6).",
      "Exit status: 0 done, 2 unusable input or usage (overlapping stays, a stay ending before it"
          + " starts, a birth date after the day)."
    })
final class CareUnitCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Option(
      names = "--birth-date",
      required = true,
      paramLabel = "D",
      converter = DateOption.class,
      description = "The child's birth date, YYYY-MM-DD.")
  LocalDate birthDate;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Option(
      names = "--on",
      required = true,
      paramLabel = "D",
      converter = DateOption.class,
      description = "The day, YYYY-MM-DD.")
  LocalDate day;

  @Option(
      names = "--stay",
      required = true,
      paramLabel = "HH:MM-HH:MM[,HH:MM-HH:MM…]",
      converter = StaysArgument.class,
      description = "The day's stays, arrival-departure, from 00:00 to 23:59, comma-separated.")
  List<Stay> stays = List.empty();

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  CareUnitCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Validation<Seq<StayProblem>, CareUnitAssessment> result =
        CareUnits.assess(birthDate, day, stays);
    if (result.isInvalid()) {
      StayProblem first = result.getError().head();
      String option =
          first.reason() == StayProblem.Reason.BIRTH_AFTER_DAY ? "--birth-date" : "--stay";
      throw new UnusableInputException(
          option,
          result
              .getError()
              .map(problem -> problem.message(common.language.locale()))
              .mkString("; "));
    }
    PlacesRenderer.of(json, common.language.locale()).careUnit(result.get(), streams.out());
    return ExitStatus.DONE;
  }
}
