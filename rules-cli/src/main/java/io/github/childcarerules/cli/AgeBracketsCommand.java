package io.github.childcarerules.cli;

import io.github.childcarerules.cli.report.AgeBracketsRenderer;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code age-brackets --birth-date D [--on D]}: the nominal age brackets (RULES.md §5). */
@Command(
    name = "age-brackets",
    description = {
      "The nominal age brackets of a child (RULES.md §5, RCR art. 1 and 14): the first day of"
          + " 0-17 months (birth), 18-59 months (18 months old) and school age (1 September of the"
          + " year the child is 5 on 30 September); with --on, the nominal bracket on that day.",
      "A record may declare other dates (the occupation rules allow exceptions): these are the"
          + " dates to propose.",
      "Exit status: 0 done, 2 usage (a missing or malformed date, a birth date after 9994-09-30)."
    })
final class AgeBracketsCommand implements Callable<Integer> {
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

  @Option(
      names = "--on",
      paramLabel = "D",
      converter = DateOption.class,
      description = "Also give the nominal bracket on this day, YYYY-MM-DD.")
  @Nullable LocalDate day;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  AgeBracketsCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (birthDate.isAfter(NominalAgeBrackets.LAST_BIRTH_DATE)) {
      throw new ParameterException(
          spec.commandLine(),
          "--birth-date "
              + birthDate
              + ": its nominal school age falls after 9999-12-31, past the years 0001 to 9999"
              + " a date can be written in; expected a birth date up to "
              + NominalAgeBrackets.LAST_BIRTH_DATE);
    }
    new AgeBracketsRenderer(json, common.language.locale())
        .render(NominalAgeBrackets.of(birthDate), io.vavr.control.Option.of(day), streams.out());
    return ExitStatus.DONE;
  }
}
