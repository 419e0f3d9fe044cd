package io.github.childcarerules.cli;

import static java.util.stream.Collectors.joining;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The language of messages, {@code --lang fr|en}: French by default. */
enum Language {
  FRENCH("fr", Locale.CANADA_FRENCH),
  ENGLISH("en", Locale.ENGLISH);

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** The value of {@code --lang} that chooses this language. */
  String code() {
    return code;
  }

  /** Reads {@code fr} or {@code en}, exactly. */
  static final class Converter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      for (Language language : values()) {
        if (language.code.equals(value)) {
          return language;
        }
      }
      throw new TypeConversionException(
          "expected "
              + Arrays.stream(values()).map(language -> language.code).collect(joining(" or "))
              + ", found '"
              + value
              + "'");
    }
  }
}
