package io.github.childcarerules.cli;

import io.github.childcarerules.occupation.careunit.Stay;
import io.vavr.collection.List;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --stay HH:MM-HH:MM[,HH:MM-HH:MM…]}: one day's stays, times from {@code 00:00} to {@code
 * 23:59} ({@code 24:00} is not a time of the day).
 */
final class StaysArgument implements ITypeConverter<List<Stay>> {
  private static final String TIME = "([01][0-9]|2[0-3]):([0-5][0-9])";
  private static final Pattern STAY = Pattern.compile(TIME + "-" + TIME);

  @Override
  public List<Stay> convert(String value) {
    return List.of(value.split(",", -1)).map(stay -> stay(stay, value));
  }

  private static Stay stay(String text, String value) {
    Matcher stay = STAY.matcher(text.strip());
    if (!stay.matches()) {
      throw new TypeConversionException(
          "expected stays HH:MM-HH:MM[,HH:MM-HH:MM…] with times from 00:00 to 23:59, found '"
              + value
              + "'");
    }
    return Stay.of(time(stay, 1), time(stay, 3));
  }

  private static LocalTime time(Matcher stay, int group) {
    return LocalTime.of(
        Integer.parseInt(stay.group(group)), Integer.parseInt(stay.group(group + 1)));
  }
}
