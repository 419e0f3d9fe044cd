package io.github.childcarerules.cli;

import io.github.childcarerules.core.period.IsoDate;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date option ({@code --from}, {@code --to}, {@code --as-of}, {@code --birth-date}, {@code
 * --on}): exactly {@code YYYY-MM-DD} and a real calendar date ({@code 2024-13-01} is not).
 */
final class DateOption implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    return IsoDate.parse(value)
        .getOrElseThrow(
            () ->
                new TypeConversionException(
                    "expected a calendar date YYYY-MM-DD, found '" + value + "'"));
  }
}
