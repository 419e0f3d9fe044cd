package io.github.childcarerules.cli;

import static java.util.stream.Collectors.joining;

import io.github.childcarerules.occupation.Grouping;
import java.util.Arrays;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --by month|reference-year|fiscal-year}. */
enum GroupingOption {
  MONTH("month", Grouping.MONTH),
  REFERENCE_YEAR("reference-year", Grouping.REFERENCE_YEAR),
  FISCAL_YEAR("fiscal-year", Grouping.FISCAL_YEAR);

  private final String name;
  private final Grouping grouping;

  GroupingOption(String name, Grouping grouping) {
    this.name = name;
    this.grouping = grouping;
  }

  Grouping grouping() {
    return grouping;
  }

  /** Reads one of the names, exactly. */
  static final class Converter implements ITypeConverter<GroupingOption> {
    @Override
    public GroupingOption convert(String value) {
      for (GroupingOption option : values()) {
        if (option.name.equals(value)) {
          return option;
        }
      }
      throw new TypeConversionException(
          "expected "
              + Arrays.stream(values()).map(option -> option.name).collect(joining(", "))
              + ", found '"
              + value
              + "'");
    }
  }
}
