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
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A record read straight from a parser's tokens into the model, without a tree: the fast way of
 * {@link RecordMapping} for a line of a batch. It reads only what a well-formed record of the
 * contract holds, each value of the JSON type FORMAT.md expects; at the first token it does not
 * expect (a value of the wrong type, a name given twice in one object, content after the record, a
 * parse error, a bound exceeded) it gives up with {@link Detour}, and the caller reads the same
 * bytes again the reference way ({@link JsonRecords#readLine(java.io.InputStream)}), which says
 * exactly what is wrong and where. So a record read here is the record the reference way reads, and
 * an unusable line gets the reference's error, word for word (FastLineTest and
 * FastLinePropertiesTest compare both on every kind of line).
 */
final class RecordTokens extends TokenReader {
  private String[] slots = new String[8];

  private RecordTokens(JsonParser parser) {
    // no object of a record holds more than 16 names: a larger one is left to the reference way
    super(parser, false);
  }

  /**
   * The record of the parser's whole input; null when the input holds only white space.
   *
   * @throws Detour if the input is anything but a well-formed record with values of the expected
   *     types, followed by nothing
   * @throws IOException if the parser fails (the reference way then reports why)
   */
  static @Nullable ParentChildRecord read(JsonParser parser) throws IOException {
    return new RecordTokens(parser).record();
  }

  private @Nullable ParentChildRecord record() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return null;
    }
    if (first != JsonToken.START_OBJECT) {
      throw Detour.INSTANCE;
    }
    ParentChildRecord.Builder record = ParentChildRecord.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "child" -> record.child(object(value, this::child));
        case "responsible" -> record.responsible(object(value, this::person));
        case "otherResponsible" -> record.otherResponsible(object(value, this::person));
        case "parent" -> record.parent(object(value, this::person));
        case "address" -> record.address(object(value, this::address));
        case "ageBrackets" -> record.ageBrackets(ageBrackets(value));
        case "cisssPeriods" -> record.cisssPeriods(list(value, this::period, NO_PERIOD));
        case "ecpPeriods" -> record.ecpPeriods(list(value, this::period, NO_PERIOD));
        case "disabilityPeriods" -> record.disabilityPeriods(list(value, this::period, NO_PERIOD));
        case "transitionalMeasure" -> record.transitionalMeasure(object(value, this::period));
        case "agreements" -> record.agreements(list(value, this::agreement, NO_AGREEMENT));
        case "serviceOffer" -> record.serviceOffer(object(value, this::serviceOffer));
        default -> skip(value);
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
      throw Detour.INSTANCE;
    }
    return record.build();
  }

  private Child child() throws IOException {
    Child.Builder child = Child.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "lastName" -> child.lastName(text(value));
        case "firstName" -> child.firstName(text(value));
        case "sex" -> child.sex(text(value));
        case "birthDate" -> child.birthDate(text(value));
        case "nirec" -> child.nirec(text(value));
        case "necsg" -> child.necsg(text(value));
        case "bornOutsideQuebec" -> child.bornOutsideQuebec(flag(value));
        default -> skip(value);
      }
    }
    return child.build();
  }

  private Person person() throws IOException {
    Person.Builder person = Person.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "lastName" -> person.lastName(text(value));
        case "firstName" -> person.firstName(text(value));
        case "role" -> person.role(text(value));
        default -> skip(value);
      }
    }
    return person.build();
  }

  private Address address() throws IOException {
    Address.Builder address = Address.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "civicNumber" -> address.civicNumber(text(value));
        case "civicSuffix" -> address.civicSuffix(text(value));
        case "street" -> address.street(text(value));
        case "municipality" -> address.municipality(text(value));
        case "postalCode" -> address.postalCode(text(value));
        case "apartment" -> address.apartment(text(value));
        default -> skip(value);
      }
    }
    return address.build();
  }

  /** Keys as entered, in document order; a null date counts as blank, as {@link RecordMapping}. */
  private LinkedHashMap<String, String> ageBrackets(JsonToken value) throws IOException {
    LinkedHashMap<String, String> brackets = LinkedHashMap.empty();
    if (!isObject(value)) {
      return brackets;
    }
    names.open();
    for (String key = nextName(); key != null; key = nextName()) {
      brackets = brackets.put(key, text(parser.nextToken()).getOrElse(""));
    }
    return brackets;
  }

  private SpecialPeriod period() throws IOException {
    SpecialPeriod.Builder period = SpecialPeriod.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "start" -> period.start(text(value));
        case "end" -> period.end(text(value));
        default -> skip(value);
      }
    }
    return period.build();
  }

  private Agreement agreement() throws IOException {
    Agreement.Builder agreement = Agreement.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "start" -> agreement.start(text(value));
        case "end" -> agreement.end(text(value));
        case "terminatedOn" -> agreement.terminatedOn(text(value));
        case "reducedContribution" -> agreement.reducedContribution(isTrue(value));
        case "replacement" -> agreement.replacement(isTrue(value));
        case "signed" -> agreement.signed(isTrue(value));
        case "schedule" -> agreement.schedule(object(value, this::schedule));
        case "specialSchedules" ->
            agreement.specialSchedules(list(value, this::specialSchedule, NO_SPECIAL_SCHEDULE));
        default -> skip(value);
      }
    }
    return agreement.build();
  }

  private SpecialSchedule specialSchedule() throws IOException {
    SpecialSchedule.Builder special = SpecialSchedule.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "start" -> special.start(text(value));
        case "end" -> special.end(text(value));
        case "schedule" -> special.schedule(object(value, this::schedule));
        default -> skip(value);
      }
    }
    return special.build();
  }

  private Schedule schedule() throws IOException {
    List<Week> weeks = List.empty();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      if (name.equals("weeks")) {
        weeks = list(value, this::week, Week.empty());
      } else {
        skip(value);
      }
    }
    return Schedule.builder().weeks(weeks).build();
  }

  /** Day keys as entered, in document order, each with its slots (none of them null). */
  private Week week() throws IOException {
    LinkedHashMap<String, List<String>> days = LinkedHashMap.empty();
    names.open();
    for (String day = nextName(); day != null; day = nextName()) {
      days = days.put(day, slots(parser.nextToken()));
    }
    return Week.builder().days(days).build();
  }

  /** The slots of one day, as entered, in order; null counts as none. */
  private List<String> slots(@Nullable JsonToken value) throws IOException {
    if (!isArray(value)) {
      return List.empty();
    }
    int count = 0;
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      if (count == slots.length) {
        slots = Arrays.copyOf(slots, count * 2);
      }
      slots[count++] = slot();
    }
    if (parser.currentToken() != JsonToken.END_ARRAY) {
      throw Detour.INSTANCE;
    }
    List<String> read = List.empty();
    for (int i = count - 1; i >= 0; i--) {
      read = read.prepend(slots[i]);
    }
    return read;
  }

  /**
   * The names of the slots, shared by every week read (the same six strings come again and again).
   */
  private static final String[] SLOT_NAMES =
      Arrays.stream(Slot.values()).map(Slot::name).toArray(String[]::new);

  /** The current string, as one of {@link #SLOT_NAMES} when it is one. */
  private String slot() throws IOException {
    char[] text = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    for (String name : SLOT_NAMES) {
      if (name.length() == length && sameChars(name, text, offset)) {
        return name;
      }
    }
    return new String(text, offset, length);
  }

  private static boolean sameChars(String name, char[] text, int offset) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private ServiceOffer serviceOffer() throws IOException {
    boolean convention = false;
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      if (name.equals("cisssReservationConvention")) {
        convention = isTrue(value);
      } else {
        skip(value);
      }
    }
    return ServiceOffer.of(convention);
  }

  private static final SpecialPeriod NO_PERIOD = SpecialPeriod.builder().build();
  private static final Agreement NO_AGREEMENT = Agreement.builder().build();
  private static final SpecialSchedule NO_SPECIAL_SCHEDULE = SpecialSchedule.builder().build();

  /** A boolean where absent means false. */
  private static boolean isTrue(@Nullable JsonToken value) {
    return flag(value).contains(Boolean.TRUE);
  }
}
