package io.github.childcarerules.cli;

import io.github.childcarerules.core.period.DatePeriod;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --from D --to D}: a closed range of days, shared by the commands that count over one. */
final class DateRangeOptions {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @SuppressWarnings("NullAway.Init") // required option
  @Option(
      names = "--from",
      paramLabel = "D",
      required = true,
      converter = DateOption.class,
      description = "First day, included (YYYY-MM-DD).")
  LocalDate from;

  @SuppressWarnings("NullAway.Init") // required option
  @Option(
      names = "--to",
      paramLabel = "D",
      required = true,
      converter = DateOption.class,
      description = "Last day, included (YYYY-MM-DD).")
  LocalDate to;

  /**
   * The days from {@code --from} to {@code --to}; {@code --from} after {@code --to} is a usage
   * error.
   */
  DatePeriod range() {
    if (from.isAfter(to)) {
      throw new ParameterException(
          command.commandLine(), "--from " + from + " is after --to " + to);
    }
    return DatePeriod.ofClosed(from, to);
  }
}
