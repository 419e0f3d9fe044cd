package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.ServiceOffer;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A record read straight from a parser's tokens into the model, without a tree: the fast way of
 * {@link RecordMapping} for a line of a batch. It reads only what a well-formed record of the
 * contract holds, each value of the JSON type FORMAT.md expects; at the first token it does not
 * expect (a value of the wrong type, content after the record, a parse error, a bound exceeded) it
 * gives up with {@link Detour}, and the caller reads the same bytes again the reference way ({@link
 * JsonRecords#readLine(java.io.InputStream)}), which says exactly what is wrong and where. So a
 * record read here is the record the reference way reads, and an unusable line gets the reference's
 * error, word for word (JsonRecordsFastPathTest compares both on every kind of line).
 */
final class RecordTokens {
  private RecordTokens() {}

  /** The fast way cannot read this input: read it the reference way. */
  static final class Detour extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Detour INSTANCE = new Detour();

    private Detour() {
      super("not a plain record: read it the reference way", null, false, false);
    }
  }

  /**
   * The record of the parser's whole input; null when the input holds only white space.
   *
   * @throws Detour if the input is anything but a well-formed record with values of the expected
   *     types, followed by nothing
   * @throws IOException if the parser fails (the reference way then reports why)
   */
  static @Nullable ParentChildRecord read(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return null;
    }
    if (first != JsonToken.START_OBJECT) {
      throw Detour.INSTANCE;
    }
    ParentChildRecord.Builder record = ParentChildRecord.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "child" -> record.child(isObject(value) ? child(parser) : null);
        case "responsible" -> record.responsible(isObject(value) ? person(parser) : null);
        case "otherResponsible" -> record.otherResponsible(isObject(value) ? person(parser) : null);
        case "parent" -> record.parent(isObject(value) ? person(parser) : null);
        case "address" -> record.address(isObject(value) ? address(parser) : null);
        case "ageBrackets" -> record.ageBrackets(ageBrackets(parser, value));
        case "cisssPeriods" -> record.cisssPeriods(periods(parser, value));
        case "ecpPeriods" -> record.ecpPeriods(periods(parser, value));
        case "disabilityPeriods" -> record.disabilityPeriods(periods(parser, value));
        case "transitionalMeasure" ->
            record.transitionalMeasure(isObject(value) ? period(parser) : null);
        case "agreements" -> record.agreements(agreements(parser, value));
        case "serviceOffer" -> record.serviceOffer(isObject(value) ? serviceOffer(parser) : null);
        default -> skip(parser, value);
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
      throw Detour.INSTANCE;
    }
    return record.build();
  }

  private static Child child(JsonParser parser) throws IOException {
    Child.Builder child = Child.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "lastName" -> child.lastName(text(parser, value));
        case "firstName" -> child.firstName(text(parser, value));
        case "sex" -> child.sex(text(parser, value));
        case "birthDate" -> child.birthDate(text(parser, value));
        case "nirec" -> child.nirec(text(parser, value));
        case "necsg" -> child.necsg(text(parser, value));
        case "bornOutsideQuebec" -> child.bornOutsideQuebec(flag(value));
        default -> skip(parser, value);
      }
    }
    return child.build();
  }

  private static Person person(JsonParser parser) throws IOException {
    Person.Builder person = Person.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "lastName" -> person.lastName(text(parser, value));
        case "firstName" -> person.firstName(text(parser, value));
        case "role" -> person.role(text(parser, value));
        default -> skip(parser, value);
      }
    }
    return person.build();
  }

  private static Address address(JsonParser parser) throws IOException {
    Address.Builder address = Address.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "civicNumber" -> address.civicNumber(text(parser, value));
        case "civicSuffix" -> address.civicSuffix(text(parser, value));
        case "street" -> address.street(text(parser, value));
        case "municipality" -> address.municipality(text(parser, value));
        case "postalCode" -> address.postalCode(text(parser, value));
        case "apartment" -> address.apartment(text(parser, value));
        default -> skip(parser, value);
      }
    }
    return address.build();
  }

  /** Keys as entered, in document order; a null date counts as blank, as {@link RecordMapping}. */
  private static LinkedHashMap<String, String> ageBrackets(JsonParser parser, JsonToken value)
      throws IOException {
    LinkedHashMap<String, String> brackets = LinkedHashMap.empty();
    if (!isObject(value)) {
      return brackets;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String date = text(parser, parser.nextToken());
      brackets = brackets.put(key, date == null ? "" : date);
    }
    return brackets;
  }

  private static List<SpecialPeriod> periods(JsonParser parser, JsonToken value)
      throws IOException {
    List<SpecialPeriod> periods = List.empty();
    if (!isArray(value)) {
      return periods;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      periods =
          periods.prepend(
              isObject(parser.currentToken()) ? period(parser) : SpecialPeriod.builder().build());
    }
    return periods.reverse();
  }

  private static SpecialPeriod period(JsonParser parser) throws IOException {
    SpecialPeriod.Builder period = SpecialPeriod.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "start" -> period.start(text(parser, value));
        case "end" -> period.end(text(parser, value));
        default -> skip(parser, value);
      }
    }
    return period.build();
  }

  private static List<Agreement> agreements(JsonParser parser, JsonToken value) throws IOException {
    List<Agreement> agreements = List.empty();
    if (!isArray(value)) {
      return agreements;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      agreements =
          agreements.prepend(
              isObject(parser.currentToken()) ? agreement(parser) : Agreement.builder().build());
    }
    return agreements.reverse();
  }

  private static Agreement agreement(JsonParser parser) throws IOException {
    Agreement.Builder agreement = Agreement.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "start" -> agreement.start(text(parser, value));
        case "end" -> agreement.end(text(parser, value));
        case "terminatedOn" -> agreement.terminatedOn(text(parser, value));
        case "reducedContribution" -> agreement.reducedContribution(isTrue(value));
        case "replacement" -> agreement.replacement(isTrue(value));
        case "signed" -> agreement.signed(isTrue(value));
        case "schedule" -> agreement.schedule(isObject(value) ? schedule(parser) : null);
        case "specialSchedules" -> agreement.specialSchedules(specialSchedules(parser, value));
        default -> skip(parser, value);
      }
    }
    return agreement.build();
  }

  private static List<SpecialSchedule> specialSchedules(JsonParser parser, JsonToken value)
      throws IOException {
    List<SpecialSchedule> specials = List.empty();
    if (!isArray(value)) {
      return specials;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      specials =
          specials.prepend(
              isObject(parser.currentToken())
                  ? specialSchedule(parser)
                  : SpecialSchedule.builder().build());
    }
    return specials.reverse();
  }

  private static SpecialSchedule specialSchedule(JsonParser parser) throws IOException {
    SpecialSchedule.Builder special = SpecialSchedule.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "start" -> special.start(text(parser, value));
        case "end" -> special.end(text(parser, value));
        case "schedule" -> special.schedule(isObject(value) ? schedule(parser) : null);
        default -> skip(parser, value);
      }
    }
    return special.build();
  }

  private static Schedule schedule(JsonParser parser) throws IOException {
    List<Week> weeks = List.empty();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("weeks")) {
        weeks = weeks(parser, value);
      } else {
        skip(parser, value);
      }
    }
    return Schedule.builder().weeks(weeks).build();
  }

  private static List<Week> weeks(JsonParser parser, JsonToken value) throws IOException {
    List<Week> weeks = List.empty();
    if (!isArray(value)) {
      return weeks;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      weeks = weeks.prepend(isObject(parser.currentToken()) ? week(parser) : Week.empty());
    }
    return weeks.reverse();
  }

  /** Day keys as entered, in document order, each with its slots (none of them null). */
  private static Week week(JsonParser parser) throws IOException {
    LinkedHashMap<String, List<String>> days = LinkedHashMap.empty();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String day = parser.currentName();
      List<String> slots = List.empty();
      if (isArray(parser.nextToken())) {
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          slots = slots.prepend(parser.getText());
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
          throw Detour.INSTANCE;
        }
      }
      days = days.put(day, slots.reverse());
    }
    return Week.builder().days(days).build();
  }

  private static ServiceOffer serviceOffer(JsonParser parser) throws IOException {
    boolean convention = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("cisssReservationConvention")) {
        convention = isTrue(value);
      } else {
        skip(parser, value);
      }
    }
    return ServiceOffer.of(convention);
  }

  /** Whether the value is an object (false for null); any other type is a detour. */
  private static boolean isObject(@Nullable JsonToken value) {
    if (value == JsonToken.START_OBJECT) {
      return true;
    }
    if (value == JsonToken.VALUE_NULL) {
      return false;
    }
    throw Detour.INSTANCE;
  }

  /** Whether the value is an array (false for null); any other type is a detour. */
  private static boolean isArray(@Nullable JsonToken value) {
    if (value == JsonToken.START_ARRAY) {
      return true;
    }
    if (value == JsonToken.VALUE_NULL) {
      return false;
    }
    throw Detour.INSTANCE;
  }

  /** A string as entered, null for null; any other type is a detour. */
  private static @Nullable String text(JsonParser parser, @Nullable JsonToken value)
      throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    throw Detour.INSTANCE;
  }

  /** A boolean, null for null; any other type is a detour. */
  private static @Nullable Boolean flag(@Nullable JsonToken value) {
    return switch (value == null ? JsonToken.NOT_AVAILABLE : value) {
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw Detour.INSTANCE;
    };
  }

  /** A boolean where absent means false. */
  private static boolean isTrue(@Nullable JsonToken value) {
    return Boolean.TRUE.equals(flag(value));
  }

  /**
   * Passes over a value nobody reads, taking the text of each string and number as the reference
   * way does, so that a bound on their length is exceeded here too.
   */
  private static void skip(JsonParser parser, @Nullable JsonToken value) throws IOException {
    int depth = 0;
    JsonToken token = value;
    while (true) {
      if (token == null) {
        throw Detour.INSTANCE;
      }
      switch (token) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
        default -> {
          // names, literals: nothing to take
        }
      }
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
    }
  }
}
