package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * The nominal age brackets of a birth date (RULES.md §5; {@code age-brackets --json}): {@code
 * birthDate}, {@code starts} (each bracket's first day, youngest first) and, for a day asked,
 * {@code on} and {@code bracket} ({@code null} before birth). Moved from rules-cli's {@code
 * AgeBracketsRenderer}, whose text stays there.
 */
public final class AgeBracketsJson {
  private AgeBracketsJson() {}

  /**
   * The start of each nominal bracket and, when {@code day} is given, the bracket on that day.
   *
   * @param nominal the child's nominal age brackets
   * @param day the day whose bracket is asked, none for the starts only
   * @return the JSON document, indented
   */
  public static String ageBrackets(NominalAgeBrackets nominal, Option<LocalDate> day) {
    return JsonDocuments.indented(json -> ageBrackets(json, nominal, day));
  }

  /**
   * The start of each nominal bracket and, when {@code day} is given, the bracket on that day,
   * written to {@code out}.
   *
   * @param nominal the child's nominal age brackets
   * @param day the day whose bracket is asked, none for the starts only
   * @param out where to write the document, indented, in UTF-8
   */
  public static void ageBrackets(
      NominalAgeBrackets nominal, Option<LocalDate> day, OutputStream out) {
    JsonDocuments.indented(json -> ageBrackets(json, nominal, day), out);
  }

  private static void ageBrackets(
      JsonGenerator json, NominalAgeBrackets nominal, Option<LocalDate> day) throws IOException {
    json.writeStartObject();
    json.writeStringField("birthDate", nominal.birthDate().toString());
    json.writeObjectFieldStart("starts");
    for (AgeBracket bracket : AgeBracket.values()) {
      json.writeStringField(bracket.name(), nominal.startOf(bracket).toString());
    }
    json.writeEndObject();
    for (LocalDate on : day) {
      json.writeStringField("on", on.toString());
      JsonDocuments.stringOrNull(json, "bracket", nominal.on(on).map(AgeBracket::name).getOrNull());
    }
    json.writeEndObject();
  }
}
