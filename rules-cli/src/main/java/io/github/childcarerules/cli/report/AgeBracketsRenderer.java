package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import io.github.childcarerules.json.ChildcareJson;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The nominal age brackets of a birth date (RULES.md §5; {@code age-brackets}): JSON with {@code
 * birthDate}, {@code starts} (each bracket's first day, youngest first) and, for a day asked,
 * {@code on} and {@code bracket} ({@code null} before birth); or text for a person in French or
 * English.
 */
public final class AgeBracketsRenderer {
  private final boolean json;
  private final Labels labels;
  private final Locale locale;

  public AgeBracketsRenderer(boolean json, Locale locale) {
    this.json = json;
    this.labels = new Labels(locale);
    this.locale = locale;
  }

  /**
   * Prints the start of each nominal bracket and, when {@code day} is given, the bracket on that
   * day.
   */
  public void render(NominalAgeBrackets nominal, Option<LocalDate> day, PrintStream out) {
    if (json) {
      ChildcareJson.writeAgeBrackets(nominal, day, out);
      out.println();
    } else {
      text(nominal, day).forEach(out::println);
    }
  }

  private List<String> text(NominalAgeBrackets nominal, Option<LocalDate> day) {
    List<String> lines =
        List.of(labels.text("ageBrackets.title", nominal.birthDate().toString()))
            .appendAll(
                List.of(AgeBracket.values())
                    .map(
                        bracket ->
                            labels.text(
                                "ageBrackets.start",
                                bracket.label(locale),
                                nominal.startOf(bracket).toString())));
    for (LocalDate on : day) {
      lines =
          lines.append(
              labels.text(
                  "ageBrackets.on",
                  on.toString(),
                  nominal
                      .on(on)
                      .map(bracket -> bracket.label(locale))
                      .getOrElse(() -> labels.text("ageBrackets.beforeBirth"))));
    }
    return lines.append(labels.text("ageBrackets.note"));
  }
}
